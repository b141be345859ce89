import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CURSOR, withCursor } from '../../../../test/support/completion-test-helper';
import { getLanguageService } from '..';

const HEAD = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nAuthorization: ';

function signatureAt(marked: string) {
  const { document, offset } = withCursor(marked);
  return getLanguageService().doSignatureHelp(document, document.positionAt(offset));
}

const activeLabel = (marked: string): string | undefined => {
  const help = signatureAt(marked);
  if (!help) return undefined;
  const [from, to] = help.signatures[0].parameters![help.activeParameter!].label as [number, number];
  return help.signatures[0].label.slice(from, to);
};

test('inside a closed connected_content tag: the URL first, then the option being written', () => {
  assert.equal(activeLabel(`${HEAD}{% connected_content ${CURSOR} %}`), 'URL');
  assert.equal(activeLabel(`${HEAD}{% connected_content https://acme.my.salesforce.com/services/oauth2/token :method p${CURSOR} %}`), ':method get|post');
  assert.equal(activeLabel(`${HEAD}{% connected_content https://x :save tok${CURSOR} %}`), ':save identifier');
});

test('while the tag is still open, with blanks typed after the last word (no auto-closed %})', () => {
  assert.equal(activeLabel(`${HEAD}{% connected_content ${CURSOR}`), 'URL');
  assert.equal(activeLabel(`${HEAD}{% connected_content https://x :method ${CURSOR}`), ':method get|post');
  assert.equal(activeLabel(`${HEAD}{% connected_content https://x :method\t ${CURSOR}\n`), ':method get|post');
});

test('no signature outside a connected_content tag, or past the end of an open one on the next line', () => {
  assert.equal(signatureAt(`${HEAD}{% if x ${CURSOR} %}{% endif %}`), null);
  assert.equal(signatureAt(`${HEAD}Bearer ${CURSOR}`), null);
  assert.equal(signatureAt(`${HEAD}{% connected_content https://x\nX-Other: ${CURSOR}`), null);
});

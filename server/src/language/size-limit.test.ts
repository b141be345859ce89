import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FULL_CHECK_LIMIT, defaultSettings, getLanguageService } from '.';

const HEAD = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n';
/** A body of `n` members, each with an output that lacks json_escape (an information each, below the limit). */
const body = (n: number) => `{\n${Array.from({ length: n }, (_, i) => `  "F${i}__c": "{{\${first_name}}}",\n`).join('')}  "LastName": "x", "Company": "y"\n}\n`;

test(`above ${FULL_CHECK_LIMIT / 1024} KiB only the syntax is checked, and an information says so`, () => {
  const service = getLanguageService();
  const small = service.doValidation(TextDocument.create('file:///small.webhook', 'braze-webhook', 1, HEAD + body(3)));
  assert.ok(small.some((d) => d.code === 'json-escape'));
  const text = (HEAD + body(20_000)).replace('"LastName": "x"', '"LastName": "x}');
  assert.ok(text.length > FULL_CHECK_LIMIT);
  const large = service.doValidation(TextDocument.create('file:///large.webhook', 'braze-webhook', 1, text));
  assert.deepEqual(large.map((d) => [d.code, d.severity]), [['size-limit', 3], ['json-invalid', 1]]);
  assert.match(String(large[0].message), /^This template has \d+ KiB: above 512 KiB only its syntax is checked/);
});

test('the yielding validation finds what the other finds, and stops when cancelled', async () => {
  const service = getLanguageService();
  const document = TextDocument.create('file:///a.webhook', 'braze-webhook', 1, HEAD + body(3).replace('"x"', '"{{${last_name}}"'));
  const sync = getLanguageService().doValidation(document);
  assert.deepEqual(await service.doValidationAsync(document, defaultSettings, { isCancellationRequested: false }), sync);
  assert.equal(await service.doValidationAsync(document, defaultSettings, { isCancellationRequested: true }), undefined);
});

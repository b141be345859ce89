import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oauthMethod } from './oauth-method';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { filledCreateLead, template, TOKEN_CALL, validSamples } from '../../../../test/support/lead-samples';

const withAuth = (auth: string): string => template({ auth });

test('oauth-method: :method post raises nothing', () => {
  const texts = [...validSamples(), template(), withAuth(TOKEN_CALL.replace(':method post', ':method POST')), withAuth('Bearer {{x}}'), ''];
  for (const text of texts) assert.deepEqual(runCheck(oauthMethod, text), [], text);
});

test('oauth-method: no :method means GET; fix adds ":method post" before the first option', () => {
  const text = withAuth(TOKEN_CALL.replace(':method post ', ''));
  const [f, ...more] = runCheck(oauthMethod, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'connected_content');
  assert.equal(f.message, 'The token call has no :method, so Braze sends GET; Salesforce\'s token endpoint needs POST: add ":method post"');
  assert.equal(applyFix(text, f.fixes![0]), template());
  // One option per line: the new option gets its own line.
  const lines = filledCreateLead().replace('    :method post\n', '');
  const [g] = runCheck(oauthMethod, lines);
  assert.equal(applyFix(lines, g.fixes![0]), filledCreateLead());
});

test('oauth-method: get, put or an empty :method; fix writes post', () => {
  for (const m of ['get', 'put']) {
    const text = withAuth(TOKEN_CALL.replace(':method post', `:method ${m}`));
    const found = runCheck(oauthMethod, text);
    assert.equal(found.length, 1);
    assert.equal(found[0].slice, m);
    assert.equal(found[0].message, m === 'get'
      ? '":method get" sends the token request as GET; Salesforce\'s token endpoint needs POST: write ":method post"'
      : '":method put": Connected Content sends only GET and POST, and the token endpoint needs POST: write ":method post"');
    assert.equal(applyFix(text, found[0].fixes![0]), template());
  }
  const empty = withAuth(TOKEN_CALL.replace(':method post', ':method'));
  const [e] = runCheck(oauthMethod, empty);
  assert.deepEqual([e.slice, e.message], [':method', '":method" has no value: write ":method post"']);
  assert.equal(applyFix(empty, e.fixes![0]), template());
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oauthSave } from './oauth-save';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';

const CALL = '{% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=c&client_secret=[insert_client_secret]&grant_type=client_credentials';
const auth = (rest: string): string => template({ auth: `${CALL}${rest}` });

test('oauth-save: the saved token sent as Bearer raises nothing', () => {
  const texts = [
    ...validSamples(), template(),
    auth(' %}Bearer {{connected.access_token}}'),
    auth(' :save tok %}Bearer {{ tok.access_token | strip }}'),
    auth(' :save tok %}OAuth {{tok.access_token}}'),
    template({ auth: 'Bearer {{x}}' }),
    '',
  ];
  for (const text of texts) assert.deepEqual(runCheck(oauthSave, text), [], text);
});

test('oauth-save: no :save; fix adds it with the name the header reads', () => {
  const text = auth(' %}Bearer {{result.access_token}}');
  const [f, ...more] = runCheck(oauthSave, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'connected_content');
  assert.equal(f.message, 'The token call has no :save: add ":save result" and send "Bearer {{result.access_token}}"');
  assert.equal(applyFix(text, f.fixes![0]), auth(' :save result %}Bearer {{result.access_token}}'));
  const bare = auth(' %}');
  const [g] = runCheck(oauthSave, bare);
  assert.equal(applyFix(bare, g.fixes![0]), auth(' :save result %}Bearer {{result.access_token}}'));
});

test('oauth-save: the header does not send the saved token', () => {
  const none = auth(' :save result %}');
  const [a] = runCheck(oauthSave, none);
  assert.deepEqual([a.slice, a.message], [':save result', 'The header does not send the saved token after the tag: write "Bearer {{result.access_token}}"']);
  assert.equal(applyFix(none, a.fixes![0]), auth(' :save result %}Bearer {{result.access_token}}'));

  const other = auth(' :save result %}Bearer {{token.access_token}}');
  const [b] = runCheck(oauthSave, other);
  assert.equal(b.message, 'The header does not send the saved token after the tag: write "Bearer {{result.access_token}}"');
  assert.equal(applyFix(other, b.fixes![0]), auth(' :save result %}Bearer {{token.access_token}}Bearer {{result.access_token}}'));

  const member = auth(' :save result %}Bearer {{result.token}}');
  const [c] = runCheck(oauthSave, member);
  assert.deepEqual([c.slice, c.message], ['{{result.token}}', '"{{result.token}}" does not read the token: Salesforce\'s answer holds it in access_token; write "{{result.access_token}}"']);
  assert.equal(applyFix(member, c.fixes![0]), auth(' :save result %}Bearer {{result.access_token}}'));

  const noBearer = auth(' :save result %}{{result.access_token}}');
  const [d] = runCheck(oauthSave, noBearer);
  assert.deepEqual([d.slice, d.message], ['{{result.access_token}}', 'The token "{{result.access_token}}" is sent without "Bearer ": write "Bearer {{result.access_token}}"']);
  assert.equal(applyFix(noBearer, d.fixes![0]), auth(' :save result %}Bearer {{result.access_token}}'));

  const before = template({ auth: `Bearer {{result.access_token}}${CALL} :save result %}` });
  const [e] = runCheck(oauthSave, before);
  assert.equal(e.slice, ':save result');
});

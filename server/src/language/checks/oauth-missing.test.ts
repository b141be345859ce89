import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oauthMissing } from './oauth-missing';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, TOKEN_CALL, validSamples } from '../../../../test/support/lead-samples';

const FULL = (host: string): string =>
  `{% connected_content https://${host}/services/oauth2/token :method post :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials :cache_max_age 900 :save result %}` +
  "{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}";

test('oauth-missing: a token call, or a Bearer token, raises nothing', () => {
  const texts = [
    ...validSamples(),
    template(),
    template({ auth: 'Bearer {{custom_attribute.${sf_token}}}' }),
    template({ auth: TOKEN_CALL }).replace('Authorization:', 'Autorización:'),
    '',
    'Content-Type: application/json\n',
  ];
  for (const text of texts) assert.deepEqual(runCheck(oauthMissing, text), [], text);
});

test('oauth-missing: no Authorization header; the fix adds the token header after the request line', () => {
  const text = template({ auth: null });
  const [f, ...more] = runCheck(oauthMissing, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/');
  assert.equal(f.message, 'No Authorization header: Salesforce answers 401 without a token; add "Authorization: {% connected_content .../services/oauth2/token ... %}Bearer {{result.access_token}}"');
  assert.equal(applyFix(text, f.fixes![0]), template({ auth: FULL('acme.my.salesforce.com') }));

  const bare = 'POST https://{{custom_attribute.${host}}}/services/data/v60.0/sobjects/Lead/';
  const [g] = runCheck(oauthMissing, bare);
  assert.equal(applyFix(bare, g.fixes![0]), `${bare}\nAuthorization: ${FULL('[insert_instance_name].my.salesforce.com')}`);
});

test('oauth-missing: an Authorization header that gets no token; the fix replaces its value', () => {
  const text = template({ auth: 'Basic YWRtaW46c2VjcmV0' });
  const [f, ...more] = runCheck(oauthMissing, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'Authorization: Basic YWRtaW46c2VjcmV0');
  assert.equal(f.message, 'Authorization "Basic YWRtaW46c2VjcmV0" sends no Salesforce token: get one with {% connected_content %} and send "Bearer {{result.access_token}}"');
  assert.equal(applyFix(text, f.fixes![0]), template({ auth: FULL('acme.my.salesforce.com') }));

  const empty = template({ auth: '' });
  const [g] = runCheck(oauthMissing, empty);
  assert.equal(g.slice, 'Authorization:');
  assert.equal(g.message, 'The Authorization header is empty: get a token with {% connected_content %} and send "Bearer {{result.access_token}}"');
  assert.equal(applyFix(empty, g.fixes![0]), template({ auth: FULL('acme.my.salesforce.com') }));
});

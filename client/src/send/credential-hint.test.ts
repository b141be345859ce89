import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ConnectedContentCall } from '../../../server/src/send';
import { parseWebhook } from '../../../server/src/syntax';
import { credentialProblem, fieldPlaceholders } from './credential-hint';

const TEMPLATE = `POST https://[insert_instance_name].my.salesforce.com/services/data/v60.0/sobjects/Lead/
Authorization: {% connected_content https://[insert_instance_name].my.salesforce.com/services/oauth2/token :method post :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials :save result %}Bearer {{result.access_token}}
Content-Type: application/json

{"LastName": "{{\${last_name}}}"}
`;

const refused = (error: string, description: string): ConnectedContentCall => ({
  field: 'header Authorization',
  method: 'POST',
  url: 'https://acme.my.salesforce.com/services/oauth2/token',
  requestHeaders: {},
  fromCache: false,
  durationMs: 5,
  status: 400,
  responseText: JSON.stringify({ error, error_description: description }),
  outcome: 'http-error',
  notes: [],
});

test('each OAuth refusal names its probable value; the placeholder only when the token call\'s field holds it', () => {
  const fields = fieldPlaceholders(parseWebhook(TEMPLATE));
  assert.deepEqual(fields['header Authorization'], ['insert_instance_name', 'insert_client_id', 'insert_client_secret']);
  assert.deepEqual(credentialProblem([refused('invalid_client', 'invalid client credentials')], fields), { code: 'invalid_client', what: 'the consumer secret', placeholder: '[insert_client_secret]' });
  assert.deepEqual(credentialProblem([refused('invalid_client_id', 'client identifier invalid')], fields)?.placeholder, '[insert_client_id]');
  assert.deepEqual(credentialProblem([refused('invalid_grant', 'request not supported on this domain')], fields)?.placeholder, '[insert_instance_name]');
  const runAs = credentialProblem([refused('invalid_grant', 'no client credentials user enabled')], fields);
  assert.equal(runAs?.placeholder, undefined, 'a setting of the org, not a stored value');
  assert.match(runAs?.what ?? '', /Run As user/);
  // The secret written in the template: nothing stored to enter again.
  assert.deepEqual(credentialProblem([refused('invalid_client', 'invalid client credentials')], { 'header Authorization': ['insert_client_id'] }), { code: 'invalid_client', what: 'the consumer secret' });
  assert.equal(credentialProblem([{ ...refused('x', 'y'), responseText: '{"access_token":"t"}', status: 200, outcome: 'saved' }], fields), undefined);
});

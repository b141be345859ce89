import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainAnswer, explainCall, explainSendResult } from './explain';
import type { SendResult } from './send';

const sf = (errorCode: string, message: string, fields?: string[]) => JSON.stringify([{ message, errorCode, ...(fields ? { fields } : {}) }]);

test('success answers', () => {
  assert.equal(explainAnswer(201, '{"id":"00Q5g00000AbCdEEAV","success":true,"errors":[]}').summary, 'Lead created: 00Q5g00000AbCdEEAV');
  assert.equal(explainAnswer(204, '', { method: 'PATCH' }).summary, 'Lead updated');
  assert.ok(explainAnswer(204, '', { method: 'PATCH' }).ok);
  assert.equal(explainAnswer(200, '{"access_token":"x"}', { tokenCall: true }).summary, 'Token received');
});

test('every REST error code gets plain words and a fix', () => {
  const cases: [number, string, string, RegExp][] = [
    [400, 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [LastName, Company]', /required field is missing \(LastName, Company\)/],
    [400, 'INVALID_FIELD', "No such column 'Foo' on sobject of type Lead", /does not know a field/],
    [400, 'MALFORMED_ID', 'malformed id 123', /not a valid Salesforce id/],
    [404, 'NOT_FOUND', 'The requested resource does not exist', /no such record/],
    [401, 'INVALID_SESSION_ID', 'Session expired or invalid', /access token was refused/],
    [400, 'STRING_TOO_LONG', 'First Name: data value too large', /longer than the field allows/],
    [400, 'INVALID_EMAIL_ADDRESS', 'Email: invalid email address: x', /email address is not valid/],
    [400, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', 'Lead Stage: bad value for restricted picklist field: mql', /picklist value/],
    [403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.', /used up its API calls/],
    [400, 'JSON_PARSER_ERROR', "Unexpected character ('j' (code 106))", /not valid JSON/],
    [400, 'INVALID_FIELD_FOR_INSERT_UPDATE', 'Unable to create/update fields: Name', /cannot be set by an API call/],
    [400, 'DUPLICATES_DETECTED', 'Use one of these records?', /duplicate rule/],
    [400, 'FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Company must not be Test', /validation rule/],
  ];
  for (const [status, code, message, what] of cases) {
    const x = explainAnswer(status, sf(code, message, code === 'REQUIRED_FIELD_MISSING' ? ['LastName', 'Company'] : undefined));
    assert.equal(x.ok, false, code);
    assert.deepEqual(x.codes, [code]);
    assert.match(x.summary, new RegExp(`^${status} ${code}: `));
    assert.match(x.summary, what, code);
    assert.ok(x.details.some((d) => d.includes(message)), `${code}: the message is shown`);
    assert.ok(x.fixes.length > 0, `${code} has a fix`);
  }
});

test('401 with an empty Bearer says the token call failed', () => {
  const x = explainAnswer(401, sf('INVALID_SESSION_ID', 'Session expired or invalid'), { authorization: 'Bearer' });
  assert.match(x.details[0], /sent with no token/);
});

test('OAuth errors', () => {
  const cases: [string, string, RegExp, RegExp][] = [
    ['invalid_client_id', 'client identifier invalid', /consumer key/, /Consumer Key/],
    ['invalid_client', 'invalid client credentials', /consumer secret/, /Consumer Secret/],
    ['invalid_grant', 'request not supported on this domain', /does not accept the client credentials flow/, /My Domain/],
    ['invalid_grant', 'no client credentials user enabled', /Run As/, /Run As/],
    ['unsupported_grant_type', 'grant type not supported', /grant type is not accepted/, /form encoded/],
  ];
  for (const [error, description, what, fix] of cases) {
    const x = explainAnswer(400, JSON.stringify({ error, error_description: description }), { tokenCall: true });
    assert.equal(x.ok, false);
    assert.deepEqual(x.codes, [error]);
    assert.match(x.summary, new RegExp(`^400 ${error} \\(${description}\\): `));
    assert.match(x.summary, what);
    assert.match(x.fixes[0], fix);
  }
});

test('410 is a retired API version', () => {
  const x = explainAnswer(410, '', { url: 'https://acme.my.salesforce.com/services/data/v30.0/sobjects/Lead/' });
  assert.match(x.summary, /v30\.0 is retired/);
  assert.match(x.fixes[0], /\/services\/data\/v\d+\.0\//);
});

test('timeouts, cancels, network errors and refusals are explained apart', () => {
  const request = { method: 'POST', url: 'https://x', headers: {} };
  const results: [SendResult, RegExp][] = [
    [{ kind: 'timeout', request, timeoutMs: 100, durationMs: 101, notes: [] }, /within 100 ms/],
    [{ kind: 'cancelled', request, durationMs: 5, notes: [] }, /Cancelled/],
    [{ kind: 'network-error', request, message: 'fetch failed: ECONNREFUSED', durationMs: 1, notes: [] }, /ECONNREFUSED/],
    [{ kind: 'refused', request, message: 'http://x uses plain http', durationMs: 0, notes: [] }, /Not sent/],
  ];
  for (const [r, re] of results) assert.match(explainSendResult(r).summary, re);
  const call = explainCall({ field: 'header Authorization', method: 'POST', url: 'https://acme.my.salesforce.com/services/oauth2/token', requestHeaders: {}, fromCache: false, durationMs: 3, status: 400, responseText: '{"error":"invalid_client","error_description":"invalid client credentials"}', outcome: 'http-error', notes: [] });
  assert.match(call.summary, /invalid_client/);
});

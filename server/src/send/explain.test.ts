import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainAnswer, explainCall, explainSendResult } from './explain';
import type { SendResult } from './send';

const sf = (errorCode: string, message: string, fields?: string[]) => JSON.stringify([{ message, errorCode, ...(fields ? { fields } : {}) }]);

const API = 'https://acme.my.salesforce.com/services/data/v60.0';
/** The answer headers of the stand-in's REST answers: the org's usage. */
const USAGE = { 'sforce-limit-info': 'api-usage=18/15000' };

test('success answers, named after the object of the URL', () => {
  assert.equal(explainAnswer(201, '{"id":"00Q5g00000AbCdEEAV","success":true,"errors":[]}', { method: 'POST', url: `${API}/sobjects/Lead/` }).summary, 'Lead created: 00Q5g00000AbCdEEAV');
  assert.equal(explainAnswer(201, '{"id":"0035g00000AbCdEEAV","success":true,"errors":[]}', { method: 'POST', url: `${API}/sobjects/Contact/` }).summary, 'Contact created: 0035g00000AbCdEEAV');
  assert.equal(explainAnswer(201, '{"id":"00v5g00000AbCdEEAV","success":true,"errors":[]}').summary, 'Record created: 00v5g00000AbCdEEAV', 'no URL: a record');
  assert.equal(explainAnswer(204, '', { method: 'PATCH', url: `${API}/sobjects/Lead/00Q5g00000AbCdE` }).summary, 'Lead updated');
  assert.ok(explainAnswer(204, '', { method: 'PATCH' }).ok);
  assert.equal(explainAnswer(204, '', { method: 'DELETE', url: `${API}/sobjects/Task/00T5g00000AbCdE` }).summary, 'Task deleted');
  assert.equal(explainAnswer(200, '{"access_token":"x"}', { tokenCall: true }).summary, 'Token received');
});

test('an update answers 204 with no body: updated, nothing more to say but the usage', () => {
  const x = explainAnswer(204, '', { method: 'PATCH', url: `${API}/sobjects/CampaignMember/00v5g00000AbCdE`, headers: USAGE });
  assert.deepEqual([x.ok, x.summary, x.codes], [true, 'CampaignMember updated', []]);
  assert.deepEqual(x.details, ['The org has used 18 of its 15000 daily API calls (Sforce-Limit-Info): 14982 are left, and each message a campaign sends spends one.']);
  assert.deepEqual(x.usage, { used: 18, limit: 15000 });
});

test("an upsert: 201 created, 200 created:false updated (v46.0+), 204 updated (v45.0 and older)", () => {
  const url = `${API}/sobjects/Lead/Braze_Id__c/user-7`;
  const created = explainAnswer(201, '{"id":"00Q5g00000AbCdEEAV","success":true,"errors":[],"created":true}', { method: 'PATCH', url });
  assert.equal(created.summary, 'Lead created: 00Q5g00000AbCdEEAV');
  assert.deepEqual(created.details, ['The upsert found no Lead whose Braze_Id__c is "user-7", so it created one.']);
  const updated = explainAnswer(200, '{"id":"00Q5g00000AbCdEEAV","success":true,"errors":[],"created":false}', { method: 'PATCH', url });
  assert.deepEqual([updated.ok, updated.summary], [true, 'Lead updated: 00Q5g00000AbCdEEAV']);
  assert.match(updated.details[0], /found the Lead whose Braze_Id__c is "user-7" and updated it: nothing was created/);
  const old = explainAnswer(204, '', { method: 'PATCH', url: `https://acme.my.salesforce.com/services/data/v45.0/sobjects/Lead/Braze_Id__c/${encodeURIComponent('a b')}` });
  assert.deepEqual([old.ok, old.summary], [true, 'Lead updated']);
  assert.match(old.details[0], /whose Braze_Id__c is "a b" and updated it \(API 45\.0 and older answer 204 with no body/);
});

test('an upsert whose external id matches several records: 300, nothing changed, the matches listed', () => {
  const body = JSON.stringify([`/services/data/v60.0/sobjects/Lead/00Q5g00000AbCdEEAV`, `/services/data/v60.0/sobjects/Lead/00Q5g00000AbCdFEAV`]);
  const x = explainAnswer(300, body, { method: 'PATCH', url: `${API}/sobjects/Lead/Braze_Id__c/user-7`, headers: USAGE });
  assert.equal(x.ok, false);
  assert.equal(x.summary, '300: the external id (Braze_Id__c "user-7") matches 2 Lead records: nothing was created or updated');
  assert.deepEqual(x.details.slice(0, 2), ['Matching record: 00Q5g00000AbCdEEAV (/services/data/v60.0/sobjects/Lead/00Q5g00000AbCdEEAV)', 'Matching record: 00Q5g00000AbCdFEAV (/services/data/v60.0/sobjects/Lead/00Q5g00000AbCdFEAV)']);
  assert.match(x.details[2], /3xx answer as not received and does not retry it/);
  assert.match(x.fixes[0], /Make the external id field Unique \(Setup > Object Manager > Lead > Fields > Braze_Id__c > Edit\)/);
  assert.deepEqual(x.usage, { used: 18, limit: 15000 });
});

test('an upsert by a field that is not an External ID: the 404 says which', () => {
  const x = explainAnswer(404, sf('NOT_FOUND', 'Provided external ID field does not exist or is not accessible: LastName'), { method: 'PATCH', url: `${API}/sobjects/Lead/LastName/Doe` });
  assert.match(x.summary, /^404 NOT_FOUND: the URL's field is not an External ID field of the object$/);
  assert.match(x.fixes[0], /field marked External ID \(and Unique\): Setup > Object Manager > Lead > Fields/);
  const updateOnly = explainAnswer(404, sf('NOT_FOUND', 'The requested resource does not exist'), { method: 'PATCH', url: `${API}/sobjects/Lead/Braze_Id__c/x?updateOnly=true` });
  assert.match(updateOnly.fixes[0], /updateOnly=true an upsert that matches no Lead answers this/);
});

test('campaign member errors: the required fields of the object, already a member', () => {
  const url = `${API}/sobjects/CampaignMember/`;
  const none = explainAnswer(400, sf('REQUIRED_FIELD_MISSING', 'Required fields are missing: [LeadId, ContactId]', ['LeadId', 'ContactId']), { method: 'POST', url });
  assert.equal(none.summary, '400 REQUIRED_FIELD_MISSING: a required field is missing (LeadId, ContactId)');
  assert.deepEqual(none.fixes, ['A CampaignMember needs CampaignId and one of LeadId or ContactId: add LeadId or ContactId to the body.']);
  const campaign = explainAnswer(400, sf('REQUIRED_FIELD_MISSING', 'Required fields are missing: [CampaignId]', ['CampaignId']), { method: 'POST', url });
  assert.match(campaign.fixes[0], /^A CampaignMember needs CampaignId and one of LeadId or ContactId: add CampaignId to the body/);
  const lead = explainAnswer(400, sf('REQUIRED_FIELD_MISSING', 'Required fields are missing: [Company]', ['Company']), { method: 'POST', url: `${API}/sobjects/Lead/` });
  assert.match(lead.fixes[0], /^A Lead needs LastName and Company: add Company to the body/);
  const again = explainAnswer(400, JSON.stringify([{ message: 'Already a campaign member.', errorCode: 'DUPLICATE_VALUE', fields: [] }]), { method: 'POST', url });
  assert.deepEqual([again.ok, again.codes], [false, ['DUPLICATE_VALUE']]);
  assert.match(again.summary, /^400 DUPLICATE_VALUE: the record would duplicate one that exists/);
  assert.ok(again.details.some((d) => d.includes('"Already a campaign member."')));
  assert.match(again.fixes[0], /a retry is harmless/);
});

test('sObject Collections: all saved is a success; a 200 with failed records is a warning naming them and their errors', () => {
  const url = `${API}/composite/sobjects`;
  const requestBody = JSON.stringify({ allOrNone: false, records: [{ attributes: { type: 'Account' }, Name: 'Kept' }, { attributes: { type: 'Contact' }, FirstName: 'No last name' }, { attributes: { type: 'Lead' }, LastName: 'x'.repeat(81), Company: 'C' }] });
  const answer = JSON.stringify([
    { id: '0015g00000AbCdEEAV', success: true, errors: [] },
    { success: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [LastName]', fields: ['LastName'] }] },
    { success: false, errors: [{ statusCode: 'STRING_TOO_LONG', message: 'Last Name: data value too large', fields: ['LastName'] }] },
  ]);
  const x = explainAnswer(200, answer, { method: 'POST', url, requestBody, headers: USAGE });
  assert.deepEqual([x.ok, x.partialFailure], [false, true]);
  assert.equal(x.summary, '200 OK, but 2 of 3 records failed');
  assert.deepEqual(x.codes, ['REQUIRED_FIELD_MISSING', 'STRING_TOO_LONG']);
  assert.deepEqual(x.details.slice(0, 3), [
    'Record 1 (Account): saved (0015g00000AbCdEEAV)',
    'Record 2 (Contact): failed: REQUIRED_FIELD_MISSING: a required field is missing (LastName) — "Required fields are missing: [LastName]"',
    'Record 3 (Lead): failed: STRING_TOO_LONG: a value is longer than the field allows (LastName) — "Last Name: data value too large"',
  ]);
  assert.match(x.details[3], /Braze counts this 200 as delivered: these failures never reach the Message Activity Log/);
  assert.match(x.details[4], /used 18 of its 15000 daily API calls/);
  assert.ok(x.fixes.includes('A Contact needs LastName: add LastName to the body, with a default (e.g. {{custom_attribute.${company} | default: \'Unknown\'}}) so an empty attribute still sends a value.'));
  assert.ok(x.fixes.some((f) => /Shorten the value.*\(LastName 80\)/.test(f)), 'the length from the Lead schema');
  assert.match(x.fixes.at(-1) ?? '', /Send one record per webhook/);

  const saved = explainAnswer(200, JSON.stringify([{ id: '0015g00000AbCdEEAV', success: true, errors: [] }, { id: '0035g00000AbCdEEAV', success: true, errors: [] }]), { method: 'POST', url, requestBody });
  assert.deepEqual([saved.ok, saved.summary, saved.details], [true, '2 records saved', ['Record 1 (Account): 0015g00000AbCdEEAV', 'Record 2 (Contact): 0035g00000AbCdEEAV']]);
  const upserted = explainAnswer(200, JSON.stringify([{ id: '00Q5g00000AbCdEEAV', success: true, errors: [], created: false }, { id: '00Q5g00000AbCdFEAV', success: true, errors: [], created: true }]), { method: 'PATCH', url: `${url}/Lead/Ext_Id__c` });
  assert.equal(upserted.summary, '2 records saved: 1 created, 1 updated');
  const rolledBack = explainAnswer(200, JSON.stringify([{ success: false, errors: [{ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK', message: 'Record rolled back because not all records were valid and the request was using AllOrNone header', fields: [] }] }, { success: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [StageName]', fields: ['StageName'] }] }]), { method: 'POST', url });
  assert.equal(rolledBack.summary, '200 OK, but 2 of 2 records failed');
  assert.match(rolledBack.details[0], /^Record 1: failed: ALL_OR_NONE_OPERATION_ROLLED_BACK: this record was valid, but another failed/);
});

test('Composite: a 200 whose subrequests failed is a warning too', () => {
  const answer = JSON.stringify({ compositeResponse: [{ body: { id: '0015g00000AbCdEEAV', success: true, errors: [] }, httpStatusCode: 201, referenceId: 'a' }, { body: [{ errorCode: 'INVALID_FIELD', message: "No such column 'Foo' on sobject of type Contact" }], httpStatusCode: 400, referenceId: 'b' }] });
  const x = explainAnswer(200, answer, { method: 'POST', url: `${API}/composite` });
  assert.deepEqual([x.ok, x.partialFailure, x.summary, x.codes], [false, true, '200 OK, but 1 of 2 records failed', ['INVALID_FIELD']]);
  assert.match(x.details[1], /^Record 2: failed \(400\): INVALID_FIELD: Salesforce does not know a field/);
});

test('the usage header is read in any letter case, on errors too; a send result passes its headers and body', () => {
  const limited = explainAnswer(403, sf('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'), { headers: { 'Sforce-Limit-Info': 'api-usage=15000/15000' } });
  assert.deepEqual(limited.usage, { used: 15000, limit: 15000 });
  assert.match(limited.details.at(-1) ?? '', /used 15000 of its 15000 daily API calls \(Sforce-Limit-Info\): 0 are left/);
  assert.equal(explainAnswer(201, '{"id":"x"}').usage, undefined, 'no header, no usage');
  const request = { method: 'POST', url: `${API}/composite/sobjects`, headers: {}, body: JSON.stringify({ records: [{ attributes: { type: 'Task' } }] }) };
  const result: SendResult = { kind: 'answer', request, status: 200, statusText: 'OK', headers: USAGE, bodyText: JSON.stringify([{ success: false, errors: [{ statusCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'invalid cross reference id', fields: [] }] }]), durationMs: 5, notes: [] };
  const x = explainSendResult(result);
  assert.deepEqual([x.partialFailure, x.usage], [true, { used: 18, limit: 15000 }]);
  assert.match(x.details[0], /^Record 1 \(Task\): failed: INVALID_CROSS_REFERENCE_KEY/);
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

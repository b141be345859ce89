import { test } from 'node:test';
import assert from 'node:assert/strict';
import { to18 } from './ids';
import { api, collectionsPath, createRecord, firstError, getToken, withStandin } from '../../test/support/standin-test-support';

type Result = { id?: string; success: boolean; errors: { statusCode: string; message: string; fields: string[] }[]; created?: boolean };

const ROLLED_BACK = {
  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
  fields: [],
};

test('POST /composite/sobjects creates records of several objects → 200, one result per record in order', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'POST', collectionsPath(s), {
      records: [
        { attributes: { type: 'Account' }, Name: 'Acme' },
        { attributes: { type: 'Contact' }, LastName: 'Doe' },
        { attributes: { type: 'Subscription__c' }, Subscription_Key__c: 'S-1' },
      ],
    });
    assert.equal(a.status, 200);
    const results = a.json as Result[];
    assert.deepEqual(results.map((r) => [r.id?.slice(0, 3), r.success, r.errors]), [
      ['001', true, []],
      ['003', true, []],
      ['a0S', true, []],
    ]);
    assert.equal(s.records.get(results[1].id as string)?.LastName, 'Doe');
    assert.match(a.headers.get('sforce-limit-info') ?? '', /^api-usage=1\//, 'the whole request counts as one call');
  }));

test('POST collection, allOrNone false: 200 with the failures in place, the others created', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'POST', collectionsPath(s), {
      allOrNone: false,
      records: [
        { attributes: { type: 'Account' }, Name: 'Kept' },
        { attributes: { type: 'Contact' }, FirstName: 'No last name' },
        { attributes: { type: 'Lead' }, LastName: 'x'.repeat(81), Company: 'C' },
      ],
    });
    assert.equal(a.status, 200);
    const [kept, missing, tooLong] = a.json as Result[];
    assert.equal(kept.success, true);
    assert.deepEqual(missing, { success: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [LastName]', fields: ['LastName'] }] });
    assert.equal(tooLong.errors[0].statusCode, 'STRING_TOO_LONG');
    assert.equal('id' in missing, false);
    assert.equal(s.records.get(kept.id as string)?.Name, 'Kept');
  }));

test('POST collection, allOrNone true: a failure rolls every record back (ALL_OR_NONE_OPERATION_ROLLED_BACK), still 200', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const before = s.records.list().length;
    const a = await api(token, 'POST', collectionsPath(s), {
      allOrNone: true,
      records: [
        { attributes: { type: 'Account' }, Name: 'Rolled back' },
        { attributes: { type: 'Opportunity' }, Name: 'No stage' },
      ],
    });
    assert.equal(a.status, 200);
    const [first, second] = a.json as Result[];
    assert.deepEqual(first, { success: false, errors: [ROLLED_BACK] });
    assert.equal(second.errors[0].statusCode, 'REQUIRED_FIELD_MISSING');
    assert.equal(s.records.list().length, before, 'nothing was created');
  }));

test('PATCH /composite/sobjects updates by id; a wrong id fails alone; allOrNone keeps ids of rolled-back records', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const accountId = await createRecord(s, token, 'Account', { Name: 'Acme' });
    const contactId = await createRecord(s, token, 'Contact', { LastName: 'Doe' });
    const a = await api(token, 'PATCH', collectionsPath(s), {
      records: [
        { attributes: { type: 'Account' }, id: accountId, NumberOfEmployees: 27000 },
        { attributes: { type: 'Contact' }, id: accountId, Title: 'Lead Engineer' },
        { attributes: { type: 'Contact' }, Title: 'No id' },
        { attributes: { type: 'Contact' }, id: to18('003000000000999'), Title: 'Nobody' },
      ],
    });
    assert.equal(a.status, 200);
    const [ok, wrongType, noId, nobody] = a.json as Result[];
    assert.deepEqual(ok, { id: accountId, success: true, errors: [] });
    assert.deepEqual(wrongType, { success: false, errors: [{ statusCode: 'MALFORMED_ID', message: `Contact ID: id value of incorrect type: ${accountId}`, fields: ['Id'] }] });
    assert.equal(noId.errors[0].statusCode, 'MISSING_ARGUMENT');
    assert.equal(nobody.errors[0].statusCode, 'INVALID_CROSS_REFERENCE_KEY');
    assert.equal(s.records.get(accountId)?.NumberOfEmployees, 27000);

    const b = await api(token, 'PATCH', collectionsPath(s), {
      allOrNone: true,
      records: [
        { attributes: { type: 'Contact' }, id: contactId, Title: 'Rolled back' },
        { attributes: { type: 'Contact' }, id: contactId, LastName: null },
      ],
    });
    const [rolledBack, failed] = b.json as Result[];
    assert.deepEqual(rolledBack, { id: contactId, success: false, errors: [ROLLED_BACK] });
    assert.equal(failed.errors[0].statusCode, 'REQUIRED_FIELD_MISSING');
    assert.equal(s.records.get(contactId)?.Title, null);
  }));

test('PATCH /composite/sobjects/<Object>/<Field> upserts by external id (created true/false, several matches fail alone)', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const existing = await createRecord(s, token, 'Lead', { LastName: 'Old', Company: 'C', Ext_Id__c: 'A' });
    await createRecord(s, token, 'Lead', { LastName: 'One', Company: 'C', Braze_Id__c: 'dup' });
    await createRecord(s, token, 'Lead', { LastName: 'Two', Company: 'C', Braze_Id__c: 'dup' });
    const a = await api(token, 'PATCH', collectionsPath(s, '/Lead/Ext_Id__c'), {
      records: [
        { attributes: { type: 'Lead' }, Ext_Id__c: 'A', Title: 'Updated' },
        { attributes: { type: 'Lead' }, Ext_Id__c: 'B', LastName: 'New', Company: 'C' },
      ],
    });
    assert.equal(a.status, 200);
    const [updated, created] = a.json as Result[];
    assert.deepEqual(updated, { id: existing, success: true, errors: [], created: false });
    assert.deepEqual([created.success, created.created, s.store.get(created.id as string)?.Ext_Id__c], [true, true, 'B']);

    const several = await api(token, 'PATCH', collectionsPath(s, '/Lead/Braze_Id__c'), { records: [{ attributes: { type: 'Lead' }, Braze_Id__c: 'dup', Title: 'x' }] });
    const [dup] = several.json as Result[];
    assert.equal(dup.errors[0].statusCode, 'DUPLICATE_EXTERNAL_ID');
    assert.equal(firstError(await api(token, 'PATCH', collectionsPath(s, '/Lead/LastName'), { records: [] })).errorCode, 'NOT_FOUND');
    assert.equal((await api(token, 'PATCH', collectionsPath(s, '/Lead/Ext_Id__c', 'v45.0'), { records: [] })).status, 404, 'upsert collections start at v46.0');
  }));

test('collections: a request that is not well formed → 400 (types, unknown fields, JSON, over 200 records); v41.0 → 404', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const post = (body: unknown, version?: string) => api(token, 'POST', collectionsPath(s, '', version), body);
    assert.deepEqual(firstError(await post({ records: [{ Name: 'No type' }] })), { message: 'Must send a concrete entity type.', errorCode: 'INVALID_TYPE' });
    assert.match(firstError(await post({ records: [{ attributes: { type: 'Widget' } }] })).message, /^sObject type 'Widget' is not supported\./);
    assert.deepEqual(firstError(await post({ records: [{ attributes: { type: 'Account' }, Name: 'A', Colour__c: 'red' }] })), {
      message: "No such column 'Colour__c' on sobject of type Account",
      errorCode: 'INVALID_FIELD',
    });
    const typeError = await post('{"records": [{"attributes": {"type": "Account"}, "NumberOfEmployees": "many"}]}');
    assert.equal(firstError(typeError).message, 'Cannot deserialize instance of int from VALUE_STRING value many or request may be missing a required field at [line:1, column:77]');
    assert.equal(firstError(await post('{"records": [')).errorCode, 'JSON_PARSER_ERROR');
    const tooMany = await post({ records: Array.from({ length: 201 }, () => ({ attributes: { type: 'Account' }, Name: 'A' })) });
    assert.deepEqual(firstError(tooMany), { message: 'record limit reached. cannot submit more than 200 records into this call', errorCode: 'EXCEEDED_ID_LIMIT' });
    assert.equal(s.records.list().length, 1, 'only the demo campaign');
    assert.equal((await post({ records: [] }, 'v41.0')).status, 404);
    assert.equal((await api(token, 'GET', collectionsPath(s))).status, 405);
  }));

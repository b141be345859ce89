import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, createRecord, firstError, getToken, sobjectPath, V, withStandin } from '../../test/support/standin-test-support';

test('upsert, no match → 201 {id, success, errors, created: true}; the key field is set from the URL', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Ext_Id__c/E-1'), { LastName: 'New', Company: 'Co' });
    assert.equal(a.status, 201);
    const body = a.json as { id: string; success: boolean; errors: unknown[]; created: boolean };
    assert.match(body.id, /^00Q/);
    assert.deepEqual(body, { id: body.id, success: true, errors: [], created: true });
    assert.equal(s.store.get(body.id)?.Ext_Id__c, 'E-1');
    // The value is a URL segment: encoded characters are decoded.
    const sub = await api(token, 'PATCH', sobjectPath(s, 'Subscription__c', `Subscription_Key__c/${encodeURIComponent('acme/pro 1')}`), { Plan__c: 'Pro' });
    assert.equal(sub.status, 201);
    assert.equal(s.records.get((sub.json as { id: string }).id)?.Subscription_Key__c, 'acme/pro 1');
  }));

test('upsert, one match → 200 {created: false} and the record updated (v46.0+); 204 with no body in v45.0 and earlier', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const id = await createRecord(s, token, 'Lead', { LastName: 'Old', Company: 'Co', Ext_Id__c: 'E-2' });
    const a = await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Ext_Id__c/E-2'), { Title: 'CTO' });
    assert.equal(a.status, 200);
    assert.deepEqual(a.json, { id, success: true, errors: [], created: false });
    assert.equal(s.store.get(id)?.Title, 'CTO');
    // A unique external id matches without regard to case.
    assert.equal((await api(token, 'PATCH', sobjectPath(s, 'Lead', 'ext_id__c/e-2'), { Title: 'CEO' })).status, 200);
    assert.equal(s.store.get(id)?.Title, 'CEO');

    const old = await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Ext_Id__c/E-2', 'v45.0'), { Title: 'CFO' });
    assert.equal(old.status, 204);
    assert.equal(old.text, '');
    const oldCreate = await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Ext_Id__c/E-3', 'v45.0'), { LastName: 'N', Company: 'C' });
    assert.equal(oldCreate.status, 201);
    assert.equal('created' in (oldCreate.json as object), false);
  }));

test('upsert, several matches → 300 with the records\' URLs, nothing changed', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const first = await createRecord(s, token, 'Lead', { LastName: 'A', Company: 'C', Braze_Id__c: 'user-7' });
    const second = await createRecord(s, token, 'Lead', { LastName: 'B', Company: 'C', Braze_Id__c: 'user-7' });
    const a = await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Braze_Id__c/user-7'), { Title: 'x' });
    assert.equal(a.status, 300);
    assert.deepEqual(a.json, [`/services/data/${V}/sobjects/Lead/${first}`, `/services/data/${V}/sobjects/Lead/${second}`]);
    assert.equal(s.store.get(first)?.Title, null);
    assert.equal(s.store.list().length, 2);
    // A custom external id that is not unique matches case-sensitively.
    assert.equal((await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Braze_Id__c/USER-7'), { LastName: 'C', Company: 'C' })).status, 201);
    assert.equal((await api(token, 'GET', sobjectPath(s, 'Lead', 'Braze_Id__c/user-7'))).status, 300);
  }));

test('upsert ?updateOnly=true with no match → 404 NOT_FOUND, nothing created', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'PATCH', `${sobjectPath(s, 'Lead', 'Ext_Id__c/none')}?updateOnly=true`, { LastName: 'N', Company: 'C' });
    assert.equal(a.status, 404);
    assert.deepEqual(firstError(a), { message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' });
    assert.equal(s.store.size, 0);
    await createRecord(s, token, 'Lead', { LastName: 'N', Company: 'C', Ext_Id__c: 'some' });
    assert.equal((await api(token, 'PATCH', `${sobjectPath(s, 'Lead', 'Ext_Id__c/some')}?updateOnly=true`, { Title: 'x' })).status, 200);
  }));

test('upsert by a field that is not an external id → 404 "Provided external ID field does not exist or is not accessible"', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    for (const field of ['LastName', 'Nope__c', 'Id']) {
      const a = await api(token, 'PATCH', sobjectPath(s, 'Lead', `${field}/x`), { Title: 'x' });
      assert.equal(a.status, 404, field);
      assert.deepEqual(firstError(a), { message: `Provided external ID field does not exist or is not accessible: ${field}`, errorCode: 'NOT_FOUND' });
    }
    // Email is an idLookup field: it may name the record.
    await createRecord(s, token, 'Lead', { LastName: 'M', Company: 'C', Email: 'jane@example.com' });
    assert.equal((await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Email/JANE@example.com'), { Title: 'x' })).status, 200);
  }));

test('upsert body: the key field with the same value is allowed, another value → 400; the usual field checks apply', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const same = await api(token, 'PATCH', sobjectPath(s, 'Subscription__c', 'Subscription_Key__c/K-9'), { Subscription_Key__c: 'K-9', Plan__c: 'Free' });
    assert.equal(same.status, 201);
    const other = await api(token, 'PATCH', sobjectPath(s, 'Subscription__c', 'Subscription_Key__c/K-9'), { Subscription_Key__c: 'K-10' });
    assert.equal(other.status, 400);
    assert.equal(firstError(other).errorCode, 'INVALID_FIELD');
    assert.deepEqual(firstError(other).fields, ['Subscription_Key__c']);
    const bad = await api(token, 'PATCH', sobjectPath(s, 'Subscription__c', 'Subscription_Key__c/K-9'), { Plan__c: 'Gold' });
    assert.equal(firstError(bad).errorCode, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    const missing = await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Ext_Id__c/new'), { FirstName: 'x' });
    assert.equal(firstError(missing).errorCode, 'REQUIRED_FIELD_MISSING');
    assert.equal(firstError(await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Ext_Id__c/new'), { Id: 'x' })).errorCode, 'INVALID_FIELD');
    assert.equal(firstError(await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Ext_Id__c/new'), '{')).errorCode, 'JSON_PARSER_ERROR');
  }));

test('GET and DELETE by external id; POST there → 405; POST /sobjects/<Object>/Id creates', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const id = await createRecord(s, token, 'Lead', { LastName: 'G', Company: 'C', Ext_Id__c: 'G-1' });
    const g = await api(token, 'GET', `${sobjectPath(s, 'Lead', 'Ext_Id__c/G-1')}?fields=LastName`);
    assert.equal(g.status, 200);
    assert.deepEqual(g.json, { attributes: { type: 'Lead', url: `/services/data/${V}/sobjects/Lead/${id}` }, Id: id, LastName: 'G' });
    assert.equal((await api(token, 'GET', sobjectPath(s, 'Lead', 'Ext_Id__c/nobody'))).status, 404);
    const post = await api(token, 'POST', sobjectPath(s, 'Lead', 'Ext_Id__c/G-1'), {});
    assert.equal(post.status, 405);
    assert.equal((await api(token, 'DELETE', sobjectPath(s, 'Lead', 'Ext_Id__c/G-1'))).status, 204);
    assert.equal(s.store.get(id)?.IsDeleted, true);
    assert.equal((await api(token, 'GET', sobjectPath(s, 'Lead', 'Ext_Id__c/G-1'))).status, 404, 'deleted records do not match');

    const created = await api(token, 'POST', sobjectPath(s, 'Account', 'Id'), { Name: 'Via Id' });
    assert.equal(created.status, 201);
    assert.equal((created.json as { created: boolean }).created, true);
    const patchId = await api(token, 'PATCH', sobjectPath(s, 'Account', 'Id'), { Name: 'x' });
    assert.deepEqual(firstError(patchId), { message: "HTTP Method 'PATCH' not allowed. Allowed are GET,HEAD,POST", errorCode: 'METHOD_NOT_ALLOWED' });
  }));

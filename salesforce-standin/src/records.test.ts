import { test } from 'node:test';
import assert from 'node:assert/strict';
import { to18 } from './ids';
import { DEMO_CAMPAIGN_ID, startStandin, type Standin } from './server';
import { api, createRecord, firstError, getToken, sobjectPath, V, withStandin } from '../../test/support/standin-test-support';

type Field = { name: string; type: string; length: number; createable: boolean; updateable: boolean; nillable: boolean; defaultedOnCreate: boolean; restrictedPicklist: boolean; picklistValues: { value: string }[] };

/** The least body each object accepts (its required fields; a member needs a campaign and a person). */
async function minimalBodies(s: Standin, token: string): Promise<Record<string, Record<string, unknown>>> {
  const leadId = await createRecord(s, token, 'Lead', { LastName: 'Member', Company: 'Co' });
  return {
    Lead: { LastName: 'Lovelace', Company: 'Engines Ltd' },
    Contact: { LastName: 'Hopper' },
    Account: { Name: 'Acme' },
    Opportunity: { Name: 'Deal', StageName: 'Prospecting', CloseDate: '2025-06-30' },
    Case: { Subject: 'Help' },
    Task: { Subject: 'Call' },
    CampaignMember: { CampaignId: DEMO_CAMPAIGN_ID, LeadId: leadId },
    Campaign: { Name: 'Spring launch' },
    Subscription__c: { Subscription_Key__c: 'SUB-1' },
  };
}

async function describeFields(s: Standin, token: string, object: string): Promise<Field[]> {
  return ((await api(token, 'GET', sobjectPath(s, object, 'describe'))).json as { fields: Field[] }).fields;
}

test('every object: create → 201 with an id of its key prefix, GET → the record, PATCH → 204', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const bodies = await minimalBodies(s, token);
    for (const [object, body] of Object.entries(bodies)) {
      const d = (await api(token, 'GET', sobjectPath(s, object, 'describe'))).json as { keyPrefix: string; fields: Field[] };
      const a = await api(token, 'POST', sobjectPath(s, object), body);
      assert.equal(a.status, 201, `${object}: ${a.text}`);
      const { id, success, errors } = a.json as { id: string; success: boolean; errors: unknown[] };
      assert.match(id, new RegExp(`^${d.keyPrefix}[A-Za-z0-9]{15}$`), object);
      assert.deepEqual([success, errors], [true, []]);

      const g = await api(token, 'GET', sobjectPath(s, object, id));
      assert.equal(g.status, 200, object);
      const rec = g.json as Record<string, unknown>;
      assert.deepEqual(rec.attributes, { type: object, url: `/services/data/${V}/sobjects/${object}/${id}` });
      assert.equal(rec.Id, id);
      for (const [k, v] of Object.entries(body)) assert.equal(rec[k], typeof v === 'string' && v.length === 15 ? to18(v) : v, `${object}.${k}`);
      assert.deepEqual(Object.keys(rec).slice(1).sort(), d.fields.map((f) => f.name).sort(), `${object}: every field`);
      assert.equal(rec.OwnerId ?? rec.CreatedById, '0055g00000RUNASAA5');

      const writable = ['textarea', 'string', 'picklist'].map((t) => d.fields.find((f) => f.updateable && f.type === t && !f.restrictedPicklist)).find((f) => f);
      assert.ok(writable, object);
      const p = await api(token, 'PATCH', sobjectPath(s, object, id), { [writable.name]: 'changed' });
      assert.equal(p.status, 204, `${object}: ${p.text}`);
      assert.equal(s.records.get(id)?.[writable.name], 'changed');
    }
  }));

test('every object: the field checks follow its schema (unknown, required, too long, restricted picklist, read-only, type, Id)', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const bodies = await minimalBodies(s, token);
    for (const [object, body] of Object.entries(bodies)) {
      const fields = await describeFields(s, token, object);
      const post = (b: unknown) => api(token, 'POST', sobjectPath(s, object), b);

      const unknown = await post({ ...body, Nope__c: 'x' });
      assert.deepEqual(firstError(unknown), { message: `No such column 'Nope__c' on sobject of type ${object}`, errorCode: 'INVALID_FIELD' });

      const required = fields.filter((f) => f.createable && !f.nillable && !f.defaultedOnCreate && f.type !== 'boolean').map((f) => f.name);
      const expected = object === 'CampaignMember' ? [...required, 'LeadId', 'ContactId'] : required;
      if (expected.length > 0) {
        const missing = await post({});
        assert.equal(missing.status, 400, object);
        assert.deepEqual(firstError(missing), { message: `Required fields are missing: [${expected.join(', ')}]`, errorCode: 'REQUIRED_FIELD_MISSING', fields: expected });
      }

      const text = fields.find((f) => f.createable && f.type === 'string' && f.length > 0 && !(f.name in body));
      if (text) {
        const long = 'x'.repeat(text.length + 1);
        const tooLong = await post({ ...body, [text.name]: long });
        assert.equal(firstError(tooLong).errorCode, 'STRING_TOO_LONG', `${object}.${text.name}`);
        assert.deepEqual(firstError(tooLong).fields, [text.name]);
      }

      const restricted = fields.find((f) => f.createable && f.restrictedPicklist && f.picklistValues.length > 0);
      if (restricted) {
        const bad = await post({ ...body, [restricted.name]: 'Not a value' });
        assert.equal(firstError(bad).errorCode, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `${object}.${restricted.name}`);
      }

      const readOnly = fields.find((f) => !f.createable && f.name !== 'Id' && f.type !== 'address');
      assert.ok(readOnly, object);
      const ro = await post({ ...body, [readOnly.name]: null });
      assert.equal(firstError(ro).errorCode, 'INVALID_FIELD_FOR_INSERT_UPDATE', `${object}.${readOnly.name}`);
      assert.deepEqual(firstError(ro).fields, [readOnly.name]);

      const date = fields.find((f) => f.createable && f.type === 'date');
      if (date) {
        const wrongType = await post({ ...body, [date.name]: 'tomorrow' });
        assert.match(firstError(wrongType).message, /^Cannot deserialize instance of date from VALUE_STRING value tomorrow /, object);
      }
      assert.equal(firstError(await post('{"x" 1}')).errorCode, 'JSON_PARSER_ERROR');
      assert.deepEqual(firstError(await post({ ...body, Id: null })), { message: 'The Id field should not be specified in the sobject data.', errorCode: 'INVALID_FIELD' });
    }
  }));

test('ids in the URL: another object\'s → 400 MALFORMED_ID; unknown → 404 NOT_FOUND; not an id → 404', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const accountId = await createRecord(s, token, 'Account', { Name: 'Acme' });
    const wrong = await api(token, 'PATCH', sobjectPath(s, 'Contact', accountId), { Title: 'x' });
    assert.equal(wrong.status, 400);
    assert.deepEqual(firstError(wrong), { message: `Contact ID: id value of incorrect type: ${accountId}`, errorCode: 'MALFORMED_ID', fields: ['Id'] });
    for (const method of ['GET', 'PATCH']) {
      const missing = await api(token, method, sobjectPath(s, 'Account', to18('001000000000999')), method === 'PATCH' ? { Name: 'x' } : undefined);
      assert.equal(missing.status, 404);
      assert.deepEqual(firstError(missing), { message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' });
    }
    const notId = await api(token, 'GET', sobjectPath(s, 'Account', 'acme'));
    assert.deepEqual(firstError(notId), { message: 'Provided external ID field does not exist or is not accessible: acme', errorCode: 'NOT_FOUND' });
    assert.equal((await api(token, 'DELETE', sobjectPath(s, 'Account', accountId))).status, 204);
    assert.equal(firstError(await api(token, 'GET', sobjectPath(s, 'Account', accountId))).errorCode, 'ENTITY_IS_DELETED');
  }));

test('references: another object\'s id → FIELD_INTEGRITY_EXCEPTION; a missing record → INVALID_CROSS_REFERENCE_KEY', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const leadId = await createRecord(s, token, 'Lead', { LastName: 'L', Company: 'C' });
    const wrongType = await api(token, 'POST', sobjectPath(s, 'Contact'), { LastName: 'x', AccountId: leadId });
    assert.deepEqual(firstError(wrongType), { message: `Account ID: id value of incorrect type: ${leadId}`, errorCode: 'FIELD_INTEGRITY_EXCEPTION', fields: ['AccountId'] });
    const missing = await api(token, 'POST', sobjectPath(s, 'Contact'), { LastName: 'x', AccountId: to18('001000000000999') });
    assert.deepEqual(firstError(missing), { message: 'invalid cross reference id', errorCode: 'INVALID_CROSS_REFERENCE_KEY', fields: [] });
    const malformed = await api(token, 'POST', sobjectPath(s, 'Task'), { Subject: 'x', WhoId: 'jane@example.com' });
    assert.equal(firstError(malformed).errorCode, 'MALFORMED_ID');
    // Users and queues are not looked up.
    assert.equal((await api(token, 'POST', sobjectPath(s, 'Case'), { Subject: 'x', OwnerId: to18('005000000000777') })).status, 201);
  }));

test('derived and defaulted fields: names, addresses, picklist defaults, auto-numbers, a custom record\'s Name', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const contactId = await createRecord(s, token, 'Contact', { FirstName: 'Grace', LastName: 'Hopper', MailingCity: 'Arlington' });
    const contact = s.records.get(contactId);
    assert.equal(contact?.Name, 'Grace Hopper');
    assert.equal((contact?.MailingAddress as { city: string }).city, 'Arlington');
    assert.equal(contact?.OtherAddress, null);
    assert.equal(contact?.HasOptedOutOfEmail, false);

    const first = s.records.get(await createRecord(s, token, 'Case', { Subject: 'One' }));
    const second = s.records.get(await createRecord(s, token, 'Case', { Subject: 'Two' }));
    assert.deepEqual([first?.Status, first?.Priority], ['New', 'Medium']);
    assert.deepEqual([first?.CaseNumber, second?.CaseNumber], ['00001001', '00001002']);
    const task = s.records.get(await createRecord(s, token, 'Task', { Subject: 'Call' }));
    assert.deepEqual([task?.Status, task?.Priority], ['Not Started', 'Normal']);

    const subId = await createRecord(s, token, 'Subscription__c', { Subscription_Key__c: 'K1' });
    const sub = s.records.get(subId);
    assert.deepEqual([sub?.Name, sub?.Status__c, sub?.Auto_Renew__c], [subId, 'Active', false]);
  }));

test('unique fields: a second record with the same value → 400 DUPLICATE_VALUE; the record itself may keep it', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const id = await createRecord(s, token, 'Subscription__c', { Subscription_Key__c: 'K-1' });
    const dup = await api(token, 'POST', sobjectPath(s, 'Subscription__c'), { Subscription_Key__c: 'k-1' });
    assert.equal(dup.status, 400);
    assert.deepEqual(firstError(dup), { message: `duplicate value found: Subscription_Key__c duplicates value on record with id: ${id.slice(0, 15)}`, errorCode: 'DUPLICATE_VALUE', fields: [] });
    assert.equal((await api(token, 'PATCH', sobjectPath(s, 'Subscription__c', id), { Subscription_Key__c: 'K-1', Plan__c: 'Pro' })).status, 204);
    // Not unique: the same Braze id on two leads is fine.
    await createRecord(s, token, 'Lead', { LastName: 'A', Company: 'C', Braze_Id__c: 'u1' });
    await createRecord(s, token, 'Lead', { LastName: 'B', Company: 'C', Braze_Id__c: 'u1' });
  }));

test('records of any object at start (options.records), restored by a reset; an invalid one is refused', async () => {
  const accountId = to18('001000000000042');
  await withStandin(
    async (s) => {
      const token = await getToken(s);
      const contactId = await createRecord(s, token, 'Contact', { LastName: 'Later', AccountId: accountId });
      assert.equal(s.records.get(contactId)?.AccountId, accountId);
      s.control.reset();
      assert.equal(s.records.get(contactId), undefined);
      assert.deepEqual(s.records.list().map((r) => r.Name).sort(), ['Braze Webhooks Demo', 'Seeded Co', 'Seeded Person'].sort());
      const overHttp = await api(undefined, 'GET', `${s.url}/__standin/records/Account`);
      assert.deepEqual((overHttp.json as { Id: string }[]).map((r) => r.Id), [accountId]);
    },
    { records: { Account: [{ Id: accountId, Name: 'Seeded Co' }], Contact: [{ LastName: 'Person', FirstName: 'Seeded', AccountId: accountId }] } },
  );
  await assert.rejects(startStandin({ records: { Account: [{ Industry: 'Banking' }] } }), /options\.records\.Account\[0\] is not a valid Account: REQUIRED_FIELD_MISSING/);
  await assert.rejects(startStandin({ records: { Nope__c: [{}] } }), /does not serve Nope__c/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KNOWN_VERSIONS } from './api-versions';
import { to18 } from './ids';
import { startStandin } from './server';
import { api, call, createLead, firstError, getToken, leadPath, V, withStandin } from '../../test/support/standin-test-support';

const LEAD_ID_RE = /^00Q[A-Za-z0-9]{15}$/;

test('create → 201 {id, success, errors}; the record is readable by GET', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'POST', leadPath(s), { FirstName: 'Ada', LastName: 'Lovelace', Company: 'Engines Ltd', Email: 'ada@example.com', Lead_Stage__c: 'Lead' });
    assert.equal(a.status, 201);
    const created = a.json as { id: string; success: boolean; errors: unknown[] };
    assert.match(created.id, LEAD_ID_RE);
    assert.equal(created.success, true);
    assert.deepEqual(created.errors, []);

    const g = await api(token, 'GET', leadPath(s, created.id));
    assert.equal(g.status, 200);
    const rec = g.json as Record<string, unknown>;
    assert.deepEqual(rec.attributes, { type: 'Lead', url: `/services/data/${V}/sobjects/Lead/${created.id}` });
    assert.equal(rec.Id, created.id);
    assert.equal(rec.FirstName, 'Ada');
    assert.equal(rec.LastName, 'Lovelace');
    assert.equal(rec.Name, 'Ada Lovelace');
    assert.equal(rec.Company, 'Engines Ltd');
    assert.equal(rec.Email, 'ada@example.com');
    assert.equal(rec.Lead_Stage__c, 'Lead');
    assert.equal(rec.Status, 'Open - Not Contacted', 'Status is defaulted');
    assert.equal(rec.HasOptedOutOfEmail, false);
    assert.equal(rec.Phone, null, 'unset fields are null');
    assert.match(String(rec.CreatedDate), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
    assert.match(g.headers.get('sforce-limit-info') ?? '', /^api-usage=\d+\/\d+$/);

    // The 15-character form of the id finds the same record; ?fields= limits the answer.
    const short = await api(token, 'GET', `${leadPath(s, created.id.slice(0, 15))}?fields=lastname,Email`);
    assert.equal(short.status, 200);
    assert.deepEqual(Object.keys(short.json as object), ['attributes', 'Id', 'LastName', 'Email']);
    assert.equal(s.store.get(created.id)?.LastName, 'Lovelace');
  }));

test('PATCH → 204 with no body; the change is visible', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const id = await createLead(s, token);
    const p = await api(token, 'PATCH', leadPath(s, id), { Lead_Stage__c: 'MQL', Title: 'CTO' });
    assert.equal(p.status, 204);
    assert.equal(p.text, '');
    const g = await api(token, 'GET', leadPath(s, id));
    const rec = g.json as Record<string, unknown>;
    assert.equal(rec.Lead_Stage__c, 'MQL');
    assert.equal(rec.Title, 'CTO');
    assert.equal(rec.LastName, 'Lovelace', 'untouched fields stay');
    const stored = s.store.list().find((r) => r.Id === id);
    assert.equal(stored?.Lead_Stage__c, 'MQL');
  }));

test('field keys are matched without regard to case', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const id = await createLead(s, token, { firstName: 'Grace', lastName: 'Hopper', company: 'Navy', EMAIL: 'grace@example.com', lead_stage__c: 'SQL' });
    const rec = (await api(token, 'GET', leadPath(s, id))).json as Record<string, unknown>;
    assert.equal(rec.FirstName, 'Grace');
    assert.equal(rec.LastName, 'Hopper');
    assert.equal(rec.Company, 'Navy');
    assert.equal(rec.Email, 'grace@example.com');
    assert.equal(rec.Lead_Stage__c, 'SQL');
    assert.equal('firstName' in rec, false);
  }));

test('describe → 200 with the Lead fields and Lead_Stage__c', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'GET', leadPath(s, 'describe'));
    assert.equal(a.status, 200);
    const d = a.json as { name: string; label: string; keyPrefix: string; fields: Record<string, unknown>[] };
    assert.equal(d.name, 'Lead');
    assert.equal(d.label, 'Lead');
    assert.equal(d.keyPrefix, '00Q');
    const keys = ['name', 'label', 'type', 'length', 'nillable', 'createable', 'updateable', 'defaultedOnCreate', 'custom', 'picklistValues', 'restrictedPicklist'];
    for (const f of d.fields) for (const k of keys) assert.ok(k in f, `${String(f.name)} has ${k}`);
    const byName = new Map(d.fields.map((f) => [f.name as string, f]));
    assert.deepEqual(
      ['LastName', 'Company', 'FirstName', 'Email', 'Title', 'City', 'PostalCode'].map((n) => byName.get(n)?.length),
      [80, 255, 40, 80, 128, 40, 20],
    );
    assert.equal(byName.get('LastName')?.nillable, false);
    assert.equal(byName.get('Email')?.type, 'email');
    assert.equal(byName.get('Name')?.createable, false);
    assert.equal(byName.get('Id')?.updateable, false);
    assert.equal(byName.get('Status')?.defaultedOnCreate, true);
    assert.equal(byName.get('NumberOfEmployees')?.type, 'int');
    assert.equal(byName.get('AnnualRevenue')?.type, 'currency');
    const stage = byName.get('Lead_Stage__c');
    assert.equal(stage?.custom, true);
    assert.equal(stage?.type, 'picklist');
    assert.equal(stage?.restrictedPicklist, true);
    assert.deepEqual(
      (stage?.picklistValues as { value: string; label: string; active: boolean; defaultValue: boolean }[]).map((p) => [p.value, p.label, p.active, p.defaultValue]),
      [
        ['Lead', 'Lead', true, false],
        ['MQL', 'MQL', true, false],
        ['SQL', 'SQL', true, false],
      ],
    );
  }));

test('body that is not JSON → 400 JSON_PARSER_ERROR with line and column', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'POST', leadPath(s), '{"LastName" jones}');
    assert.equal(a.status, 400);
    const e = firstError(a);
    assert.equal(e.errorCode, 'JSON_PARSER_ERROR');
    assert.equal(e.message, "Unexpected character ('j' (code 106)): was expecting a colon to separate field name and value at [line:1, column:14]");
    // An unescaped line break from an un-escaped Liquid value.
    const b = await api(token, 'POST', leadPath(s), '{"LastName":"a\nb","Company":"c"}');
    assert.equal(firstError(b).errorCode, 'JSON_PARSER_ERROR');
    assert.match(firstError(b).message, /^Illegal unquoted character \(\(CTRL-CHAR, code 10\)\)/);
    assert.equal(s.store.size, 0);
  }));

test('unknown field → 400 INVALID_FIELD "No such column"', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y', lead_status: 'MQL' });
    assert.equal(a.status, 400);
    const e = firstError(a);
    assert.equal(e.errorCode, 'INVALID_FIELD');
    assert.equal(e.message, "No such column 'lead_status' on sobject of type Lead");
  }));

test('Id in the body → 400 INVALID_FIELD', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'POST', leadPath(s), { Id: '00Q000000000001', LastName: 'x', Company: 'y' });
    assert.equal(a.status, 400);
    assert.deepEqual(firstError(a), { message: 'The Id field should not be specified in the sobject data.', errorCode: 'INVALID_FIELD' });
  }));

test('read-only fields → 400 INVALID_FIELD_FOR_INSERT_UPDATE', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y', Name: 'x y', CreatedDate: '2024-01-01T00:00:00Z' });
    assert.equal(a.status, 400);
    const e = firstError(a);
    assert.equal(e.errorCode, 'INVALID_FIELD_FOR_INSERT_UPDATE');
    assert.equal(
      e.message,
      'Unable to create/update fields: Name, CreatedDate. Please check the security settings of this field and verify that it is read/write for your profile or permission set.',
    );
    assert.deepEqual(e.fields, ['Name', 'CreatedDate']);
    // Create-only on PATCH, update-only on POST.
    const id = await createLead(s, token);
    const p = await api(token, 'PATCH', leadPath(s, id), { IsConverted: true });
    assert.equal(firstError(p).errorCode, 'INVALID_FIELD_FOR_INSERT_UPDATE');
    assert.deepEqual(firstError(p).fields, ['IsConverted']);
    const c = await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y', EmailBouncedReason: 'full' });
    assert.deepEqual(firstError(c).fields, ['EmailBouncedReason']);
    assert.equal((await api(token, 'PATCH', leadPath(s, id), { EmailBouncedReason: 'full' })).status, 204);
  }));

test('create without LastName/Company → 400 REQUIRED_FIELD_MISSING', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'POST', leadPath(s), { FirstName: 'Ada' });
    assert.equal(a.status, 400);
    assert.deepEqual(firstError(a), { message: 'Required fields are missing: [LastName, Company]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['LastName', 'Company'] });
    // An empty string counts as missing.
    const b = await api(token, 'POST', leadPath(s), { LastName: '', Company: 'y' });
    assert.deepEqual(firstError(b).fields, ['LastName']);
    // Clearing a required field by PATCH.
    const id = await createLead(s, token);
    const p = await api(token, 'PATCH', leadPath(s, id), { Company: null });
    assert.deepEqual(firstError(p), { message: 'Required fields are missing: [Company]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['Company'] });
  }));

test('too long → 400 STRING_TOO_LONG', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const long = 'x'.repeat(81);
    const a = await api(token, 'POST', leadPath(s), { LastName: long, Company: 'y' });
    assert.equal(a.status, 400);
    assert.deepEqual(firstError(a), { message: `Last Name: data value too large: ${long} (max length=80)`, errorCode: 'STRING_TOO_LONG', fields: ['LastName'] });
    assert.equal((await api(token, 'POST', leadPath(s), { LastName: 'x'.repeat(80), Company: 'y' })).status, 201);
  }));

test('bad email → 400 INVALID_EMAIL_ADDRESS', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    for (const email of ['not-an-email', 'a@b', 'a b@example.com', '.a@example.com']) {
      const a = await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y', Email: email });
      assert.equal(a.status, 400, email);
      assert.deepEqual(firstError(a), { message: `Email: invalid email address: ${email}`, errorCode: 'INVALID_EMAIL_ADDRESS', fields: ['Email'] });
    }
    assert.equal((await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y', Email: "o'brien+leads@mail.example.co.uk" })).status, 201);
  }));

test('value not in a restricted picklist → 400 INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const id = await createLead(s, token);
    const a = await api(token, 'PATCH', leadPath(s, id), { Lead_Stage__c: 'Customer' });
    assert.equal(a.status, 400);
    assert.deepEqual(firstError(a), {
      message: 'Lead Stage: bad value for restricted picklist field: Customer',
      errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      fields: ['Lead_Stage__c'],
    });
    // Unrestricted standard picklists take other values.
    assert.equal((await api(token, 'PATCH', leadPath(s, id), { Industry: 'Space' })).status, 204);
  }));

test('a string where a number is due → 400 JSON_PARSER_ERROR; numbers are accepted', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'POST', leadPath(s), '{"LastName":"x","Company":"y","AnnualRevenue":"1000"}');
    assert.equal(a.status, 400);
    const e = firstError(a);
    assert.equal(e.errorCode, 'JSON_PARSER_ERROR');
    assert.equal(e.message, 'Cannot deserialize instance of currency from VALUE_STRING value 1000 or request may be missing a required field at [line:1, column:53]');
    const b = await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y', NumberOfEmployees: 'fifty' });
    assert.match(firstError(b).message, /^Cannot deserialize instance of int from VALUE_STRING value fifty /);
    const c = await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y', DoNotCall: 'yes' });
    assert.match(firstError(c).message, /^Cannot deserialize instance of boolean from VALUE_STRING value yes /);
    const id = await createLead(s, token, { LastName: 'x', Company: 'y', AnnualRevenue: 1000.5, NumberOfEmployees: 50, DoNotCall: true });
    const rec = s.store.get(id);
    assert.equal(rec?.AnnualRevenue, 1000.5);
    assert.equal(rec?.NumberOfEmployees, 50);
    assert.equal(rec?.DoNotCall, true);
  }));

test('id in the URL: malformed → 400 MALFORMED_ID; not an id → 404; unknown → 404 NOT_FOUND', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const id = await createLead(s, token);
    // Right length, wrong 3-character suffix.
    const badSuffix = id.slice(0, 15) + (id.slice(15) === 'AAA' ? 'BBB' : 'AAA');
    for (const bad of [badSuffix, to18('001000000000001')]) {
      const a = await api(token, 'PATCH', leadPath(s, bad), { Title: 'x' });
      assert.equal(a.status, 400, bad);
      assert.deepEqual(firstError(a), { message: `Lead ID: id value of incorrect type: ${bad}`, errorCode: 'MALFORMED_ID', fields: ['Id'] });
    }
    // Not a record id at all (e.g. a Braze external_id that is an e-mail address).
    const notId = await api(token, 'PATCH', leadPath(s, encodeURIComponent('jane@example.com')), { Title: 'x' });
    assert.equal(notId.status, 404);
    assert.deepEqual(firstError(notId), { message: 'Provided external ID field does not exist or is not accessible: jane@example.com', errorCode: 'NOT_FOUND' });
    // Well formed, no such record.
    const missing = to18('00Q000000000999');
    for (const method of ['GET', 'PATCH']) {
      const a = await api(token, method, leadPath(s, missing), method === 'PATCH' ? { Title: 'x' } : undefined);
      assert.equal(a.status, 404, method);
      assert.deepEqual(firstError(a), { message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' });
    }
  }));

test('POST with an id in the URL → 405 METHOD_NOT_ALLOWED', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const id = await createLead(s, token);
    const a = await api(token, 'POST', leadPath(s, id), { Title: 'x' });
    assert.equal(a.status, 405);
    assert.deepEqual(firstError(a), { message: "HTTP Method 'POST' not allowed. Allowed are HEAD,GET,PATCH,DELETE", errorCode: 'METHOD_NOT_ALLOWED' });
    const d = await api(token, 'PATCH', leadPath(s, 'describe'), {});
    assert.equal(d.status, 405);
  }));

test('DELETE → 204, then ENTITY_IS_DELETED', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const id = await createLead(s, token);
    assert.equal((await api(token, 'DELETE', leadPath(s, id))).status, 204);
    const g = await api(token, 'GET', leadPath(s, id));
    assert.equal(g.status, 404);
    assert.equal(firstError(g).errorCode, 'ENTITY_IS_DELETED');
  }));

test('missing, unknown or expired token → 401 INVALID_SESSION_ID', () =>
  withStandin(async (s) => {
    const expected = [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }];
    for (const token of [undefined, 'not-a-token', '']) {
      const a = await api(token, 'GET', leadPath(s, 'describe'));
      assert.equal(a.status, 401, String(token));
      assert.deepEqual(a.json, expected);
    }
    const token = await getToken(s);
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 200);
    s.control.expireTokens();
    const expired = await api(token, 'GET', leadPath(s, 'describe'));
    assert.equal(expired.status, 401);
    assert.deepEqual(expired.json, expected);
    // A token lifetime: tokens older than it are refused.
    const fresh = await getToken(s);
    s.control.setTokenLifetime(60_000);
    assert.equal((await api(fresh, 'GET', leadPath(s, 'describe'))).status, 200);
    s.control.setTokenLifetime(0);
    assert.equal((await api(fresh, 'GET', leadPath(s, 'describe'))).status, 401);
    s.control.setTokenLifetime(null);
    assert.equal((await api(fresh, 'GET', leadPath(s, 'describe'))).status, 200);
  }));

test('API versions: v31.0..v68.0 answered, v30.0 and older 410, unknown 404', () =>
  withStandin(async (s) => {
    assert.equal(KNOWN_VERSIONS.oldestSupported, 31);
    assert.equal(KNOWN_VERSIONS.newest, 68);
    const token = await getToken(s);
    for (const v of ['v31.0', 'v60.0', 'v67.0', 'v68.0']) {
      assert.equal((await api(token, 'GET', leadPath(s, 'describe', v))).status, 200, v);
    }
    for (const v of ['v30.0', 'v20.0', 'v7.0']) {
      const a = await api(token, 'GET', leadPath(s, 'describe', v));
      assert.equal(a.status, 410, v);
      assert.deepEqual(a.json, [{ message: 'The requested resource no longer exists.', errorCode: 'GONE' }]);
    }
    for (const v of ['v69.0', 'v60', 'latest']) {
      const a = await api(token, 'GET', leadPath(s, 'describe', v));
      assert.equal(a.status, 404, v);
      assert.equal(firstError(a).errorCode, 'NOT_FOUND');
    }
    const list = await call(`${s.url}/services/data/`);
    assert.equal(list.status, 200);
    const versions = list.json as { label: string; url: string; version: string }[];
    assert.deepEqual(versions.find((x) => x.version === '67.0'), { label: "Summer '26", url: '/services/data/v67.0', version: '67.0' });
    assert.deepEqual(versions.find((x) => x.version === '60.0')?.label, "Spring '24");
    assert.equal(versions.length, 68 - 31 + 1);
  }));

test('unknown paths → 404 NOT_FOUND', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const expected = [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }];
    for (const url of [`${s.url}/services/data/${V}/sobjects/Nope__c/`, `${s.url}/services/data/${V}/nope`, `${s.url}/favicon.ico`]) {
      const a = await api(token, 'GET', url);
      assert.equal(a.status, 404, url);
      assert.deepEqual(a.json, expected, url);
    }
  }));

test('initial leads from options; an invalid one is refused at start', async () => {
  const id = to18('00Q000000000042');
  await withStandin(
    async (s) => {
      const token = await getToken(s);
      const g = await api(token, 'GET', leadPath(s, id));
      assert.equal(g.status, 200);
      assert.equal((g.json as { LastName: string }).LastName, 'Seeded');
      assert.equal(s.store.size, 2);
    },
    { leads: [{ Id: id, LastName: 'Seeded', Company: 'Seed Co' }, { lastName: 'Other', company: 'Co' }] },
  );
  await assert.rejects(startStandin({ leads: [{ FirstName: 'No last name' }] }), /REQUIRED_FIELD_MISSING/);
});

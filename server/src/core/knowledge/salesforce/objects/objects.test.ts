import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SObjectSchema, formatPath, type SObject } from '../../schema';
import { standardLeadFields } from '../lead-fields';
import { KEY_PREFIX } from './fields';
import { builtinObject, builtinObjects } from '.';

const byName = (name: string): SObject => {
  const o = builtinObject(name);
  assert.ok(o, `no built-in object ${name}`);
  return o;
};

test('every built-in object passes SObjectSchema', () => {
  for (const o of builtinObjects) {
    const parsed = SObjectSchema.safeParse(o);
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${o.name} ${formatPath(i.path)}: ${i.message}`);
    assert.deepEqual(issues, [], `${o.name} breaks the schema`);
  }
});

test('the seven objects, each once', () => {
  assert.deepEqual(
    builtinObjects.map((o) => o.name),
    ['Lead', 'Contact', 'Account', 'Opportunity', 'Case', 'Task', 'CampaignMember'],
  );
  assert.equal(builtinObject('campaignmember')?.name, 'CampaignMember', 'found ignoring letter case');
  assert.equal(builtinObject('Campaign'), undefined);
});

test('field names are unique within each object, ignoring letter case', () => {
  for (const o of builtinObjects) {
    const seen = new Set<string>();
    const twice = o.fields.map((f) => f.name.toLowerCase()).filter((n) => seen.size === seen.add(n).size);
    assert.deepEqual(twice, [], o.name);
  }
});

test('a campaign member needs one of LeadId or ContactId; a rule naming no createable field is reported', () => {
  assert.deepEqual(byName('CampaignMember').requiredOneOf, [['LeadId', 'ContactId']]);
  assert.deepEqual(builtinObjects.filter((o) => o.requiredOneOf).map((o) => o.name), ['CampaignMember']);
  const broken = { ...byName('CampaignMember'), requiredOneOf: [['LeadId', 'HasResponded']] };
  const parsed = SObjectSchema.safeParse(broken);
  assert.deepEqual(parsed.error?.issues.map((i) => [formatPath(i.path), i.message]), [['requiredOneOf[0]', '"HasResponded" is not a createable field']]);
});

test('required-on-create fields of each object', () => {
  const required = (name: string): string[] =>
    byName(name)
      .fields.filter((f) => f.requiredOnCreate)
      .map((f) => f.name)
      .sort();
  assert.deepEqual(required('Lead'), ['Company', 'LastName']);
  assert.deepEqual(required('Contact'), ['LastName']);
  assert.deepEqual(required('Account'), ['Name']);
  assert.deepEqual(required('Opportunity'), ['CloseDate', 'Name', 'StageName']);
  assert.deepEqual(required('Case'), []);
  assert.deepEqual(required('Task'), []);
  assert.deepEqual(required('CampaignMember'), ['CampaignId']);
});

test('required-on-create follows the describe rule: createable, not nillable, not defaulted, not a checkbox', () => {
  for (const o of builtinObjects) {
    for (const f of o.fields) {
      const implied = f.createable && !f.nillable && !f.defaulted && f.type !== 'boolean';
      assert.equal(f.requiredOnCreate, implied, `${o.name}.${f.name}`);
    }
  }
});

test('defaulted fields that a create may leave out', () => {
  const field = (o: string, f: string) => byName(o).fields.find((x) => x.name === f);
  for (const [o, f] of [
    ['Case', 'Status'],
    ['Case', 'Priority'],
    ['Task', 'Status'],
    ['Task', 'Priority'],
    ['Task', 'OwnerId'],
  ] as const) {
    assert.equal(field(o, f)?.defaulted, true, `${o}.${f}`);
    assert.equal(field(o, f)?.createable, true, `${o}.${f}`);
  }
  assert.equal(field('Task', 'Subject')?.nillable, true, 'a task needs no subject');
  for (const f of ['LeadId', 'ContactId']) {
    const member = field('CampaignMember', f);
    assert.equal(member?.createable, true, f);
    assert.equal(member?.updateable, false, `${f}: a member cannot move to another person`);
  }
});

test('key prefixes, assignment rules and docs pages', () => {
  const prefixes = Object.fromEntries(builtinObjects.map((o) => [o.name, o.keyPrefix]));
  assert.deepEqual(prefixes, {
    Lead: '00Q',
    Contact: '003',
    Account: '001',
    Opportunity: '006',
    Case: '500',
    Task: '00T',
    CampaignMember: '00v',
  });
  for (const o of builtinObjects) {
    assert.equal(KEY_PREFIX[o.name], o.keyPrefix, `${o.name}: the shared prefix table agrees`);
    assert.deepEqual(o.fields.find((f) => f.name === 'Id')?.idPrefix, [o.keyPrefix], `${o.name}.Id`);
    assert.equal(
      o.docsUrl,
      `https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_${o.name.toLowerCase()}.htm`,
    );
  }
  assert.deepEqual(
    builtinObjects.filter((o) => o.assignmentRules).map((o) => o.name),
    ['Lead', 'Account', 'Case'],
  );
});

test("the Lead object's fields are the standard Lead fields", () => {
  assert.deepEqual(byName('Lead').fields, standardLeadFields);
});

test('no standard field is an external id or unique; Email of a Lead or a Contact names a record (idLookup)', () => {
  for (const o of builtinObjects) {
    const flagged = o.fields.filter((f) => !f.custom && (f.externalId || f.unique)).map((f) => f.name);
    assert.deepEqual(flagged, [], o.name);
    const lookups = o.fields.filter((f) => f.idLookup).map((f) => f.name);
    assert.deepEqual(lookups, o.name === 'Lead' || o.name === 'Contact' ? ['Email'] : [], o.name);
    assert.ok(
      o.fields.every((f) => !f.custom),
      `${o.name}: the built-in objects list standard fields only`,
    );
  }
});

test('read-only and system fields are neither createable nor updateable', () => {
  const readOnly = ['Id', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp', 'IsDeleted'];
  for (const o of builtinObjects) {
    for (const name of readOnly) {
      const f = o.fields.find((x) => x.name === name);
      assert.ok(f, `${o.name}.${name} is listed`);
      assert.equal(f.createable || f.updateable, false, `${o.name}.${name}`);
    }
    for (const f of o.fields.filter((x) => x.type === 'address' || x.type === 'id')) {
      assert.equal(f.createable || f.updateable, false, `${o.name}.${f.name}`);
    }
  }
  const contactName = byName('Contact').fields.find((f) => f.name === 'Name');
  assert.equal(contactName?.createable, false, 'Contact.Name is built from the name parts');
  assert.equal(contactName?.updateable, false);
  assert.equal(byName('Case').fields.find((f) => f.name === 'CaseNumber')?.createable, false);
  assert.equal(byName('Opportunity').fields.find((f) => f.name === 'IsWon')?.updateable, false);
});

test('picklist defaults checked against the describe captures', () => {
  const values = (o: string, f: string) => byName(o).fields.find((x) => x.name === f)?.picklistValues;
  assert.deepEqual(values('Opportunity', 'StageName'), [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    'Proposal/Price Quote',
    'Negotiation/Review',
    'Closed Won',
    'Closed Lost',
  ]);
  assert.deepEqual(values('Case', 'Status'), ['New', 'Working', 'Escalated', 'Closed']);
  assert.deepEqual(values('Case', 'Origin'), ['Phone', 'Email', 'Web']);
  assert.deepEqual(values('Task', 'Status'), ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred']);
  assert.deepEqual(values('Task', 'Priority'), ['High', 'Normal', 'Low']);
  assert.deepEqual(values('CampaignMember', 'Status'), ['Sent', 'Responded']);
  assert.deepEqual(values('Account', 'Rating'), ['Hot', 'Warm', 'Cold']);
  assert.deepEqual(values('Contact', 'Salutation'), ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.']);
  const leadIndustry = byName('Lead').fields.find((f) => f.name === 'Industry')?.picklistValues ?? [];
  const accountIndustry = values('Account', 'Industry') ?? [];
  assert.deepEqual([...accountIndustry].sort(), [...leadIndustry].sort(), 'Lead and Account share the Industry values');
  assert.equal(accountIndustry.at(-1), 'Other', 'the Account describe lists Other last');
});

test('references name their targets and the known id prefixes', () => {
  for (const o of builtinObjects) {
    for (const f of o.fields.filter((x) => x.type === 'reference')) {
      assert.equal(f.length, 18, `${o.name}.${f.name}: an 18-character id`);
      for (const p of f.idPrefix ?? []) {
        const target = Object.entries(KEY_PREFIX).find(([, prefix]) => prefix === p)?.[0];
        assert.ok(target === undefined || f.referenceTo?.includes(target), `${o.name}.${f.name}: prefix ${p} of ${target} not in referenceTo`);
      }
    }
  }
  const task = byName('Task');
  assert.deepEqual(task.fields.find((f) => f.name === 'WhoId')?.idPrefix, ['003', '00Q']);
  assert.deepEqual(byName('Case').fields.find((f) => f.name === 'OwnerId')?.idPrefix, ['00G', '005']);
});

test('a broken object is reported with the path of the problem', () => {
  const contact = byName('Contact');
  const [first, ...rest] = contact.fields;
  assert.ok(first);
  const broken = { ...contact, keyPrefix: '03', fields: [first, { ...first, name: first.name.toUpperCase() }, ...rest] };
  const parsed = SObjectSchema.safeParse(broken);
  assert.equal(parsed.success, false);
  const paths = parsed.error?.issues.map((i) => formatPath(i.path)) ?? [];
  assert.ok(paths.includes('keyPrefix'), paths.join(', '));
  assert.ok(paths.includes('fields[1]'), paths.join(', '));
  const requiredNotCreateable = { ...contact, fields: [{ ...first, createable: false, requiredOnCreate: true }] };
  assert.equal(SObjectSchema.safeParse(requiredNotCreateable).success, false, 'LeadFieldSchema rules still apply');
});

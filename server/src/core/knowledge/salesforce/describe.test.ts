import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SObjectDescribeSchema, describeToObject, toFieldType } from './describe';
import { KnownObjectSchema } from '../schema';
import { builtinObject } from './objects';
import { repoPath } from '../../../../../test/support/paths';

const fixture: unknown = JSON.parse(readFileSync(repoPath('test', 'fixtures', 'describe', 'Lead.describe.json'), 'utf8'));

test('the fixture parses as a describe result (unknown keys allowed)', () => {
  const d = SObjectDescribeSchema.parse(fixture);
  assert.equal(d.name, 'Lead');
  assert.ok(d.fields.length > 10);
});

test('a describe converts to an object of the knowledge', () => {
  const object = describeToObject(SObjectDescribeSchema.parse(fixture));
  KnownObjectSchema.parse(object);
  assert.deepEqual([object.name, object.label, object.keyPrefix, object.source, object.docsUrl], ['Lead', 'Lead', '00Q', 'describe', undefined]);
  const fields = object.fields;
  const byName = new Map(fields.map((f) => [f.name, f]));

  assert.deepEqual(byName.get('Lead_Stage__c'), {
    name: 'Lead_Stage__c',
    label: 'Lead Stage',
    type: 'picklist',
    length: 255,
    requiredOnCreate: false,
    createable: true,
    updateable: true,
    nillable: true,
    defaulted: false,
    custom: true,
    externalId: false,
    unique: false,
    idLookup: false,
    picklistValues: ['Lead', 'MQL', 'SQL'],
    restrictedPicklist: true,
  });
  assert.equal(byName.get('LastName')?.requiredOnCreate, true);
  assert.equal(byName.get('Company')?.requiredOnCreate, true);
  assert.equal(byName.get('Status')?.requiredOnCreate, false, 'defaulted on create');
  assert.equal(byName.get('OwnerId')?.requiredOnCreate, false, 'defaulted on create');
  assert.equal(byName.get('HasOptedOutOfEmail')?.requiredOnCreate, false, 'boolean');
  assert.equal(byName.get('IsConverted')?.requiredOnCreate, false, 'boolean');
  assert.equal(byName.get('Id')?.requiredOnCreate, false, 'not createable');
  assert.equal(byName.get('Id')?.type, 'id');
  assert.equal(byName.get('CreatedDate')?.type, 'datetime');
  assert.equal(byName.get('Address')?.type, 'address');
  assert.deepEqual(byName.get('OwnerId')?.referenceTo, ['Group', 'User']);
  assert.equal(byName.get('EmailBouncedDate')?.createable, false);
  assert.equal(byName.get('EmailBouncedDate')?.updateable, true);
  assert.equal(byName.get('Email')?.idLookup, true);
  const required = fields.filter((f) => f.requiredOnCreate).map((f) => f.name).sort();
  assert.deepEqual(required, ['Company', 'LastName']);
});

test("a known object's describe keeps what a describe does not say: docs, notes, rules, field hints", () => {
  const lead = builtinObject('Lead')!;
  const object = describeToObject(SObjectDescribeSchema.parse(fixture), { ...lead, source: 'builtin' });
  assert.equal(object.docsUrl, lead.docsUrl);
  assert.equal(object.assignmentRules, true);
  assert.equal(object.fields.find((f) => f.name === 'Email')?.brazeValue, '{{${email_address} | json_escape}}');
  assert.deepEqual(object.fields.find((f) => f.name === 'OwnerId')?.idPrefix, ['005', '00G']);
  const member = builtinObject('CampaignMember')!;
  const described = { name: 'CampaignMember', keyPrefix: '00v', fields: member.fields.filter((f) => f.name !== 'ContactId').map(({ name, label, type, nillable, createable, updateable, defaulted }) => ({ name, label, type, nillable, createable, updateable, defaultedOnCreate: defaulted })) };
  const withoutContact = describeToObject(SObjectDescribeSchema.parse(described), { ...member, source: 'builtin' });
  assert.equal(withoutContact.requiredOneOf, undefined, 'a rule on a field the org does not have is dropped');
});

test('a custom object: no docs page; without keyPrefix none', () => {
  const custom = describeToObject(SObjectDescribeSchema.parse({ name: 'Thing__c', label: 'Thing', keyPrefix: null, fields: [{ name: 'Id', label: 'Record ID', type: 'id', nillable: false, createable: false, updateable: false }] }));
  assert.deepEqual([custom.name, custom.keyPrefix, custom.docsUrl, custom.source], ['Thing__c', undefined, undefined, 'describe']);
  assert.ok(KnownObjectSchema.safeParse(custom).success);
});

test('describe type names map to field types', () => {
  assert.equal(toFieldType('dateTime'), 'datetime');
  assert.equal(toFieldType('ID'), 'id');
  assert.equal(toFieldType('anyType'), 'other');
  assert.equal(toFieldType('complexvalue'), 'other');
});

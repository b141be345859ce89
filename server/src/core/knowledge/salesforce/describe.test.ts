import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SObjectDescribeSchema, describeToLeadFields, toLeadFieldType } from './describe';
import { LeadFieldSchema } from '../schema';
import { repoPath } from '../../../../../test/support/paths';

const fixture: unknown = JSON.parse(readFileSync(repoPath('test', 'fixtures', 'describe', 'Lead.describe.json'), 'utf8'));

test('the fixture parses as a describe result (unknown keys allowed)', () => {
  const d = SObjectDescribeSchema.parse(fixture);
  assert.equal(d.name, 'Lead');
  assert.ok(d.fields.length > 10);
});

test('describe fields convert to LeadFields', () => {
  const fields = describeToLeadFields(SObjectDescribeSchema.parse(fixture));
  for (const f of fields) LeadFieldSchema.parse(f);
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
  const required = fields.filter((f) => f.requiredOnCreate).map((f) => f.name).sort();
  assert.deepEqual(required, ['Company', 'LastName']);
});

test('describe type names map to LeadField types', () => {
  assert.equal(toLeadFieldType('dateTime'), 'datetime');
  assert.equal(toLeadFieldType('ID'), 'id');
  assert.equal(toLeadFieldType('anyType'), 'other');
  assert.equal(toLeadFieldType('complexvalue'), 'other');
});

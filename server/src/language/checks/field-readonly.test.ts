import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldReadonly } from './field-readonly';
import { CREATE, UPDATE, body } from '../../../../test/support/lead-test-fixtures';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

test('read-only fields on create: error naming them, fix removes the member', () => {
  const text = CREATE + body([['Id', '"00Q000000000001"'], ['LastName', '"a"'], ['Company', '"b"'], ['createddate', '"2024-01-01"']]);
  const found = runCheck(fieldReadonly, text);
  assert.deepEqual(found.map((o) => o.slice), ['"Id"', '"createddate"']);
  assert.match(found[0].message, /"Id" is read-only: no request can set it \(Goes in the URL of a PATCH, never in the body\); Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it/);
  assert.equal(applyFix(text, found[0].fixes![0]), CREATE + body([['LastName', '"a"'], ['Company', '"b"'], ['createddate', '"2024-01-01"']]));
  assert.equal(applyFix(text, found[1].fixes![0]), CREATE + body([['Id', '"00Q000000000001"'], ['LastName', '"a"'], ['Company', '"b"']]));
});

test('update-only on create, create-only on update', () => {
  let found = runCheck(fieldReadonly, CREATE + body([['LastName', '"a"'], ['EmailBouncedDate', '"2024-01-01T00:00:00Z"']]));
  assert.deepEqual(found.map((o) => o.slice), ['"EmailBouncedDate"']);
  assert.match(found[0].message, /only when updating a Lead \(PATCH\)/);
  const text = UPDATE + body([['IsConverted', 'true']]);
  found = runCheck(fieldReadonly, text);
  assert.deepEqual(found.map((o) => o.slice), ['"IsConverted"']);
  assert.match(found[0].message, /"IsConverted" can be set only when creating a Lead \(POST\), not on update/);
  assert.equal(applyFix(text, found[0].fixes![0]), UPDATE + '{\n  \n}');
});

test('no offense: writable fields, EmailBouncedDate on update, non-Lead bodies', () => {
  assert.deepEqual(runCheck(fieldReadonly, UPDATE + body([['EmailBouncedDate', '"2024-01-01T00:00:00Z"'], ['Lead_Stage__c', '"MQL"'], ['Status', '"Working - Contacted"']])), []);
  assert.deepEqual(runCheck(fieldReadonly, 'POST https://x.com/hook\n\n' + body([['Id', '"x"']])), []);
});

test('does not throw on partial trees', () => {
  for (const t of ['', CREATE + '{"Id"', CREATE + '{"Id": }', UPDATE + '{"Id": 1']) assert.doesNotThrow(() => runCheck(fieldReadonly, t));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldCase } from './field-case';
import { CREATE, UPDATE, body } from '../../../../test/support/lead-test-fixtures';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

test('camelCase keys: a hint each, fix writes the API name', () => {
  const text = CREATE + body([['firstName', '"a"'], ['lastName', '"b"'], ['email', '"c"'], ['company', '"d"'], ['Email', '"e"']]);
  const found = runCheck(fieldCase, text);
  assert.equal(fieldCase.meta.severity, 'hint');
  assert.deepEqual(found.map((o) => o.slice), ['"firstName"', '"lastName"', '"email"', '"company"']);
  assert.match(found[0].message, /"firstName" matches the Lead field FirstName only in letter case: Salesforce accepts it; write "FirstName"/);
  assert.equal(applyFix(text, found[0].fixes![0]), text.replace('"firstName"', '"FirstName"'));
  assert.equal(applyFix(text, found[3].fixes![0]), text.replace('"company"', '"Company"'));
});

test('no offense: exact names, translated keys, other requests', () => {
  assert.deepEqual(runCheck(fieldCase, UPDATE + body([['LastName', '"a"'], ['apellido', '"b"']])), []);
  assert.deepEqual(runCheck(fieldCase, 'POST https://x.com/hook\n\n' + body([['firstName', '"a"']])), []);
});

test('does not throw on partial trees', () => {
  for (const t of ['', CREATE + '{', CREATE + '{"firstName": ']) assert.doesNotThrow(() => runCheck(fieldCase, t));
});

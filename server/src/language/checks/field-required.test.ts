import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldRequired } from './field-required';
import { placeholder } from './placeholder';
import { CREATE, UPDATE, body } from '../../../../test/support/lead-test-fixtures';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

test('a create without LastName and Company: error, fix adds both with commas', () => {
  const text = CREATE + body([['FirstName', '"{{${first_name} | json_escape}}"']]);
  const found = runCheck(fieldRequired, text);
  assert.deepEqual(found.map((o) => o.slice), ['{']);
  assert.match(found[0].message, /Creating a Lead needs LastName and Company: the body has no "LastName" or "Company" key/);
  assert.equal(
    applyFix(text, found[0].fixes![0]),
    CREATE + '{\n  "FirstName": "{{${first_name} | json_escape}}",\n  "LastName": "{{${last_name} | json_escape}}",\n  "Company": "[insert_company]"\n}',
  );
});

test('only Company missing; one-line body; empty body', () => {
  const one = CREATE + '{"lastname": "x"}';
  let found = runCheck(fieldRequired, one);
  assert.match(found[0].message, /needs Company/);
  assert.equal(applyFix(one, found[0].fixes![0]), CREATE + '{"lastname": "x", "Company": "[insert_company]"}');

  const empty = CREATE + '{}';
  found = runCheck(fieldRequired, empty);
  assert.equal(applyFix(empty, found[0].fixes![0]), CREATE + '{ "LastName": "{{${last_name} | json_escape}}", "Company": "[insert_company]" }');

  const emptyMulti = CREATE + '{\n}';
  found = runCheck(fieldRequired, emptyMulti);
  assert.equal(applyFix(emptyMulti, found[0].fixes![0]), CREATE + '{\n  "LastName": "{{${last_name} | json_escape}}",\n  "Company": "[insert_company]"\n}');
});

test('the added field is no longer missing nor empty: a required text field gets a placeholder to fill in', () => {
  const text = CREATE + '{"LastName": "x"}';
  const fixed = applyFix(text, runCheck(fieldRequired, text)[0].fixes![0]);
  assert.deepEqual(runCheck(fieldRequired, fixed), []);
  assert.deepEqual(runCheck(placeholder, fixed).map((o) => o.slice), ['[insert_company]']);
});

test('a key after an {% endif %}: the members go after the tag', () => {
  const text = CREATE + '{\n  "LastName": "x"{% if a %},\n  "Title": "y"{% endif %}\n}';
  const found = runCheck(fieldRequired, text);
  assert.equal(applyFix(text, found[0].fixes![0]), CREATE + '{\n  "LastName": "x"{% if a %},\n  "Title": "y"{% endif %},\n  "Company": "[insert_company]"\n}');
});

test('no offense: any letter case, keys inside {% if %}, translated keys (left to field-unknown), updates, unknown objects', () => {
  assert.deepEqual(runCheck(fieldRequired, CREATE + body([['LASTNAME', '"a"'], ['company', '"b"']])), []);
  assert.deepEqual(runCheck(fieldRequired, CREATE + '{\n  {% if x %}"LastName": "a",{% else %}"LastName": "b",{% endif %}\n  "Company": "b"\n}'), []);
  assert.deepEqual(runCheck(fieldRequired, CREATE + body([['apellido', '"a"'], ['empresa', '"b"']])), []);
  assert.deepEqual(runCheck(fieldRequired, UPDATE + body([['Lead_Stage__c', '"MQL"']])), []);
  assert.deepEqual(runCheck(fieldRequired, 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Subscription__c/\n\n{}'), []);
});

test('does not throw on partial trees', () => {
  for (const t of ['', CREATE, CREATE + '{', CREATE + '{"a": 1', CREATE + '[]']) assert.doesNotThrow(() => runCheck(fieldRequired, t));
});

test('present but empty for some users: "", a key only inside an if', () => {
  const [check, run, create] = [fieldRequired, runCheck, CREATE];
  const empty = run(check, create + '{ "LastName": "x", "Company": "" }');
  assert.equal(empty.length, 1);
  assert.match(empty[0].message, /Company is required and "" is empty/);
  const branch = run(check, create + '{ {% if ${last_name} != blank %}"LastName": "{{${last_name} | default: \'x\'}}",{% endif %} "Company": "Acme" }');
  assert.equal(branch.length, 1);
  assert.match(branch[0].message, /LastName is required but only written inside a branch: when `\{% if \$\{last_name\} != blank %\}` does not hold the body has no "LastName"/);
});

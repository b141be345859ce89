import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldMayBeEmpty } from './field-may-be-empty';
import { CREATE, UPDATE } from '../../../../test/support/lead-test-fixtures';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

test('a required field from an output without a default: a hint with the default fix', () => {
  const text = CREATE + '{ "LastName": "{{${last_name}}}", "Company": "Acme" }';
  const blank = runCheck(fieldMayBeEmpty, text);
  assert.equal(blank.length, 1);
  assert.equal(applyFix(text, blank[0].fixes![0]), text.replace('{{${last_name}}}', "{{${last_name} | default: 'Unknown'}}"));
});

test('must not fire: a default, literal text around the output, an update, a field that is not required', () => {
  for (const text of [
    CREATE + '{ "LastName": "{{${last_name} | default: \'Unknown\'}}", "Company": "Acme" }',
    CREATE + '{ "LastName": "Mr {{${last_name}}}", "Company": "Acme" }',
    UPDATE + '{ "LastName": "{{${last_name}}}" }',
    CREATE + '{ "LastName": "x", "Company": "Acme", "Title": "{{${title}}}" }',
  ]) assert.deepEqual(runCheck(fieldMayBeEmpty, text), [], text);
});

test('a guard makes the output non-empty: if value != blank / if value / unless value == blank, also with and; not with or, nor a guard on another value', () => {
  const body = (open: string) => CREATE + `{ {% ${open} %}"LastName": "{{\${last_name}}}"{% else %}"LastName": "Unknown"{% endif %}, "Company": "Acme" }`;
  for (const open of ['if ${last_name} != blank', 'if ${last_name}', "if ${last_name} != ''", 'if ${email_address} != blank and ${last_name} != empty']) {
    assert.deepEqual(runCheck(fieldMayBeEmpty, body(open)), [], open);
  }
  const unless = CREATE + '{ {% unless ${last_name} == blank %}"LastName": "{{${last_name}}}"{% else %}"LastName": "Unknown"{% endunless %}, "Company": "Acme" }';
  assert.deepEqual(runCheck(fieldMayBeEmpty, unless), []);
  for (const open of ['if ${last_name} != blank or ${email_address} != blank', 'if ${first_name} != blank', 'if ${last_name} == blank']) {
    assert.equal(runCheck(fieldMayBeEmpty, body(open)).length, 1, open);
  }
});

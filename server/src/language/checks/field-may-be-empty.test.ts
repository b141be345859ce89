import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldMayBeEmpty } from './field-may-be-empty';
import { CREATE, UPDATE } from '../../../../test/support/lead-test-fixtures';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

test('a required field from an output without a default: a hint with the default fix', () => {
  const [check, run, apply, create] = [fieldMayBeEmpty, runCheck, applyFix, CREATE];
  const text = create + '{ "LastName": "{{${last_name}}}", "Company": "Acme" }';
  const blank = run(check, text);
  assert.equal(blank.length, 1);
    assert.equal(apply(text, blank[0].fixes![0]), text.replace('{{${last_name}}}', "{{${last_name} | default: 'Unknown'}}"));
});

test('must not fire: a default, literal text around the output, an update, a field that is not required', () => {
  for (const text of [
    CREATE + '{ "LastName": "{{${last_name} | default: \'Unknown\'}}", "Company": "Acme" }',
    CREATE + '{ "LastName": "Mr {{${last_name}}}", "Company": "Acme" }',
    UPDATE + '{ "LastName": "{{${last_name}}}" }',
    CREATE + '{ "LastName": "x", "Company": "Acme", "Title": "{{${title}}}" }',
  ]) assert.deepEqual(runCheck(fieldMayBeEmpty, text), [], text);
});

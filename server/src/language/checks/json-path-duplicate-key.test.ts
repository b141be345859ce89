import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonPathDuplicateKey } from './json-path-duplicate-key';
import { CREATE } from '../../../../test/support/lead-test-fixtures';
import { runCheck } from '../../../../test/support/check-test-helper';

test('a key written in a branch and again after it', () => {
  const text = CREATE + '{\n  {% if ${country} == "US" %}"LeadSource": "Web",{% endif %}\n  "LeadSource": "Other",\n  "LastName": "x"\n}';
  const found = runCheck(jsonPathDuplicateKey, text);
  assert.equal(found.length, 1);
  assert.equal(found[0].slice, '"LeadSource"');
  assert.match(found[0].message, /appears twice/);
});

test('must not fire: the same key in if and else', () => {
  const text = CREATE + '{\n  {% if ${country} == "US" %}"LeadSource": "Web"{% else %}"LeadSource": "Other"{% endif %},\n  "LastName": "x"\n}';
  assert.deepEqual(runCheck(jsonPathDuplicateKey, text), []);
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readTestUserFiles } from './test-user-files';
import { repoPath } from '../../../test/support/paths';

const JANE = readFileSync(repoPath('test', 'workspace', '.braze', 'test-users', 'jane.json'), 'utf8');

test('the sample workspace user validates', () => {
  const { choices, errors } = readTestUserFiles([{ name: 'jane.json', text: JANE }]);
  assert.deepEqual(errors, []);
  assert.equal(choices.length, 1);
  assert.equal(choices[0].label, 'jane-doe-001');
  assert.equal(choices[0].description, 'Jane Doe · jane.doe@example.com');
});

test('exports give one choice per user; invalid files name the file and the field', () => {
  const { choices, errors } = readTestUserFiles([
    { name: 'b.json', text: JSON.stringify({ users: [{ external_id: 'u1' }, { email: 'two@example.com' }] }) },
    { name: 'a.json', text: JSON.stringify({ external_id: 'x', first_name: 42 }) },
    { name: 'c.json', text: '{ "external_id": ' },
  ]);
  assert.deepEqual(choices.map((c) => [c.file, c.index, c.label]), [['b.json', 0, 'u1'], ['b.json', 1, 'two@example.com']]);
  assert.equal(errors.length, 2);
  assert.equal(errors[0].file, 'a.json');
  assert.match(errors[0].message, /^a\.json: first_name: /);
  assert.match(errors[1].message, /^c\.json: not valid JSON/);
});

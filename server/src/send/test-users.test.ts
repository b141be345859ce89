import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SAMPLE_TEST_USER, TestUserSchema, buildScope, loadTestUsers } from './test-users';

test('one export object is one user', () => {
  const r = loadTestUsers(JSON.stringify({ external_id: 'u1', first_name: 'Ana', custom_attributes: { company: 'Acme' } }), 'user.json');
  assert.ok('users' in r);
  assert.equal(r.users.length, 1);
  assert.equal(r.users[0].external_id, 'u1');
});

test('the export answer {"users": [...]} offers each user; context beside users applies to all, a user\'s own wins', () => {
  const r = loadTestUsers(JSON.stringify({ users: [{ external_id: 'a', event_properties: { plan: 'own' } }, { external_id: 'b' }], event_properties: { plan: 'shared', x: 1 }, message: 'success' }), 'export.json');
  assert.ok('users' in r);
  assert.deepEqual(r.users.map((u) => u.external_id), ['a', 'b']);
  assert.deepEqual(r.users[0].event_properties, { plan: 'own', x: 1 });
  assert.deepEqual(r.users[1].event_properties, { plan: 'shared', x: 1 });
});

test('errors name the file and the field path', () => {
  const bad = loadTestUsers(JSON.stringify({ users: [{ external_id: 'a' }, { first_name: 42 }] }), 'export.json');
  assert.ok('error' in bad);
  assert.match(bad.error, /^export\.json: users\[1\]\.first_name: /);
  const ca = loadTestUsers(JSON.stringify({ custom_attributes: [1, 2] }), 'u.json');
  assert.ok('error' in ca);
  assert.match(ca.error, /^u\.json: custom_attributes: /);
  const json = loadTestUsers('{\n  "first_name": "Ana",\n  oops\n}', 'u.json');
  assert.ok('error' in json);
  assert.match(json.error, /^u\.json: not valid JSON: .*\(line 3, column 3\)/);
  const arr = loadTestUsers('[]', 'u.json');
  assert.ok('error' in arr);
  assert.match(arr.error, /found an array/);
  const empty = loadTestUsers('{"users": []}', 'u.json');
  assert.ok('error' in empty);
  assert.match(empty.error, /users: the export holds no user/);
});

test('the sample user is valid and maps Liquid names to export fields', () => {
  assert.ok(TestUserSchema.safeParse(SAMPLE_TEST_USER).success);
  const scope = buildScope(SAMPLE_TEST_USER);
  assert.equal(scope.__user_id_, SAMPLE_TEST_USER.external_id);
  assert.equal(scope.__email_address_, SAMPLE_TEST_USER.email);
  assert.equal(scope.__city_, SAMPLE_TEST_USER.home_city);
  assert.equal(scope.__date_of_birth_, SAMPLE_TEST_USER.dob);
  assert.equal(scope.__phone_number_, SAMPLE_TEST_USER.phone);
  assert.equal((scope.custom_attribute as Record<string, unknown>).__company_, 'Acme Ibérica');
  assert.deepEqual(scope.context, scope.canvas_entry_properties);
});

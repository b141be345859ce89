import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillPlaceholders, findPlaceholders, isSecretPlaceholder, placeholderEnvName, placeholderName, placeholderNames, placeholdersFromEnv } from './placeholders';

test('a placeholder is [insert_ up to "]", in any case; its name folds case and non-word characters', () => {
  assert.deepEqual(
    findPlaceholders('x [INSERT_CLIENT_ID] y [insert_client-id] [insert_instance_name] [insert client] [other]', 10).map((p) => [p.start, p.text, p.name]),
    [[12, '[INSERT_CLIENT_ID]', 'insert_client_id'], [33, '[insert_client-id]', 'insert_client_id'], [52, '[insert_instance_name]', 'insert_instance_name']],
  );
  assert.equal(placeholderName('insert_Client.Id'), 'insert_client_id');
  assert.deepEqual(placeholderNames(['[insert_a] [INSERT_A]', '[insert_b]']), ['insert_a', 'insert_b']);
});

test('secret placeholders: secret, password, token, key, credential in the name, or named by the caller', () => {
  for (const p of ['[insert_client_secret]', '[INSERT_API_KEY]', '[insert_password]', '[insert_access-token]', '[insert_credential_name]']) assert.ok(isSecretPlaceholder(p), p);
  for (const p of ['[insert_instance_name]', '[insert_client_id]']) assert.ok(!isSecretPlaceholder(p), p);
  assert.ok(isSecretPlaceholder('[insert_client_id]', ['insert_client_id']));
});

test('every spelling of a placeholder takes its value; the environment variable is the folded name in capitals', () => {
  const filled = fillPlaceholders('a=[INSERT_CLIENT_ID]&b=[insert_client-id]&c=[insert_x]', { '[insert_client_id]': 'cid' });
  assert.equal(filled.text, 'a=cid&b=cid&c=[insert_x]');
  assert.deepEqual(filled.missing, ['[insert_x]']);
  assert.equal(placeholderEnvName('[insert_client-id]'), 'BRAZE_WEBHOOK_INSERT_CLIENT_ID');
  assert.deepEqual(placeholdersFromEnv({ BRAZE_WEBHOOK_INSERT_CLIENT_ID: 'cid', OTHER: 'x' }), { insert_client_id: 'cid' });
});

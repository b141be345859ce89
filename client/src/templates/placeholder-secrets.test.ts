import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeholderOccurrences, placeholderSecretKey } from './placeholder-secrets';

test('secrets are kept per workspace folder and placeholder', () => {
  assert.notEqual(placeholderSecretKey('file:///a', '[insert_client_secret]'), placeholderSecretKey('file:///b', '[insert_client_secret]'));
  assert.notEqual(placeholderSecretKey('file:///a', '[insert_client_secret]'), placeholderSecretKey('file:///a', '[insert_client_id]'));
  assert.equal(placeholderSecretKey(undefined, '[x]'), 'brazeWebhooks.placeholder:no-folder:[x]');
});

test('every occurrence of a placeholder is found, none overlapping', () => {
  const text = 'https://[insert_instance_name].my.salesforce.com/x https://[insert_instance_name].my.salesforce.com/y';
  assert.deepEqual(placeholderOccurrences(text, '[insert_instance_name]'), [[8, 30], [59, 81]]);
  assert.deepEqual(placeholderOccurrences(text, '[insert_client_id]'), []);
});

test('one placeholder however it is spelt: letter case and non-word characters fold into one key and one set of occurrences', () => {
  const key = placeholderSecretKey('file:///a', '[insert_client_id]');
  assert.equal(placeholderSecretKey('file:///a', '[INSERT_CLIENT_ID]'), key);
  assert.equal(placeholderSecretKey('file:///a', '[insert_client-id]'), key);
  assert.equal(placeholderSecretKey('file:///a', 'insert_client_id'), key);
  const text = 'a=[INSERT_CLIENT_ID]&b=[insert_client-id]&c=[insert_client_secret]';
  assert.deepEqual(placeholderOccurrences(text, '[insert_client_id]'), [[2, 20], [23, 41]]);
});

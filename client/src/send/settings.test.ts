import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSendSettings } from './settings';

const from = (values: Record<string, unknown>) => readSendSettings((k) => values[k]);

test('defaults', () => {
  const s = from({});
  assert.equal(s.timeoutMs, 30_000);
  assert.equal(s.confirmProduction, true);
  assert.equal(s.testUsersFolder, '.braze/test-users');
  assert.equal(s.leadDescribePath, '.salesforce/Lead.describe.json');
  assert.equal(s.instanceUrlOverride, undefined);
  assert.deepEqual(s.problems, []);
});

test('values read, the override without its trailing slash', () => {
  const s = from({ 'send.timeoutMs': 5000, 'send.confirmProduction': false, testUsersFolder: 'users', instanceUrlOverride: 'http://127.0.0.1:5555/' });
  assert.equal(s.timeoutMs, 5000);
  assert.equal(s.confirmProduction, false);
  assert.equal(s.testUsersFolder, 'users');
  assert.equal(s.instanceUrlOverride, 'http://127.0.0.1:5555');
});

test('a bad override stops the send rather than being ignored (it would reach the real org)', () => {
  for (const bad of ['127.0.0.1:5555', 'ftp://x', 'http://u:p@127.0.0.1', 'http://127.0.0.1/?a=b']) {
    const s = from({ instanceUrlOverride: bad });
    assert.equal(s.instanceUrlOverride, undefined, bad);
    assert.equal(s.problems.length, 1, bad);
    assert.ok(!s.problems[0].includes('u:p'), 'credentials are not echoed');
  }
  assert.equal(from({ 'send.timeoutMs': -1 }).problems.length, 1);
});

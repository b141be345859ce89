import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import type { ResultModel } from '../send/result-model';
import { historyEntry, STORED_BODY_MAX, type HistoryEntry } from './entry';
import { capped, HISTORY_FILE, HistoryStore, type StoreFs, type StoreProblem } from './store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'send-history-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The local disk, as the extension's workspace.fs adapter behaves. */
const disk = (d: string): StoreFs => ({
  readFile: (name) => readFile(join(d, name), 'utf8'),
  writeFile: (name, text) => writeFile(join(d, name), text),
  rename: (from, to) => rename(join(d, from), join(d, to)),
  mkdir: async () => void (await mkdir(d, { recursive: true })),
});

function model(i: number, body = '{"id":"00Q000000000001AAA"}'): ResultModel {
  return {
    id: `id-${i}`,
    kind: 'send',
    outcome: 'answer',
    ok: true,
    title: `201 Created: send ${i}`,
    file: 'create-lead.webhook',
    user: 'jane-doe-001',
    startedAt: new Date(Date.UTC(2026, 11, 2, 10, 0, i)).toISOString(),
    status: 201,
    durationMs: 12,
    request: { method: 'POST', url: 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', headers: [{ name: 'Authorization', value: 'Bearer ********' }], body: '{"LastName":"Doe"}', sent: true },
    response: { headers: [], body, json: true, truncated: false },
    calls: [],
    hosts: ['acme.my.salesforce.com'],
    notes: [],
    warnings: [],
    droppedFromCache: 0,
  };
}
const entry = (i: number, body?: string): HistoryEntry => historyEntry(model(i, body), 'file:///w/create-lead.webhook', { external_id: 'jane-doe-001' });
const ids = (entries: readonly HistoryEntry[]) => entries.map((e) => e.id);

test('entries are kept newest first, across store objects (a restart), at most maxEntries: the oldest go first', async () => {
  const store = new HistoryStore(disk(dir), { limits: { maxEntries: 3 } });
  for (let i = 1; i <= 5; i++) await store.add(entry(i));
  assert.deepEqual(ids(await store.list()), ['id-5', 'id-4', 'id-3']);
  const again = new HistoryStore(disk(dir), { limits: { maxEntries: 3 } });
  assert.deepEqual(ids(await again.list()), ['id-5', 'id-4', 'id-3']);
  assert.equal((await again.get('id-4'))?.model.title, '201 Created: send 4');
  assert.equal(await again.clear(), 3);
  assert.deepEqual(await again.list(), []);
});

test('the byte cap drops the oldest first and always keeps the newest', () => {
  const big = (i: number) => entry(i, 'x'.repeat(10_000));
  assert.deepEqual(ids(capped([big(3), big(2), big(1)], { maxEntries: 10, maxBytes: 25_000 })), ['id-3', 'id-2']);
  assert.deepEqual(ids(capped([big(3), big(2)], { maxEntries: 10, maxBytes: 10 })), ['id-3']);
});

test('long bodies are cut in the history', () => {
  const e = entry(1, 'y'.repeat(STORED_BODY_MAX + 10));
  assert.equal(e.model.response?.body.length, STORED_BODY_MAX + 2);
  assert.equal(e.model.response?.truncated, true);
});

test('adds at the same time are all kept', async () => {
  const store = new HistoryStore(disk(dir));
  await Promise.all([1, 2, 3, 4, 5, 6].map((i) => store.add(entry(i))));
  assert.deepEqual(ids(await store.list()).sort(), ['id-1', 'id-2', 'id-3', 'id-4', 'id-5', 'id-6']);
});

for (const [what, text, reason] of [
  ['not JSON', '{"version": 1, "entries": [', /^it is not JSON/],
  ['not a history', '{"version": 1, "entries": [{"id": 7}]}', /^it does not hold a send history \(entries\.0\.id/],
  ['another version', '{"version": 2, "entries": []}', /^it does not hold a send history \(version/],
] as const) {
  test(`a file that is ${what} is set aside with a timestamp (never deleted), and a new history starts`, async () => {
    writeFileSync(join(dir, HISTORY_FILE), text);
    const problems: StoreProblem[] = [];
    const store = new HistoryStore(disk(dir), { now: () => new Date('2026-12-02T10:11:12.345Z'), onProblem: (p) => problems.push(p) });
    assert.deepEqual(await store.list(), []);
    assert.equal(problems.length, 1);
    const p = problems[0];
    assert.ok(p.kind === 'set-aside');
    assert.match(p.reason, reason);
    assert.equal(p.setAsideAs, 'send-history.corrupt-2026-12-02T10-11-12-345Z.json');
    assert.equal(readFileSync(join(dir, p.setAsideAs), 'utf8'), text, 'the old file is kept as it was');
    await store.add(entry(1));
    assert.deepEqual(ids(await new HistoryStore(disk(dir)).list()), ['id-1']);
    assert.equal(problems.length, 1, 'said once');
  });
}

test('a file that can be neither read nor set aside is never written; no call rejects', async () => {
  const writes: string[] = [];
  const locked: StoreFs = {
    readFile: () => Promise.reject(Object.assign(new Error('permission denied'), { code: 'EACCES' })),
    writeFile: async (name) => void writes.push(name),
    rename: () => Promise.reject(Object.assign(new Error('permission denied'), { code: 'EACCES' })),
    mkdir: async () => undefined,
  };
  const problems: StoreProblem[] = [];
  const store = new HistoryStore(locked, { onProblem: (p) => problems.push(p) });
  await store.add(entry(1));
  await store.add(entry(2));
  assert.deepEqual(await store.list(), []);
  assert.equal(await store.clear(), 0);
  assert.deepEqual(writes, []);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].kind, 'unusable');
  assert.match(problems[0].reason, /^it cannot be read \(EACCES: permission denied\), and it cannot be set aside/);
});

test('a write that fails is reported and leaves the file as it was', async () => {
  const store = new HistoryStore(disk(dir));
  await store.add(entry(1));
  const problems: StoreProblem[] = [];
  const full: StoreFs = { ...disk(dir), writeFile: () => Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })) };
  await new HistoryStore(full, { onProblem: (p) => problems.push(p) }).add(entry(2));
  assert.deepEqual(problems.map((p) => p.kind), ['not-written']);
  assert.deepEqual(ids(await store.list()), ['id-1']);
  assert.deepEqual(readdirSync(dir), [HISTORY_FILE], 'no partial file left behind by a good write');
});

// Settings and workspace files, from clients that answer configuration requests, push settings, or neither.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { repoPath } from '../support/paths';
import { fullClientCapabilities, initializedServer, minimalClientCapabilities, open, positionOf, type ServerUnderTest } from './lsp-client';
import { KOREAN } from './texts';

const servers: ServerUnderTest[] = [];
const folders: string[] = [];
after(async () => {
  for (const s of servers) await s.stop();
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

async function server(capabilities: object, answers: Record<string, (params: unknown) => unknown> = {}, rootUri?: string) {
  const started = await initializedServer(capabilities, { answers, rootUri });
  servers.push(started.server);
  return started.server;
}

const severityOf = (diagnostics: { code?: string; severity?: number }[], code: string) => diagnostics.find((d) => d.code === code)?.severity;

test('a client that never answers workspace/configuration: after the time limit, diagnostics and hovers come with the defaults', async () => {
  const s = await server({ ...minimalClientCapabilities, workspace: { configuration: true } }, { 'workspace/configuration': () => new Promise(() => undefined) });
  const started = Date.now();
  const uri = 'file:///unanswered.webhook';
  const published = await open(s, uri, KOREAN);
  assert.equal(severityOf(published.diagnostics, 'json-escape'), 3, 'the default severity');
  const hover = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(KOREAN, KOREAN.indexOf('"LastName"') + 2) });
  assert.ok(hover, 'a hover');
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  assert.ok(s.received.some((r) => r.method === 'workspace/configuration'), 'it was asked');
});

test('settings pushed with workspace/didChangeConfiguration are honoured (Neovim 0.7, ALE)', async () => {
  const s = await server(minimalClientCapabilities);
  const uri = 'file:///pushed.webhook';
  assert.equal(severityOf((await open(s, uri, KOREAN)).diagnostics, 'json-escape'), 3);
  const next = s.nextDiagnostics(uri);
  await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: { brazeWebhooks: { checks: { 'json-escape': 'error' } } } });
  assert.equal(severityOf((await next).diagnostics, 'json-escape'), 1);
});

test('a notice is a window/showMessage notification, never a request that waits for a choice', async () => {
  const s = await server({ ...minimalClientCapabilities, workspace: { configuration: true } }, { 'workspace/configuration': () => [{ checks: { 'json-escape': 'loud' } }] });
  await open(s, 'file:///notice.webhook', KOREAN);
  const shown = s.received.filter((r) => r.method === 'window/showMessage').map((r) => r.params as { type: number; message: string });
  assert.deepEqual(shown.map((m) => m.type), [2]);
  assert.match(shown[0].message, /brazeWebhooks\.checks\.json-escape/);
  assert.ok(!s.received.some((r) => r.method === 'window/showMessageRequest'));
});

test('describe files are watched through dynamic registration, and read again when they change', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'lsp-watch-'));
  folders.push(folder);
  mkdirSync(join(folder, '.salesforce'));
  const describePath = join(folder, '.salesforce', 'Lead.describe.json');
  const describe = JSON.parse(readFileSync(repoPath('test', 'fixtures', 'describe', 'Lead.describe.json'), 'utf8')) as { fields: { name: string }[] };
  writeFileSync(describePath, JSON.stringify(describe));
  const s = await server(fullClientCapabilities, { 'workspace/configuration': () => [null], 'client/registerCapability': () => null }, pathToFileURL(folder).href);
  const uri = 'file:///watched.webhook';
  const text = KOREAN.replace('"LastName"', '""');
  await open(s, uri, text);
  const registrations = s.received.filter((r) => r.method === 'client/registerCapability').flatMap((r) => (r.params as { registrations: { method: string; registerOptions: unknown }[] }).registrations);
  assert.deepEqual(registrations.map((r) => [r.method, r.registerOptions]), [['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/*.describe.json' }] }]]);
  const at = positionOf(text, text.indexOf('""') + 1);
  const labels = async () => ((await s.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: at })) as { items: { label: string }[] }).items.map((i) => i.label);
  assert.ok(!(await labels()).includes('Score__c'));
  writeFileSync(describePath, JSON.stringify({ ...describe, fields: [...describe.fields, { ...describe.fields.find((f) => f.name === 'Company'), name: 'Score__c', label: 'Score', custom: true }] }));
  const revalidated = s.nextDiagnostics(uri);
  await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(describePath).href, type: 2 }] });
  await revalidated;
  assert.ok((await labels()).includes('Score__c'));
});

test("a custom object's describe file added to .salesforce/ is read when the client reports it; a broken one is a notice", async () => {
  const folder = mkdtempSync(join(tmpdir(), 'lsp-objects-'));
  folders.push(folder);
  mkdirSync(join(folder, '.salesforce'));
  const s = await server(fullClientCapabilities, { 'workspace/configuration': () => [null], 'client/registerCapability': () => null }, pathToFileURL(folder).href);
  const uri = 'file:///subscription.webhook';
  const text = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Subscription__c/\nContent-Type: application/json\n\n{"Plan__c": "Gold"}\n';
  const codes = (d: { diagnostics: { code?: string }[] }) => d.diagnostics.map((x) => x.code).filter((c) => c === 'sobject-unknown' || c === 'field-value');
  assert.deepEqual(codes(await open(s, uri, text)), ['sobject-unknown'], 'unknown before its describe');
  const added = join(folder, '.salesforce', 'Subscription__c.describe.json');
  writeFileSync(added, readFileSync(repoPath('test', 'fixtures', 'describe', 'Subscription__c.describe.json'), 'utf8'));
  let next = s.nextDiagnostics(uri);
  await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(added).href, type: 1 }] });
  assert.deepEqual(codes(await next), ['field-value'], 'its restricted picklist refuses Gold');
  const broken = join(folder, '.salesforce', 'Task.describe.json');
  writeFileSync(broken, '{"name": "Task"}');
  next = s.nextDiagnostics(uri);
  await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(broken).href, type: 1 }] });
  await next;
  const notices = s.received.filter((r) => r.method === 'window/showMessage').map((r) => (r.params as { message: string }).message);
  assert.ok(notices.some((m) => /^Braze Webhooks: \.salesforce\/Task\.describe\.json: is not a describe result at fields: .*; using the built-in Task fields\.$/.test(m)), notices.join('\n'));
});

test('a client without dynamic registration is asked to register nothing', async () => {
  const s = await server(minimalClientCapabilities, { 'client/registerCapability': () => null });
  await open(s, 'file:///static.webhook', KOREAN);
  assert.ok(!s.received.some((r) => r.method === 'client/registerCapability'));
});

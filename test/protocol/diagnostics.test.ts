import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { minimalClientCapabilities, startServer, type ServerUnderTest } from './lsp-client';
import { repoPath } from '../support/paths';

/** The Create Lead example with its placeholders filled: it has hints and information, no error. */
const example = readFileSync(repoPath('examples', 'create-lead.webhook'), 'utf8')
  .replaceAll('[insert_instance_name]', 'acme')
  .replace('[insert_client_id]', '3MVG9example')
  .replace('[insert_client_secret]', '{{content_blocks.${sf_secret}}}');
const errors = <T extends { severity?: number }>(d: T[]): T[] => d.filter((x) => x.severity === 1);
let server: ServerUnderTest;
let capabilities: Record<string, unknown>;

before(async () => {
  server = startServer();
  const result = (await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: minimalClientCapabilities })) as {
    capabilities: Record<string, unknown>;
  };
  capabilities = result.capabilities;
  await server.connection.sendNotification('initialized', {});
});

after(async () => {
  await server.stop();
  assert.equal(server.process.exitCode, 0, `server exited with ${server.process.exitCode}; stderr: ${server.stderr()}`);
});

test('initialize announces document sync statically', () => {
  assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
});

test('a broken file gets its syntax problems pushed; fixing it clears them', async () => {
  const uri = 'file:///broken.webhook';
  const broken = example.replace('Content-Type: application/json', 'Content-Type application/json').replace('{{${last_name}}}', '{{${last_name}}');
  const first = server.nextDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'braze-webhook', version: 1, text: broken } });
  const published = await first;
  assert.equal(published.version, 1);
  assert.deepEqual(
    errors(published.diagnostics).map((d) => [d.code, d.severity, d.range]),
    [
      ['header-syntax', 1, { start: { line: 7, character: 0 }, end: { line: 7, character: 29 } }],
      ['liquid-syntax', 1, { start: { line: 11, character: 15 }, end: { line: 11, character: 32 } }],
    ],
  );
  const second = server.nextDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: example }],
  });
  const cleared = await second;
  assert.equal(cleared.version, 2);
  assert.deepEqual(errors(cleared.diagnostics), []);
  assert.ok(cleared.diagnostics.some((d) => d.code === 'field-case' && d.severity === 4), 'hints are published too');
});

test('incremental edits are applied: typing a stray "{{" is reported at its place', async () => {
  const uri = 'file:///incremental.webhook';
  const opened = server.nextDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'braze-webhook', version: 1, text: example } });
  assert.deepEqual(errors((await opened).diagnostics), []);
  const changed = server.nextDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, text: 'POSTED' }],
  });
  const diagnostics = errors((await changed).diagnostics);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.range]), [['request-line', { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } }]]);
  assert.match(diagnostics[0].message, /POSTED/);
});

test('closing a document clears its diagnostics', async () => {
  const uri = 'file:///closing.webhook';
  const opened = server.nextDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'braze-webhook', version: 1, text: 'nonsense' } });
  assert.ok((await opened).diagnostics.length > 0);
  const closed = server.nextDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  assert.deepEqual((await closed).diagnostics, []);
});

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { fullClientCapabilities, initializedServer, type ServerUnderTest } from './lsp-client';
import { repoPath } from '../support/paths';

const root = repoPath();
const example = readFileSync(join(root, 'examples', 'update-lead-to-mql.webhook'), 'utf8');
let server: ServerUnderTest;
let capabilities: Record<string, unknown>;

/** A workspace folder whose Lead describe file has the custom `Lead_Stage__c` field. */
function workspaceWithDescribe(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lsp-ws-'));
  mkdirSync(join(dir, '.salesforce'));
  writeFileSync(join(dir, '.salesforce', 'Lead.describe.json'), readFileSync(join(root, 'test', 'fixtures', 'describe', 'Lead.describe.json')));
  return dir;
}

before(async () => {
  // A client like VS Code: it answers configuration requests (no settings) and takes registrations.
  ({ server, capabilities } = await initializedServer(fullClientCapabilities, {
    rootUri: pathToFileURL(workspaceWithDescribe()).href,
    answers: { 'workspace/configuration': () => [null], 'client/registerCapability': () => null },
  }));
});

after(async () => {
  await server.stop();
  assert.equal(server.process.exitCode, 0, server.stderr());
});

async function open(uri: string, text: string): Promise<void> {
  const published = server.nextDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'braze-webhook', version: 1, text } });
  await published;
}

test('initialize announces completion, hover, signature help, code actions, symbols and folding statically', () => {
  assert.deepEqual(Object.keys(capabilities).sort(), [
    'codeActionProvider',
    'completionProvider',
    'documentSymbolProvider',
    'foldingRangeProvider',
    'hoverProvider',
    'positionEncoding',
    'signatureHelpProvider',
    'textDocumentSync',
  ]);
  assert.ok((capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters.includes('|'));
  assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll']);
});

test('completion over stdio: Lead fields at a body key, from the workspace describe file', async () => {
  const uri = 'file:///complete.webhook';
  const text = example.replace('"Lead_Stage__c": "MQL"', '"Lead_Stage__c": "MQL",\n  ""');
  await open(uri, text);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l === '  ""');
  const result = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 3 } })) as {
    items: { label: string; textEdit: { range: unknown; newText: string } }[];
  };
  const labels = result.items.map((i) => i.label);
  assert.ok(labels.includes('Status'));
  assert.ok(labels.includes('LeadSource'));
  assert.ok(!labels.includes('Rating'), 'the describe file replaces the built-in list, and this org has no Rating');
  assert.ok(!labels.includes('Lead_Stage__c'), 'already used');
  const status = result.items.find((i) => i.label === 'Status')!;
  assert.deepEqual(status.textEdit, { range: { start: { line, character: 2 }, end: { line, character: 4 } }, newText: '"Status"' });
});

test('completion over stdio: a custom picklist value known only from the describe file', async () => {
  const uri = 'file:///values.webhook';
  const text = example.replace('"Lead_Stage__c": "MQL"', '"Lead_Stage__c": ');
  await open(uri, text);
  const line = text.split('\n').findIndex((l) => l.includes('"Lead_Stage__c"'));
  const result = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 19 } })) as { items: { label: string }[] };
  assert.deepEqual(result.items.map((i) => i.label), ['"Lead"', '"MQL"', '"SQL"']);
});

test('hover over stdio: a Lead field key', async () => {
  const uri = 'file:///hover.webhook';
  await open(uri, example);
  const line = example.split('\n').findIndex((l) => l.includes('"Lead_Stage__c"'));
  const result = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 5 } })) as {
    contents: { kind: string; value: string };
    range: unknown;
  };
  assert.equal(result.contents.kind, 'markdown');
  assert.match(result.contents.value, /\*\*Lead_Stage__c\*\*/);
  assert.deepEqual(result.range, { start: { line, character: 2 }, end: { line, character: 17 } });
});

test('signature help over stdio inside connected_content', async () => {
  const uri = 'file:///signature.webhook';
  await open(uri, example);
  const line = example.split('\n').findIndex((l) => l.includes(':method post'));
  const result = (await server.connection.sendRequest('textDocument/signatureHelp', { textDocument: { uri }, position: { line, character: 12 } })) as {
    signatures: { label: string }[];
    activeParameter: number;
  };
  assert.match(result.signatures[0].label, /^connected_content URL :method get\|post/);
  assert.equal(result.activeParameter, 1);
});

test('a request for an unknown document answers null instead of failing', async () => {
  const result = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///never-opened.webhook' }, position: { line: 0, character: 0 } });
  assert.equal(result, null);
});

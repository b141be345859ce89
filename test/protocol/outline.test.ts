// Document symbols (the outline, breadcrumbs) and folding ranges over stdio.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fullClientCapabilities, initializedServer, minimalClientCapabilities, open, type Range, type ServerUnderTest } from './lsp-client';
import { KOREAN } from './texts';

const servers: ServerUnderTest[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function opened(capabilities: object) {
  const { server } = await initializedServer(capabilities, { answers: { 'workspace/configuration': () => [null], 'client/registerCapability': () => null } });
  servers.push(server);
  await open(server, 'file:///outline.webhook', KOREAN);
  return server;
}

interface Symbol {
  name: string;
  kind: number;
  range?: Range;
  children?: Symbol[];
  containerName?: string;
}

test('document symbols: request line, headers and body keys, nested for a client that takes nesting', async () => {
  const server = await opened(fullClientCapabilities);
  const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///outline.webhook' } })) as Symbol[];
  assert.deepEqual(symbols.map((s) => s.name), ['POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', 'Authorization', 'Content-Type', 'Body']);
  assert.deepEqual(symbols[3].children!.map((s) => s.name), ['Company', '이름', 'LastName']);
  const line = KOREAN.split('\n')[5];
  assert.deepEqual(symbols[3].children![1].range, { start: { line: 5, character: line.indexOf('"이름"') }, end: { line: 5, character: line.lastIndexOf('"') + 1 } });
});

test('document symbols: a flat list with containers for a client without hierarchical support', async () => {
  const server = await opened(minimalClientCapabilities);
  const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///outline.webhook' } })) as Symbol[];
  assert.deepEqual(symbols.slice(3).map((s) => [s.name, s.containerName]), [['Body', undefined], ['Company', 'Body'], ['이름', 'Body'], ['LastName', 'Body']]);
});

test('folding ranges: the multi-line JSON body', async () => {
  const server = await opened(minimalClientCapabilities);
  const ranges = await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///outline.webhook' } });
  assert.deepEqual(ranges, [{ startLine: 4, endLine: 6 }]);
});

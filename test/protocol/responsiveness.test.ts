// The server never makes the user wait: validation after a pause in typing, cancelled by a newer
// version; requests answered from the latest parse; a size above which only syntax is checked.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { initializedServer, minimalClientCapabilities, open, positionOf, type ServerUnderTest } from './lsp-client';
import { KOREAN, largeTemplate } from './texts';

let server: ServerUnderTest;
before(async () => {
  ({ server } = await initializedServer(minimalClientCapabilities));
});
after(async () => {
  await server.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Types `text` at `position`, one character per change, as fast as the pipe takes them. */
async function type(uri: string, from: number, position: { line: number; character: number }, text: string): Promise<number> {
  let version = from;
  for (const [i, c] of [...text].entries()) {
    const at = { line: position.line, character: position.character + i };
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: at, end: at }, text: c }] });
  }
  return version;
}

test('fast typing is validated once, after the pause, for the last version', async () => {
  const uri = 'file:///typing.webhook';
  await open(server, uri, KOREAN);
  const before = server.published.length;
  const last = await type(uri, 1, { line: 3, character: 0 }, '     ');
  await sleep(1000);
  const after = server.published.slice(before).filter((p) => p.uri === uri);
  assert.deepEqual(after.map((p) => p.version), [last]);
});

test('a hover after five fast keystrokes on a 1 MiB template is answered at once, without waiting for validation', async () => {
  const uri = 'file:///large.webhook';
  const text = largeTemplate(1024 * 1024);
  await open(server, uri, text);
  const member = positionOf(text, text.indexOf('"Field100__c"'));
  await type(uri, 1, { line: member.line, character: 2 }, 'abcde');
  const started = Date.now();
  const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, text.indexOf('"LastName"') + 2) });
  const waited = Date.now() - started;
  assert.ok(hover, 'a hover');
  assert.ok(waited < 3000, `the hover waited ${waited} ms`);
});

test('above 512 KiB only the syntax is checked, and an information says so', async () => {
  const uri = 'file:///huge.webhook';
  const text = largeTemplate(600 * 1024).replace('"LastName": "{{${last_name}}}"', '"LastName": "{{${last_name}}"');
  const { diagnostics } = await open(server, uri, text);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['size-limit', 3], ['liquid-syntax', 1]]);
  assert.match(diagnostics[0].message, /above 512 KiB only its syntax is checked/);
});

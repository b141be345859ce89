// The LSP lifecycle, cancellation, and a broken stream: the server answers as the specification
// asks, and never goes on alive and deaf.
import assert from 'node:assert/strict';
import { fork, spawn } from 'node:child_process';
import { test } from 'node:test';
import { CancellationTokenSource, createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { initializedServer, minimalClientCapabilities, open, SERVER, startServer } from './lsp-client';
import { largeTemplate } from './texts';

const hoverParams = (uri: string) => ({ textDocument: { uri }, position: { line: 0, character: 1 } });
const errorCode = (p: Promise<unknown>) => p.then(
  (r) => `answered ${JSON.stringify(r)}`,
  (e: { code?: number }) => e.code,
);

test('a request before initialize is refused with ServerNotInitialized (-32002)', async () => {
  const server = startServer();
  assert.equal(await errorCode(server.connection.sendRequest('textDocument/hover', hoverParams('file:///a.webhook'))), -32002);
  assert.equal(await errorCode(server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.webhook' } })), -32002);
  await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: minimalClientCapabilities });
  assert.equal(await server.connection.sendRequest('textDocument/hover', hoverParams('file:///a.webhook')), null);
  await server.stop();
  assert.equal(await server.exited, 0);
});

test('after shutdown, requests are refused with InvalidRequest (-32600); exit then ends with 0', async () => {
  const { server } = await initializedServer(minimalClientCapabilities);
  await server.connection.sendRequest('shutdown');
  assert.equal(await errorCode(server.connection.sendRequest('textDocument/hover', hoverParams('file:///a.webhook'))), -32600);
  assert.equal(await errorCode(server.connection.sendRequest('shutdown')), -32600);
  await server.connection.sendNotification('exit');
  assert.equal(await server.exited, 0);
});

test('exit without shutdown ends with code 1', async () => {
  const { server } = await initializedServer(minimalClientCapabilities);
  await server.connection.sendNotification('exit');
  assert.equal(await server.exited, 1);
});

test('$/cancelRequest: a request cancelled while the server is busy is answered RequestCancelled (-32800)', async () => {
  const { server } = await initializedServer(minimalClientCapabilities);
  const uri = 'file:///busy.webhook';
  const text = largeTemplate(1024 * 1024);
  await open(server, uri, text);
  // A new version makes the next request parse the whole megabyte; the second request waits behind it.
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text} ` }] });
  const busy = server.connection.sendRequest('textDocument/hover', hoverParams(uri));
  const source = new CancellationTokenSource();
  const cancelled = errorCode(server.connection.sendRequest('textDocument/hover', hoverParams(uri), source.token));
  source.cancel();
  assert.equal(await cancelled, -32800);
  await busy;
  await server.stop();
});

/** Starts the server, writes `input` to its stdin (then closes it when asked), and waits for it to end. */
async function feed(input: string, close: boolean): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdout.resume();
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const ended = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdin.write(input);
  if (close) child.stdin.end();
  const code = await ended;
  clearTimeout(timer);
  return { code, stderr };
}

const message = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const INITIALIZE = message(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));

test('a broken stream ends the server with a message on stderr: bad or missing Content-Length, a body that is not JSON, a message cut short, stdin closed', async () => {
  const cases: [string, string, boolean, RegExp][] = [
    ['Content-Length is not a number', `${INITIALIZE}Content-Length: abc\r\n\r\n{}`, false, /cannot read the client's messages \(Content-Length value must be a number/],
    ['no Content-Length', `${INITIALIZE}Content-Type: application/vscode-jsonrpc\r\n\r\n{}`, false, /cannot read the client's messages \(Header must provide a Content-Length/],
    ['a body that is not JSON', `${INITIALIZE}${message('not json at all')}`, false, /cannot read the client's messages/],
    ['a Content-Length longer than the body', `${INITIALIZE}Content-Length: 9999\r\n\r\n{"jsonrpc": "2.0"}`, false, /a message was cut short: its rest did not arrive within 10000 ms/],
    ['stdin closed without shutdown', INITIALIZE, true, /the client closed the connection without "shutdown" and "exit"/],
  ];
  await Promise.all(
    cases.map(async ([name, input, close, expected]) => {
      const { code, stderr } = await feed(input, close);
      assert.equal(code, 1, `${name}: exit code ${code}; stderr: ${stderr}`);
      assert.match(stderr, expected, name);
    }),
  );
});

test('the server speaks over --node-ipc too, as the VS Code extension starts it', async () => {
  const child = fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.listen();
  const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: minimalClientCapabilities })) as { capabilities: object };
  assert.ok('hoverProvider' in result.capabilities);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  assert.equal(await exited, 0);
  connection.dispose();
});

test('without a transport on its command line, the server says how to start it', async () => {
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [SERVER], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.once('exit', (c) => resolve({ code: c, stderr: err }));
  });
  assert.equal(code, 2);
  assert.match(stderr, /no transport given\nusage: node server\.js --stdio \| --node-ipc/);
});

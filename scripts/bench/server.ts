/**
 * The bundled server as an editor starts it (`node dist/server.js --stdio`, over stdio with
 * vscode-jsonrpc, as test/protocol/lsp-client.ts does): its start time, and its memory with
 * many documents open.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ROOT } from './root';

export const SERVER = join(ROOT, 'dist', 'server.js');

/** The resident memory of a process in MB, where the system tells it (`/proc`), else undefined. */
function residentMb(pid: number): number | undefined {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return undefined;
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}

export interface ServerFigures {
  /** From spawning the process to the answer to `initialize`. */
  startMs: number;
  idleMb?: number;
  openMb?: number;
  openMs: number;
}

/** Starts the server, opens `texts` (one document each), waits for their diagnostics, and stops it. */
export async function measureServer(texts: string[]): Promise<ServerFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<string, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => waiting.get(params.uri)?.());
  connection.listen();
  const capabilities = { textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: {} }, workspace: {} };
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
  const startMs = performance.now() - started;
  await connection.sendNotification('initialized', {});
  const idleMb = residentMb(child.pid!);
  const opening = performance.now();
  await Promise.all(
    texts.map((text, i) => {
      const uri = `file:///bench/doc-${i}.webhook`;
      const published = new Promise<void>((resolve) => waiting.set(uri, resolve));
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'braze-webhook', version: 1, text } });
      return published;
    }),
  );
  const openMs = performance.now() - opening;
  const openMb = residentMb(child.pid!);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  return { startMs, idleMb, openMb, openMs };
}

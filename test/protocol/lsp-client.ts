import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { packaged } from '../support/packaged';

/** The server of the VSIX, minified as users get it. */
export const SERVER = packaged('dist/server.js');

/** The packaged server started as an editor would start it: `node dist/server.js --stdio`. */
export interface ServerUnderTest {
  connection: MessageConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Resolves with the next `publishDiagnostics` for `uri`. */
  nextDiagnostics(uri: string): Promise<{ uri: string; version?: number; diagnostics: { code?: string; message: string; range: unknown; severity?: number }[] }>;
  stop(): Promise<void>;
}

export function startServer(): ServerUnderTest {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<string, ((p: never) => void)[]>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
    const queue = waiting.get(params.uri);
    queue?.shift()?.(params as never);
  });
  connection.listen();
  return {
    connection,
    process: child,
    stderr: () => stderr,
    nextDiagnostics: (uri) =>
      new Promise((resolve) => {
        waiting.set(uri, [...(waiting.get(uri) ?? []), resolve as (p: never) => void]);
      }),
    stop: async () => {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } finally {
        connection.dispose();
        if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
      }
    },
  };
}

/** Capabilities of an editor with neither pull diagnostics nor dynamic registration (Neovim, Helix). */
export const minimalClientCapabilities = {
  textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: {} },
  workspace: {},
};

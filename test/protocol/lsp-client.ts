import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { packaged } from '../support/packaged';

/** The server of the VSIX, minified as users get it. */
export const SERVER = packaged('dist/server.js');

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface PublishedDiagnostic {
  code?: string;
  message: string;
  range: Range;
  severity?: number;
  data?: unknown;
}
export interface Published {
  uri: string;
  version?: number;
  diagnostics: PublishedDiagnostic[];
}

/** The packaged server started as an editor would start it: `node dist/server.js --stdio`. */
export interface ServerUnderTest {
  connection: MessageConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Resolves with the next `publishDiagnostics` for `uri`. */
  nextDiagnostics(uri: string): Promise<Published>;
  /** Every `publishDiagnostics` received so far, in order. */
  published: Published[];
  /** Every notification and request the server sent, by method, in order. */
  received: { method: string; params: unknown }[];
  stop(): Promise<void>;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
}

/**
 * `answers` are the client's handlers of the server's requests (`workspace/configuration`,
 * `client/registerCapability`...); a request without one gets MethodNotFound, as from an editor
 * that does not implement it.
 */
export function startServer(answers: Record<string, (params: unknown) => unknown> = {}): ServerUnderTest {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<string, ((p: Published) => void)[]>();
  const published: Published[] = [];
  const received: { method: string; params: unknown }[] = [];
  connection.onNotification((method, params) => {
    received.push({ method, params });
    if (method !== 'textDocument/publishDiagnostics') return;
    const p = params as Published;
    published.push(p);
    waiting.get(p.uri)?.shift()?.(p);
  });
  for (const [method, answer] of Object.entries(answers)) {
    connection.onRequest(method, (params: unknown) => {
      received.push({ method, params });
      return answer(params);
    });
  }
  connection.listen();
  return {
    connection,
    process: child,
    stderr: () => stderr,
    published,
    received,
    exited,
    nextDiagnostics: (uri) => new Promise((resolve) => waiting.set(uri, [...(waiting.get(uri) ?? []), resolve])),
    stop: async () => {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } finally {
        connection.dispose();
        await exited;
      }
    },
  };
}

/** Starts a server and completes the handshake; resolves with the `initialize` answer's capabilities. */
export async function initializedServer(
  capabilities: object,
  options: { answers?: Record<string, (params: unknown) => unknown>; rootUri?: string | null; initializationOptions?: unknown; locale?: string } = {},
): Promise<{ server: ServerUnderTest; capabilities: Record<string, unknown> }> {
  const server = startServer(options.answers);
  const rootUri = options.rootUri ?? null;
  const result = (await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    capabilities,
    initializationOptions: options.initializationOptions,
    locale: options.locale,
  })) as { capabilities: Record<string, unknown> };
  await server.connection.sendNotification('initialized', {});
  return { server, capabilities: result.capabilities };
}

/** Opens a document and waits for its first diagnostics. */
export async function open(server: ServerUnderTest, uri: string, text: string, version = 1): Promise<Published> {
  const published = server.nextDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'braze-webhook', version, text } });
  return published;
}

/** Capabilities of an editor with neither pull diagnostics nor dynamic registration, nor snippets or markdown (Helix, ALE). */
export const minimalClientCapabilities = {
  textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: {} },
  workspace: {},
};

/** Capabilities of an editor that takes everything: snippets, markdown, configuration requests, dynamic watchers (VS Code). */
export const fullClientCapabilities = {
  general: { positionEncodings: ['utf-16'] },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    signatureHelp: { signatureInformation: { documentationFormat: ['markdown', 'plaintext'] } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
};

/** Applies LSP text edits to a text, in UTF-16 positions (the edits must not overlap). */
export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const offset = (p: Position) => {
    const lines = text.split('\n');
    return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  };
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

/** The UTF-16 position of `offset` in `text`. */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

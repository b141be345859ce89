import {
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
  /** stdout carries the protocol: nothing else may be written to it. */
  stdio: boolean;
}

export const TRANSPORT_USAGE = 'usage: node server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME';

/**
 * The transport the command line names, as vscode-languageserver's `createConnection` would pick
 * it. The server builds the reader itself so that it can see a broken stream (stream-guard.ts).
 */
export function transportFromArgs(argv: readonly string[]): Transport | undefined {
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[i + 1];
    switch (name) {
      case '--stdio':
        return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout), stdio: true };
      case '--node-ipc':
        return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
      case '--socket': {
        const [reader, writer] = createServerSocketTransport(Number(value()));
        return { reader, writer, stdio: false };
      }
      case '--pipe': {
        const [reader, writer] = createServerPipeTransport(value());
        return { reader, writer, stdio: false };
      }
    }
  }
  return undefined;
}

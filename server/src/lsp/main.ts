import { format } from 'node:util';
import { createConnection, LSPErrorCodes, ProposedFeatures, ResponseError, type Message, type ResponseMessage } from 'vscode-languageserver/node';
import { Lifecycle } from './lifecycle';
import { startServer } from './server';
import { guardStream } from './stream-guard';
import { TRANSPORT_USAGE, transportFromArgs } from './transport';

const transport = transportFromArgs(process.argv.slice(2));
if (!transport) {
  process.stderr.write(`braze-webhook-language-server: no transport given\n${TRANSPORT_USAGE}\n`);
  process.exit(2);
}
if (transport.stdio) {
  // stdout carries the protocol: whatever a dependency logs goes to stderr.
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) console[level] = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
}

const lifecycle = new Lifecycle();
guardStream(transport.reader, () => lifecycle.shutDown);

/** A request cancelled while still queued is answered RequestCancelled without being run. */
const cancelUndispatched = (message: Message): ResponseMessage => ({
  jsonrpc: message.jsonrpc,
  id: (message as { id?: number | string }).id ?? null,
  error: new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled').toJson(),
});
const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer, { connectionStrategy: { cancelUndispatched } });

// The server outlives any one bad request: log and go on rather than exit.
process.on('uncaughtException', (e) => connection.console.error(`Uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));

startServer(connection, lifecycle);

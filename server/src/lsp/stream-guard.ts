import type { MessageReader } from 'vscode-languageserver/node';

/**
 * A server that can no longer read its client must end, and say why on stderr (the protocol
 * stream is the broken part): a bad or missing Content-Length, a body that is not JSON-RPC,
 * a message cut short, or the client closing the stream. Left alone, vscode-jsonrpc logs a
 * read error and the server goes on alive and deaf.
 */
export function guardStream(reader: MessageReader, shutDown: () => boolean): void {
  const fail = (why: string): never => {
    process.stderr.write(`braze-webhook-language-server: ${why}; exiting.\n`);
    return process.exit(1);
  };
  reader.onError((e) => fail(`cannot read the client's messages (${e.message.split('\n')[0]})`));
  reader.onPartialMessage((info) => fail(`a message was cut short: its rest did not arrive within ${info.waitingTime} ms (is its Content-Length right?)`));
  reader.onClose(() => (shutDown() ? process.exit(0) : fail('the client closed the connection without "shutdown" and "exit"')));
}

import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerHistory } from './history/commands';
import { registerSendCodeLens } from './send/code-lens';
import { registerStatusBar } from './send/status-bar';

let client: LanguageClient | undefined;

/** Starts the bundled language server for `braze-webhook` documents. */
export async function activate(context: ExtensionContext): Promise<void> {
  registerCommands(context);
  registerSendCodeLens(context);
  registerHistory(context);
  registerStatusBar(context);
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'braze-webhook' }],
    // The server registers its own watcher of the describe file (dynamic registration).
    synchronize: { configurationSection: 'brazeWebhooks' },
    // The placeholder quick fix may run this extension's command, which asks for the value.
    initializationOptions: { fillPlaceholderCommand: true },
  };
  client = new LanguageClient('brazeWebhooks', 'Braze Webhooks', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

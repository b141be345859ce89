import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerSendCodeLens } from './send/code-lens';

let client: LanguageClient | undefined;

/** Starts the bundled language server for `braze-webhook` documents. */
export async function activate(context: ExtensionContext): Promise<void> {
  registerCommands(context);
  registerSendCodeLens(context);
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'braze-webhook' }],
    // The server reads the Lead describe file again when it changes.
    synchronize: { configurationSection: 'brazeWebhooks', fileEvents: workspace.createFileSystemWatcher('**/*.describe.json') },
  };
  client = new LanguageClient('brazeWebhooks', 'Braze Webhooks', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

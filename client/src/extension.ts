import * as path from 'node:path';
import { env, l10n as vscodeL10n, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { configureLocale } from '../../server/src/core';
import { registerCommands } from './commands';
import { registerHistory } from './history/commands';
import { registerSendCodeLens } from './send/code-lens';
import { registerStatusBar } from './send/status-bar';
import { useTranslator } from './l10n';

let client: LanguageClient | undefined;

/** Starts the bundled language server for `braze-webhook` documents. */
export async function activate(context: ExtensionContext): Promise<void> {
  // Before any message is built: the pure modules' strings from VS Code's bundle for this
  // extension, the send engine's (core t()) in VS Code's display language.
  useTranslator((message, ...args) => vscodeL10n.t(message, ...args));
  configureLocale(env.language);
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

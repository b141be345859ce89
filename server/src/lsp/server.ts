import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings, getLanguageService, parseSettings, type Settings } from '../language';
import { readWorkspaceKnowledge } from './workspace-knowledge';

/** Characters after which an editor should ask for completions without waiting for a word. */
export const TRIGGER_CHARACTERS = ['{', '%', '$', '.', '|', ':', '"', '/', ' '];

/**
 * The LSP server: a thin adapter over the language service. It pushes
 * diagnostics (`publishDiagnostics`) and announces every feature in its
 * `initialize` answer, so editors without pull diagnostics or dynamic
 * registration get everything.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = getLanguageService();
  let canAskConfiguration = false;
  let folderUri: string | undefined;
  let settings: Promise<Settings> = Promise.resolve(defaultSettings);
  const shownWarnings = new Set<string>();

  const warnOnce = (message: string) => {
    if (shownWarnings.has(message)) return;
    shownWarnings.add(message);
    void connection.window.showWarningMessage(`Braze Webhooks: ${message}`);
  };

  connection.onInitialize((params): InitializeResult => {
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    folderUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
        hoverProvider: true,
        signatureHelpProvider: { triggerCharacters: [' ', ':'], retriggerCharacters: [' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'braze-webhook-language-server', version: '0.1.0' },
    };
  });

  /** Settings are one per server (the first workspace folder's), read again when they change. */
  const reload = () => {
    settings = (canAskConfiguration ? connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'brazeWebhooks' }) : Promise.resolve({})).then(
      async (raw) => {
        const parsed = parseSettings(raw);
        parsed.warnings.forEach(warnOnce);
        const workspace = await readWorkspaceKnowledge(folderUri, parsed.settings);
        workspace.warnings.forEach(warnOnce);
        service.setKnowledge(workspace.knowledge);
        return parsed.settings;
      },
      (e) => {
        connection.console.error(`Reading settings failed: ${e instanceof Error ? e.message : String(e)}`);
        return defaultSettings;
      },
    );
    return settings;
  };

  const validate = async (document: TextDocument): Promise<void> => {
    const current = await settings;
    // The document may have changed or closed while settings were read.
    const latest = documents.get(document.uri);
    if (!latest || latest.version !== document.version) return;
    try {
      await connection.sendDiagnostics({ uri: latest.uri, version: latest.version, diagnostics: service.doValidation(latest, current) });
    } catch (e) {
      connection.console.error(`Validation of ${latest.uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  };
  const revalidateAll = () => documents.all().forEach((d) => void validate(d));

  /**
   * A request handler that waits for the workspace's knowledge (a request may
   * arrive while it loads) and answers `fallback` rather than failing when the service throws.
   */
  const guarded =
    <P, R>(name: string, fallback: R, handler: (params: P) => R) =>
    async (params: P): Promise<R> => {
      await settings;
      try {
        return handler(params);
      } catch (e) {
        connection.console.error(`${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
        return fallback;
      }
    };

  connection.onInitialized(() => void reload().then(revalidateAll));
  documents.onDidChangeContent((change) => void validate(change.document));
  documents.onDidClose((event) => {
    service.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration(() => void reload().then(revalidateAll));
  connection.onNotification(DidChangeWatchedFilesNotification.type, () => void reload().then(revalidateAll));

  connection.onCompletion(
    guarded('Completion', null, ({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      return document ? service.doComplete(document, position) : null;
    }),
  );
  connection.onHover(
    guarded('Hover', null, ({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      return document ? service.doHover(document, position) : null;
    }),
  );
  connection.onSignatureHelp(
    guarded('Signature help', null, ({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      return document ? service.doSignatureHelp(document, position) : null;
    }),
  );
  connection.onCodeAction(
    guarded('Code actions', [], ({ textDocument, range, context }) => {
      const document = documents.get(textDocument.uri);
      return document ? service.doCodeActions(document, range, context.diagnostics) : [];
    }),
  );

  documents.listen(connection);
  connection.listen();
}

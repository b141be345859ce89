import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, parseSettings, type Settings } from './language';
import { defaultSettings } from './language/settings';

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
  const settingsByUri = new Map<string, Promise<Settings>>();

  connection.onInitialize((params): InitializeResult => {
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      },
      serverInfo: { name: 'braze-webhook-language-server', version: '0.1.0' },
    };
  });

  const settingsFor = (uri: string): Promise<Settings> => {
    if (!canAskConfiguration) return Promise.resolve(defaultSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'brazeWebhooks' }).then(
        (raw) => {
          const parsed = parseSettings(raw);
          for (const w of parsed.warnings) connection.window.showWarningMessage(w);
          return parsed.settings;
        },
        () => defaultSettings,
      );
      settingsByUri.set(uri, settings);
    }
    return settings;
  };

  const validate = async (document: TextDocument): Promise<void> => {
    const settings = await settingsFor(document.uri);
    // The document may have changed or closed while settings were fetched.
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return;
    try {
      const diagnostics = service.doValidation(current, settings);
      await connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
    } catch (e) {
      connection.console.error(`Validation of ${current.uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  };

  documents.onDidChangeContent((change) => void validate(change.document));
  documents.onDidClose((event) => {
    service.forget(event.document.uri);
    settingsByUri.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration(() => {
    settingsByUri.clear();
    for (const document of documents.all()) void validate(document);
  });

  documents.listen(connection);
  connection.listen();
}


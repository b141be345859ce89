import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings, getLanguageService, parseSettings, type LanguageService, type Settings } from '../language';
import { configureLocale } from '../core';
import { clientSupportOf, localeOf } from './client-capabilities';
import { checksDocsUri } from './docs-links';
import { ClientResults } from './client-results';
import { Lifecycle } from './lifecycle';
import { negotiateEncoding, positionCodec, rangeToServer, type PositionCodec } from './position-encoding';
import { SettingsSource } from './settings-source';
import { ValidationScheduler } from './validation-scheduler';
import { DescribeWatcher } from './watchers';
import { readWorkspaceKnowledge } from './workspace-knowledge';

/**
 * Characters that start a completion: `{{`/`{%` (variables, tags), `${` (attributes), `.`
 * (members), `|` (filters), `:` (`connected_content` options), `"` (body keys), `/` (URL paths).
 * Not the space: after one nothing new begins, and a completion list would open at every word.
 */
const TRIGGER_CHARACTERS = ['{', '%', '$', '.', '|', ':', '"', '/'];

/**
 * The LSP server: a thin adapter over the language service. It pushes diagnostics
 * (`publishDiagnostics`) after a pause in typing, answers requests from the latest parse without
 * waiting for them, and adapts what it sends to what the client said it takes (position
 * encoding, snippets, markdown, dynamic registration).
 */
export function startServer(connection: Connection, lifecycle = new Lifecycle()): void {
  let codec: PositionCodec = positionCodec('utf-16');
  let results = new ClientResults(codec);
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    // Each change's range is in the client's units and counts from the text the previous change left.
    update: (document, changes, version) =>
      changes.reduce((d, change) => TextDocument.update(d, [toServer(d, change)], version), document),
  });
  const toServer = (document: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent =>
    'range' in change ? { ...change, range: rangeToServer(codec, document, change.range) } : change;

  let service: LanguageService = getLanguageService();
  let settings: Settings = defaultSettings;
  let source: SettingsSource | undefined;
  let folderUri: string | undefined;
  let hierarchicalSymbols = false;
  let watcher: DescribeWatcher | undefined;
  /**
   * The first settings and knowledge, read after `initialized` (settings pushed right after it
   * supersede the first read); requests wait for them, not for later reloads.
   */
  let firstLoad: Promise<void> = Promise.resolve();
  let loaded: () => void = () => undefined;
  const shownWarnings = new Set<string>();

  /** A notice, not a request: a client shows it without blocking on an answer. */
  const warnOnce = (message: string) => {
    if (shownWarnings.has(message)) return;
    shownWarnings.add(message);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Braze Webhooks: ${message}` });
  };

  connection.onInitialize((params): InitializeResult => {
    lifecycle.initialize();
    // Before any message is built.
    const locale = configureLocale(localeOf(params));
    const encoding = negotiateEncoding(params.capabilities.general?.positionEncodings);
    codec = positionCodec(encoding);
    const links = params.capabilities.textDocument?.publishDiagnostics?.codeDescriptionSupport === true;
    results = new ClientResults(codec, links ? checksDocsUri(__dirname, locale) : undefined);
    service = getLanguageService({ client: clientSupportOf(params) });
    folderUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    source = new SettingsSource(connection, { canAsk: params.capabilities.workspace?.configuration === true, scopeUri: folderUri });
    hierarchicalSymbols = params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    if (params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true) watcher = new DescribeWatcher(connection);
    return {
      capabilities: {
        positionEncoding: encoding,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
        hoverProvider: true,
        signatureHelpProvider: { triggerCharacters: [' ', ':'], retriggerCharacters: [' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'braze-webhook-language-server', version: '0.1.0' },
    };
  });

  /** Settings are one per server (the first workspace folder's); only the latest reload applies. */
  let generation = 0;
  const reload = async (ask: boolean) => {
    const mine = ++generation;
    const raw = await source?.read(ask);
    const parsed = parseSettings(raw);
    const workspace = await readWorkspaceKnowledge(folderUri, parsed.settings);
    if (mine !== generation) return;
    parsed.warnings.forEach(warnOnce);
    workspace.warnings.forEach(warnOnce);
    service.setKnowledge(workspace.knowledge);
    settings = parsed.settings;
    loaded();
    documents.all().forEach((d) => scheduler.schedule(d, 0));
    await watcher?.watch(settings.leadDescribePath).catch((e) => connection.console.error(`Watching the describe file failed: ${String(e)}`));
  };

  const scheduler = new ValidationScheduler(async (document, token) => {
    await firstLoad;
    const latest = documents.get(document.uri);
    if (!latest || token.isCancellationRequested || !lifecycle.running) return;
    const version = latest.version;
    try {
      const diagnostics = await service.doValidationAsync(latest, settings, token);
      if (!diagnostics || token.isCancellationRequested || documents.get(latest.uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri: latest.uri, version, diagnostics: results.diagnostics(latest, diagnostics) });
    } catch (e) {
      connection.console.error(`Validation of ${latest.uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  });

  /**
   * A request on a document: refused outside the lifecycle, answered `fallback` for an unknown
   * document or when the service throws, and `RequestCancelled` when the client cancelled it.
   */
  const onDocument =
    <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, handler: (document: TextDocument, params: P) => R) =>
    lifecycle.guard(async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
      await firstLoad;
      // One turn of the event loop, so that a `$/cancelRequest` already on its way is read first.
      await nextTurn();
      if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} was cancelled`);
      const document = documents.get(params.textDocument.uri);
      if (!document) return fallback;
      try {
        return handler(document, params);
      } catch (e) {
        connection.console.error(`${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
        return fallback;
      }
    });

  const logFailure = (e: unknown) => {
    connection.console.error(`Reading the settings and the workspace failed: ${e instanceof Error ? e.stack : String(e)}`);
    loaded();
  };
  connection.onInitialized(() => {
    firstLoad = new Promise((resolve) => (loaded = resolve));
    void reload(true).catch(logFailure);
  });
  connection.onShutdown(() => {
    lifecycle.shutdown();
    documents.all().forEach((d) => scheduler.cancel(d.uri));
  });
  // Requests no handler takes: before `initialize` they too get ServerNotInitialized.
  connection.onRequest((method) => lifecycle.refusal() ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`));

  const opened = new Set<string>();
  documents.onDidOpen((event) => opened.add(event.document.uri));
  // A document just opened is checked at once; a change waits for a pause in typing.
  documents.onDidChangeContent((event) => scheduler.schedule(event.document, opened.delete(event.document.uri) ? 0 : undefined));
  documents.onDidClose((event) => {
    scheduler.cancel(event.document.uri);
    service.forget(event.document.uri);
    if (lifecycle.running) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration((params) => void reload(!source?.push(params.settings)).catch(logFailure));
  connection.onNotification(DidChangeWatchedFilesNotification.type, () => void reload(false).catch(logFailure));

  connection.onCompletion(
    onDocument('Completion', null, (document, { position }) => results.completion(document, service.doComplete(document, codec.toServer(document, position)))),
  );
  connection.onHover(onDocument('Hover', null, (document, { position }) => results.hover(document, service.doHover(document, codec.toServer(document, position)))));
  connection.onSignatureHelp(onDocument('Signature help', null, (document, { position }) => service.doSignatureHelp(document, codec.toServer(document, position))));
  connection.onCodeAction(
    onDocument('Code actions', [], (document, { range, context }) =>
      results.codeActions(document, service.doCodeActions(document, rangeToServer(codec, document, range), context.only, settings)),
    ),
  );
  connection.onDocumentSymbol(onDocument('Document symbols', [], (document) => results.symbols(document, service.findDocumentSymbols(document), hierarchicalSymbols)));
  connection.onFoldingRanges(onDocument('Folding ranges', [], (document) => service.getFoldingRanges(document)));

  documents.listen(connection);
  connection.listen();
}

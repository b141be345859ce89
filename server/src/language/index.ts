import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import {
  InsertTextFormat,
  MarkupKind,
  type CodeAction,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type MarkupContent,
  type SignatureHelp,
} from 'vscode-languageserver-types';
import { defaultClientSupport, type ClientSupport } from './client-support';
import { codeActions, published } from './code-actions';
import { complete } from './completion';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { markdownToPlainText, snippetToPlainText } from './plain-text';
import { connectedContentSignature } from './signature/connected-content';
import { documentSymbols } from './symbols';
import { validateDocument, validateDocumentAsync, type Cancellation } from './validate-document';
import { builtinKnowledge, type Knowledge } from '../core';
import { parseWebhook, type WebhookDocument } from '../syntax';
import { defaultSettings, type Settings } from './settings';

export { allChecks } from './checks';
export type { Check, CheckMeta } from './checks/types';
export { parseSettings, defaultSettings, type Settings } from './settings';
export { defaultClientSupport, type ClientSupport } from './client-support';
export { FULL_CHECK_LIMIT, sizeLimitMeta } from './size-limit';
export type { Cancellation } from './validate-document';

export interface LanguageService {
  /** The syntax tree of a document, parsed once per version. */
  parse(document: TextDocument): WebhookDocument;
  doValidation(document: TextDocument, settings?: Settings): Diagnostic[];
  /** The same, yielding between checks; undefined when `token` is cancelled before the end. */
  doValidationAsync(document: TextDocument, settings: Settings, token: Cancellation): Promise<Diagnostic[] | undefined>;
  doComplete(document: TextDocument, position: Position): CompletionList;
  doHover(document: TextDocument, position: Position): Hover | null;
  doSignatureHelp(document: TextDocument, position: Position): SignatureHelp | null;
  /**
   * Quick fixes for the problems of the current text that touch `range`, and `source.fixAll`
   * (`only`: the kinds the client asked for, as in LSP's `CodeActionContext`).
   */
  doCodeActions(document: TextDocument, range: Range, only?: readonly string[], settings?: Settings): CodeAction[];
  /** The outline: request line, headers, body keys. */
  findDocumentSymbols(document: TextDocument): DocumentSymbol[];
  /** Liquid blocks, multi-line headers, the body's objects and arrays, comment runs. */
  getFoldingRanges(document: TextDocument): FoldingRange[];
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
  /** Replaces the knowledge (a workspace's describe file and custom attributes). */
  setKnowledge(knowledge: Knowledge): void;
}

/**
 * The whole language intelligence: functions of a text document (and
 * settings), with no transport and no editor. The LSP server and the CLI
 * both stand on it.
 */
export function getLanguageService(options: { knowledge?: Knowledge; client?: ClientSupport } = {}): LanguageService {
  let knowledge = options.knowledge ?? builtinKnowledge();
  const client = options.client ?? defaultClientSupport;
  const cache = new Map<string, { version: number; text: string; doc: WebhookDocument }>();
  const parse = (document: TextDocument): WebhookDocument => {
    const cached = cache.get(document.uri);
    const text = document.getText();
    if (cached && cached.version === document.version && cached.text === text) return cached.doc;
    const doc = parseWebhook(text);
    cache.set(document.uri, { version: document.version, text, doc });
    return doc;
  };
  /** The last diagnostics of each document, with their fixes: code actions read them when nothing changed since. */
  const validated = new Map<string, { doc: WebhookDocument; settings: Settings; knowledge: Knowledge; diagnostics: Diagnostic[] }>();
  const remember = (uri: string, doc: WebhookDocument, settings: Settings, diagnostics: Diagnostic[]) => {
    validated.set(uri, { doc, settings, knowledge, diagnostics });
    return diagnostics;
  };
  const current = (document: TextDocument, settings: Settings): Diagnostic[] => {
    const doc = parse(document);
    const last = validated.get(document.uri);
    if (last && last.doc === doc && last.settings === settings && last.knowledge === knowledge) return last.diagnostics;
    return remember(document.uri, doc, settings, validateDocument(doc, document, settings, knowledge));
  };
  const markup = (markdown: string, allowed: boolean): MarkupContent =>
    allowed ? { kind: MarkupKind.Markdown, value: markdown } : { kind: MarkupKind.PlainText, value: markdownToPlainText(markdown) };
  return {
    parse,
    doValidation: (document, settings = defaultSettings) => current(document, settings).map(published),
    doValidationAsync: async (document, settings, token) => {
      const doc = parse(document);
      const diagnostics = await validateDocumentAsync(doc, document, settings, knowledge, token);
      return diagnostics && remember(document.uri, doc, settings, diagnostics).map(published);
    },
    doComplete: (document, position) => {
      const items = complete(parse(document), document.offsetAt(position), knowledge);
      return {
        isIncomplete: false,
        items: items.map((item) => {
          const range = { start: document.positionAt(item.start), end: document.positionAt(item.end) };
          const snippet = item.snippet && client.snippets;
          return {
            label: item.label,
            kind: item.kind,
            detail: item.detail,
            documentation: item.documentation ? markup(item.documentation, client.markdown.completion) : undefined,
            textEdit: { range, newText: item.snippet && !snippet ? snippetToPlainText(item.insertText) : item.insertText },
            insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
            sortText: item.sortText,
            filterText: item.filterText,
          };
        }),
      };
    },
    doHover: (document, position) => {
      const found = hover(parse(document), document.offsetAt(position), knowledge);
      if (!found) return null;
      return { contents: markup(found.markdown, client.markdown.hover), range: { start: document.positionAt(found.start), end: document.positionAt(found.end) } };
    },
    doSignatureHelp: (document, position) => {
      const signature = connectedContentSignature(parse(document), document.offsetAt(position), knowledge);
      if (!signature) return null;
      return {
        signatures: [
          {
            label: signature.label,
            documentation: markup(signature.documentation, client.markdown.signatureHelp),
            parameters: signature.parameters.map((p) => ({ label: p.label, documentation: p.documentation })),
          },
        ],
        activeSignature: 0,
        activeParameter: signature.activeParameter,
      };
    },
    doCodeActions: (document, range, only, settings = defaultSettings) => codeActions(document, current(document, settings), range, only, client),
    findDocumentSymbols: (document) => documentSymbols(parse(document), document),
    getFoldingRanges: (document) => foldingRanges(parse(document), document, knowledge),
    forget: (uri) => {
      cache.delete(uri);
      validated.delete(uri);
    },
    setKnowledge: (k) => void (knowledge = k),
  };
}

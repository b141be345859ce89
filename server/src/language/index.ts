import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  InsertTextFormat,
  MarkupKind,
  type CodeAction,
  type CompletionList,
  type Diagnostic,
  type Hover,
  type SignatureHelp,
} from 'vscode-languageserver-types';
import { complete } from './completion';
import { hover } from './hover';
import { connectedContentSignature } from './signature/connected-content';
import { DIAGNOSTIC_SOURCE, validate, type DiagnosticData } from './validation';
import { builtinKnowledge, type Knowledge } from '../core';
import { parseWebhook, type WebhookDocument } from '../syntax';
import { defaultSettings, type Settings } from './settings';

export { allChecks } from './checks';
export type { Check, CheckMeta } from './checks/types';
export { parseSettings, defaultSettings, type Settings } from './settings';

export interface LanguageService {
  /** The syntax tree of a document, parsed once per version. */
  parse(document: TextDocument): WebhookDocument;
  doValidation(document: TextDocument, settings?: Settings): Diagnostic[];
  doComplete(document: TextDocument, position: Position): CompletionList;
  doHover(document: TextDocument, position: Position): Hover | null;
  doSignatureHelp(document: TextDocument, position: Position): SignatureHelp | null;
  /** Quick fixes for the diagnostics in `context` (those this service made carry their fixes). */
  doCodeActions(document: TextDocument, range: Range, diagnostics: Diagnostic[]): CodeAction[];
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
export function getLanguageService(options: { knowledge?: Knowledge } = {}): LanguageService {
  let knowledge = options.knowledge ?? builtinKnowledge();
  const cache = new Map<string, { version: number; text: string; doc: WebhookDocument }>();
  const parse = (document: TextDocument): WebhookDocument => {
    const cached = cache.get(document.uri);
    const text = document.getText();
    if (cached && cached.version === document.version && cached.text === text) return cached.doc;
    const doc = parseWebhook(text);
    cache.set(document.uri, { version: document.version, text, doc });
    return doc;
  };
  return {
    parse,
    doValidation: (document, settings = defaultSettings) => validate(parse(document), document, settings, knowledge),
    doComplete: (document, position) => {
      const items = complete(parse(document), document.offsetAt(position), knowledge);
      return {
        isIncomplete: false,
        items: items.map((item) => {
          const range = { start: document.positionAt(item.start), end: document.positionAt(item.end) };
          return {
            label: item.label,
            kind: item.kind,
            detail: item.detail,
            documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
            textEdit: { range, newText: item.insertText },
            insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
            sortText: item.sortText,
            filterText: item.filterText,
          };
        }),
      };
    },
    doHover: (document, position) => {
      const found = hover(parse(document), document.offsetAt(position), knowledge);
      if (!found) return null;
      return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: { start: document.positionAt(found.start), end: document.positionAt(found.end) } };
    },
    doSignatureHelp: (document, position) => {
      const signature = connectedContentSignature(parse(document), document.offsetAt(position), knowledge);
      if (!signature) return null;
      return {
        signatures: [
          {
            label: signature.label,
            documentation: { kind: MarkupKind.Markdown, value: signature.documentation },
            parameters: signature.parameters.map((p) => ({ label: p.label, documentation: p.documentation })),
          },
        ],
        activeSignature: 0,
        activeParameter: signature.activeParameter,
      };
    },
    doCodeActions: (document, _range, diagnostics) => {
      const actions: CodeAction[] = [];
      for (const diagnostic of diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const data = diagnostic.data as DiagnosticData | undefined;
        for (const fix of data?.fixes ?? []) {
          const edits = fix.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText }));
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.preferred,
            edit: edits.length ? { changes: { [document.uri]: edits } } : undefined,
            command: fix.command,
          });
        }
      }
      return actions;
    },
    forget: (uri) => void cache.delete(uri),
    setKnowledge: (k) => void (knowledge = k),
  };
}

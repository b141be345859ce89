import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { builtinKnowledge, type Knowledge } from './knowledge';
import type { WebhookDocument } from './parser/ast';
import { parseWebhook } from './parser/parse';
import { defaultSettings, type Settings } from './settings';
import { validate } from './validation';

export { allChecks } from './checks';
export type { Check, CheckMeta } from './checks/types';
export type * from './parser/ast';
export { parseWebhook } from './parser/parse';
export { parseSettings, type Settings } from './settings';

export interface LanguageService {
  /** The syntax tree of a document, parsed once per version. */
  parse(document: TextDocument): WebhookDocument;
  doValidation(document: TextDocument, settings?: Settings): Diagnostic[];
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
    forget: (uri) => void cache.delete(uri),
    setKnowledge: (k) => void (knowledge = k),
  };
}

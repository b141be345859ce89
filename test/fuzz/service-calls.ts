/**
 * Every function of the language service, called on a text as an editor would: at given
 * positions and ranges, each call on a fresh document version so that it parses again.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/language';
import { parseWebhook } from '../../server/src/syntax';
import { withinBudget } from './budget';

const service = getLanguageService();
let version = 0;
const fresh = (text: string) => TextDocument.create('file:///fuzz.webhook', 'braze-webhook', ++version, text);

/** Where, as fractions of the text's length: the positions and the ends of the ranges. */
export interface Places {
  positions: number[];
  ranges: [number, number][];
}

/** Calls everything on `text` within the hang guard; throws what a call throws, and when a check threw (the validation turns that into a diagnostic). */
export function callEverything(text: string, places: Places): void {
  const n = text.length;
  const offset = (f: number) => Math.min(n, Math.floor(f * (n + 1)));
  const budget = <T>(what: string, call: (document: TextDocument) => T): T => withinBudget(what, n, () => call(fresh(text)));
  budget('parseWebhook', () => parseWebhook(text));
  const internal = budget('doValidation', (d) => service.doValidation(d)).find((d) => String(d.message).startsWith('Internal error'));
  if (internal) throw new Error(`${String(internal.message)} (check ${String(internal.code)})`);
  for (const f of places.positions) {
    const at = offset(f);
    budget(`doComplete at ${at}`, (d) => service.doComplete(d, d.positionAt(at)));
    budget(`doHover at ${at}`, (d) => service.doHover(d, d.positionAt(at)));
    budget(`doSignatureHelp at ${at}`, (d) => service.doSignatureHelp(d, d.positionAt(at)));
  }
  for (const [a, b] of places.ranges) {
    const [from, to] = [offset(Math.min(a, b)), offset(Math.max(a, b))];
    budget(`doCodeActions at ${from}-${to}`, (d) => service.doCodeActions(d, { start: d.positionAt(from), end: d.positionAt(to) }));
  }
  budget('findDocumentSymbols', (d) => service.findDocumentSymbols(d));
  budget('getFoldingRanges', (d) => service.getFoldingRanges(d));
  service.forget('file:///fuzz.webhook');
}

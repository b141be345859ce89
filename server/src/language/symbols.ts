import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { JsonValue, Span, WebhookDocument } from '../syntax';

/** Longer names and details are cut: an outline shows one line per symbol. */
const MAX_NAME = 120;

/**
 * The outline of a template (and the breadcrumbs): the request line, each header, and the
 * body's keys, nested as the JSON nests.
 */
export function documentSymbols(doc: WebhookDocument, document: TextDocument): DocumentSymbol[] {
  const range = (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  const symbol = (name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: cut(name) || '""',
    detail: detail === undefined ? undefined : cut(detail),
    kind,
    range: range(span),
    selectionRange: range(selection),
    children,
  });
  const symbols: DocumentSymbol[] = [];
  const line = doc.requestLine;
  if (line) {
    const url = line.url ? doc.text.slice(line.url.start, line.url.end) : '';
    symbols.push(symbol(`${line.method?.text ?? ''} ${url}`.trim(), SymbolKind.Method, line, line.method ?? line, doc.name));
  }
  for (const header of doc.headers) {
    symbols.push(symbol(header.name.text, SymbolKind.Property, header, header.name, header.value.text));
  }
  const body = doc.body;
  if (body) {
    const root = doc.json?.root;
    const children = root ? members(root) : undefined;
    symbols.push(symbol('Body', root?.kind === 'array' ? SymbolKind.Array : SymbolKind.Object, body, { start: body.start, end: body.start }, undefined, children));
  }
  return symbols;

  function members(value: JsonValue): DocumentSymbol[] | undefined {
    if (value.members) {
      return value.members.map((m) => {
        const span = { start: m.start, end: Math.max(m.end, m.key.end) };
        return symbol(m.key.value, kindOf(m.value), span, m.key, m.value ? detailOf(m.value) : undefined, m.value ? members(m.value) : undefined);
      });
    }
    if (value.items) {
      return value.items.map((item, i) => symbol(`[${i}]`, kindOf(item), item, item, detailOf(item), members(item)));
    }
    return undefined;
  }

  function detailOf(value: JsonValue): string | undefined {
    return value.kind === 'object' || value.kind === 'array' ? undefined : doc.text.slice(value.start, value.end);
  }
}

function kindOf(value: JsonValue | undefined): SymbolKind {
  switch (value?.kind) {
    case 'object':
      return SymbolKind.Object;
    case 'array':
      return SymbolKind.Array;
    case 'number':
      return SymbolKind.Number;
    case 'boolean':
      return SymbolKind.Boolean;
    case 'null':
      return SymbolKind.Null;
    default:
      return SymbolKind.String;
  }
}

const cut = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_NAME ? `${one.slice(0, MAX_NAME - 1)}…` : one;
};

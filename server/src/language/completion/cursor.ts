import type { Field, LiquidNode, WebhookDocument } from '../../syntax';

/** Where the cursor stands in the file's structure, read from the parse tree (half-written Liquid included). */
export type Section =
  | { kind: 'comment' }
  | { kind: 'method'; start: number }
  | { kind: 'url'; start: number }
  | { kind: 'header-name'; start: number }
  | { kind: 'header-value'; start: number; headerName: string }
  | { kind: 'body'; start: number };

/** A `{{` or `{%` opened before the cursor and not closed before it, within its field. */
export interface OpenLiquid {
  kind: 'output' | 'tag';
  /** Offset of the opening delimiter. */
  open: number;
  /** Offset after the delimiter (and a `-` of whitespace control). */
  contentStart: number;
}

export interface Cursor {
  text: string;
  offset: number;
  doc: WebhookDocument;
  section: Section;
  /** The parsed field the cursor is in, when the parser knows one. */
  field?: Field;
  liquid?: OpenLiquid;
}

export function cursorAt(doc: WebhookDocument, offset: number): Cursor {
  const section = sectionAt(doc, offset);
  const cursor: Cursor = { text: doc.text, offset, doc, section };
  if (section.kind === 'comment' || section.kind === 'method') return cursor;
  cursor.field = fieldFor(doc, section, offset);
  if (cursor.field) cursor.liquid = openLiquid(doc, cursor.field, offset);
  return cursor;
}

const on = (span: { start: number; end: number } | undefined, offset: number): boolean => !!span && span.start <= offset && offset <= span.end;

function sectionAt(doc: WebhookDocument, offset: number): Section {
  const { layout } = doc;
  const bodyStart = doc.body?.start ?? (layout.separator ? layout.separator.end + 1 : Infinity);
  if (offset >= bodyStart) return { kind: 'body', start: bodyStart };
  if (doc.comments.some((c) => on(c, offset))) return { kind: 'comment' };
  const rl = layout.requestLine;
  if (!rl || offset < rl.start) return { kind: 'method', start: lineStart(doc.text, offset) };
  if (on(rl, offset)) {
    const method = doc.requestLine?.method;
    const methodEnd = method?.end ?? rl.start;
    if (offset <= methodEnd) return { kind: 'method', start: method?.start ?? rl.start };
    // The URL as it is being typed starts at its first character, or at the cursor when nothing is typed yet.
    return { kind: 'url', start: Math.min(doc.requestLine?.url?.start ?? offset, offset) };
  }
  const line = layout.headerLines.find((l) => on(l, offset));
  const header = line?.header === undefined ? undefined : doc.headers[line.header];
  if (line && line.continuation) return { kind: 'header-value', start: header ? Math.min(header.value.start, offset) : offset, headerName: header?.name.text ?? '' };
  if (line && header) {
    if (header.colon === undefined || offset <= header.colon) return { kind: 'header-name', start: line.start };
    return { kind: 'header-value', start: Math.min(skipBlanks(doc.text, header.colon + 1), offset), headerName: header.name.text };
  }
  return { kind: 'header-name', start: lineStart(doc.text, offset) };
}

function skipBlanks(text: string, p: number): number {
  while (text[p] === ' ' || text[p] === '\t') p++;
  return p;
}

function lineStart(text: string, offset: number): number {
  let p = offset;
  while (p > 0 && text[p - 1] !== '\n' && text[p - 1] !== '\r') p--;
  return p;
}

function fieldFor(doc: WebhookDocument, section: Section, offset: number): Field | undefined {
  if (section.kind === 'url') return doc.requestLine?.url;
  if (section.kind === 'body') return doc.body;
  if (section.kind === 'header-value') return doc.headers.find((h) => h.start <= offset && (offset <= h.end + 1 || reaches(doc.text, h.end, offset)))?.value;
  return undefined;
}

/**
 * The innermost `{{` or `{%` around the cursor: a node whose delimiters enclose it, or a
 * delimiter the parser found left open in this field before it on its line.
 */
function openLiquid(doc: WebhookDocument, field: Field, offset: number): OpenLiquid | undefined {
  let found: { open: number; kind: OpenLiquid['kind'] } | undefined;
  const consider = (open: number, kind: OpenLiquid['kind']) => {
    if (!found || open > found.open) found = { open, kind };
  };
  // A line of a `{% liquid %}` tag has no delimiters of its own: the tag that holds it is what stands open.
  for (const n of field.liquid) if (n.start + 2 <= offset && offset <= n.end - 2 && !(n.type === 'tag' && n.liquidTag)) consider(n.start, kindOf(n));
  for (const p of doc.problems) {
    if (p.kind !== 'delimiter-unclosed' || p.start < field.start || p.start > field.end) continue;
    if (p.start + 2 <= offset && reaches(doc.text, p.end, offset)) consider(p.start, doc.text.startsWith('{%', p.start) ? 'tag' : 'output');
  }
  if (!found) return undefined;
  const contentStart = found.open + 2 + (doc.text[found.open + 2] === '-' ? 1 : 0);
  return { ...found, contentStart };
}

/** Whether `offset` is at most `end`, or after it with only blanks typed in between: the last word written ends a span, the cursor may stand past it. */
const reaches = (text: string, end: number, offset: number): boolean => offset <= end || /^[ \t]*$/.test(text.slice(end, offset));

const kindOf = (n: LiquidNode): OpenLiquid['kind'] => (n.type === 'tag' ? 'tag' : 'output');

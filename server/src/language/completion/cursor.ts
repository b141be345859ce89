import { commentPrefix, lines, type Field, type WebhookDocument } from '../../syntax';

/** Where the cursor stands in the file's structure, read from the text as typed (half-written Liquid included). */
export type Section =
  | { kind: 'comment' }
  | { kind: 'method'; start: number }
  | { kind: 'url'; start: number }
  | { kind: 'header-name'; start: number }
  | { kind: 'header-value'; start: number; headerName: string }
  | { kind: 'body'; start: number };

/** An unclosed `{{` or `{%` before the cursor, within its field. */
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

/** Reads the cursor's section line by line, the same way the parser splits the file. */
export function cursorAt(doc: WebhookDocument, offset: number): Cursor {
  const text = doc.text;
  const section = sectionAt(doc, offset);
  const cursor: Cursor = { text, offset, doc, section };
  if (section.kind === 'comment' || section.kind === 'method') return cursor;
  cursor.field = fieldFor(doc, section, offset);
  cursor.liquid = openLiquid(text, section.start, offset);
  return cursor;
}

function sectionAt(doc: WebhookDocument, offset: number): Section {
  const text = doc.text;
  let phase: 'preamble' | 'headers' | 'body' = 'preamble';
  let headerName = '';
  let headerStart = 0;
  for (const line of lines(text)) {
    const inLine = offset >= line.start && offset <= line.end;
    const blank = text.slice(line.start, line.end).trim() === '';
    if (phase === 'body') return { kind: 'body', start: bodyStart(doc, line.start) };
    if (phase === 'preamble') {
      if (blank || commentPrefix(text, line) !== undefined) {
        if (inLine) return blank ? { kind: 'method', start: line.start } : { kind: 'comment' };
        continue;
      }
      phase = 'headers';
      if (inLine) {
        const methodEnd = line.start + (/^\S*/.exec(text.slice(line.start, line.end))?.[0].length ?? 0);
        return offset <= methodEnd ? { kind: 'method', start: line.start } : { kind: 'url', start: skipBlanks(text, methodEnd) };
      }
      continue;
    }
    if (blank) {
      if (inLine) return { kind: 'header-name', start: line.start };
      phase = 'body';
      continue;
    }
    const indented = text[line.start] === ' ' || text[line.start] === '\t';
    if (!indented) {
      if (commentPrefix(text, line) !== undefined) {
        if (inLine) return { kind: 'comment' };
        continue;
      }
      const colon = text.indexOf(':', line.start);
      const hasColon = colon !== -1 && colon < line.end;
      headerName = text.slice(line.start, hasColon ? colon : line.end).trim();
      headerStart = hasColon ? skipBlanks(text, colon + 1) : line.end;
      if (inLine) {
        return !hasColon || offset <= colon ? { kind: 'header-name', start: line.start } : { kind: 'header-value', start: headerStart, headerName };
      }
    } else if (inLine) {
      return { kind: 'header-value', start: headerStart, headerName };
    }
  }
  return phase === 'body' ? { kind: 'body', start: bodyStart(doc, offset) } : { kind: 'method', start: offset };
}

function bodyStart(doc: WebhookDocument, fallback: number): number {
  return doc.body?.start ?? fallback;
}

function skipBlanks(text: string, p: number): number {
  while (text[p] === ' ' || text[p] === '\t') p++;
  return p;
}

function fieldFor(doc: WebhookDocument, section: Section, offset: number): Field | undefined {
  if (section.kind === 'url') return doc.requestLine?.url;
  if (section.kind === 'body') return doc.body;
  if (section.kind === 'header-value') return doc.headers.find((h) => h.start <= offset && offset <= h.end + 1)?.value;
  return undefined;
}

/** The innermost `{{` or `{%` opened and not closed between the field's start and the cursor. */
function openLiquid(text: string, from: number, offset: number): OpenLiquid | undefined {
  const before = text.slice(from, offset);
  const out = before.lastIndexOf('{{');
  const tag = before.lastIndexOf('{%');
  const outOpen = out !== -1 && !before.slice(out).includes('}}');
  const tagOpen = tag !== -1 && !before.slice(tag).includes('%}');
  if (outOpen && (!tagOpen || out > tag)) return contentAfter('output', from + out, text);
  if (tagOpen) return contentAfter('tag', from + tag, text);
  return undefined;
}

function contentAfter(kind: OpenLiquid['kind'], open: number, text: string): OpenLiquid {
  let contentStart = open + 2;
  if (text[contentStart] === '-') contentStart++;
  return { kind, open, contentStart };
}

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Knowledge } from '../core';
import type { Field, JsonValue, LiquidTag, Span, WebhookDocument } from '../syntax';

/**
 * What an editor can fold: each Liquid block (`{% if %}` to its `{% endif %}`, within one field,
 * as Braze renders each field on its own), a header written over several lines, each JSON object
 * or array of the body, and runs of comment lines. Lines only: every client takes those.
 */
export function foldingRanges(doc: WebhookDocument, document: TextDocument, knowledge: Knowledge): FoldingRange[] {
  const line = (offset: number) => document.positionAt(offset).line;
  const ranges: FoldingRange[] = [];
  /** `closedBy` is the span whose line stays visible (a closing tag or bracket): the fold ends on the line before it. */
  const add = (start: number, end: number, kind?: FoldingRangeKind, closedBy = false) => {
    const startLine = line(start);
    const endLine = line(end) - (closedBy ? 1 : 0);
    if (endLine > startLine) ranges.push({ startLine, endLine, kind });
  };

  const blocks = new Set<string>();
  const ends = new Map<string, string>();
  for (const tag of knowledge.braze.tags) {
    if (tag.kind !== 'block' || !tag.endTag) continue;
    blocks.add(tag.name);
    ends.set(tag.endTag, tag.name);
  }
  const fields: Field[] = [...(doc.requestLine?.url ? [doc.requestLine.url] : []), ...doc.headers.map((h) => h.value), ...(doc.body ? [doc.body] : [])];
  for (const field of fields) {
    const open: LiquidTag[] = [];
    // How many of each block are open: an end tag searches the stack only when its opener is on
    // it, and pops what it passes, so the pairing stays linear on any nesting.
    const openCount = new Map<string, number>();
    for (const node of field.liquid) {
      if (node.type !== 'tag') continue;
      const opener = ends.get(node.name.text);
      if (opener === undefined) {
        if (!blocks.has(node.name.text)) continue;
        open.push(node);
        openCount.set(node.name.text, (openCount.get(node.name.text) ?? 0) + 1);
        continue;
      }
      if (!openCount.get(opener)) continue;
      let at = open.length - 1;
      while (open[at].name.text !== opener) at--;
      add(open[at].start, node.start, FoldingRangeKind.Region, true);
      for (const t of open.splice(at)) openCount.set(t.name.text, openCount.get(t.name.text)! - 1);
    }
  }

  for (const header of doc.headers) add(header.start, header.end);
  if (doc.json?.root) json(doc.json.root);
  comments(doc.comments);
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);

  function json(value: JsonValue): void {
    if (value.kind !== 'object' && value.kind !== 'array') return;
    add(value.start, value.end - 1, undefined, true);
    for (const m of value.members ?? []) if (m.value) json(m.value);
    for (const item of value.items ?? []) json(item);
  }

  function comments(list: readonly Span[]): void {
    let first: Span | undefined;
    let last: Span | undefined;
    for (const c of list) {
      if (first && last && line(c.start) === line(last.start) + 1) {
        last = c;
        continue;
      }
      if (first && last) add(first.start, last.start, FoldingRangeKind.Comment);
      first = last = c;
    }
    if (first && last) add(first.start, last.start, FoldingRangeKind.Comment);
  }
}

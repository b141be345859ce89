import {
  HTTP_METHODS,
  type Comment,
  type Field,
  type Header,
  type OffsetMap,
  type RequestLine,
  type SyntaxProblem,
  type WebhookDocument,
} from './ast';
import { t } from '../core';
import { parseJsonBody } from './json-body';
import { parseFieldLiquid, type FieldLiquid } from './liquid';
import { commentPrefix, isBlankLine, lines, type Line } from './lines';
import { identityMap, toFileEnd, toFileStart } from './offset-map';

const NAME_DIRECTIVE = /^\s*@name\s+/;
const DIRECTIVE = 'braze-webhook-disable-next-line';
const DISABLE_DIRECTIVE = /^\s*braze-webhook-disable-next-line\b(.*)$/;
/** In the body a `#` line would be sent to Salesforce, so the directive is a Liquid comment there. */
const BODY_DISABLE_DIRECTIVE = /^[ \t]*\{%-?\s*comment\s*-?%\}\s*braze-webhook-disable-next-line\b(.*?)\{%-?\s*endcomment\s*-?%\}[ \t]*$/;

/**
 * Parses a `.webhook` file. Always returns a tree; what it cannot read goes
 * to `problems`. One pass over the lines, then one Liquid pass per field, so
 * the time is linear in the text.
 */
export function parseWebhook(text: string): WebhookDocument {
  const doc: WebhookDocument = { text, layout: { headerLines: [] }, comments: [], headers: [], attributes: [], problems: [] };
  const it = lines(text);
  let line = it.next();

  for (; !line.done; line = it.next()) {
    const l = line.value;
    if (isBlankLine(text, l)) continue;
    if (!readComment(doc, l)) break;
  }
  if (line.done || (line.value.start >= text.length)) {
    doc.problems.push({ start: text.length, end: text.length, code: 'request-line', kind: 'request-line-missing', message: t('The request line is missing: start with "POST https://..." (method, then URL)') });
    return doc;
  }

  const first = line.value;
  const looksLikeHeader = /^[\w-]+\s*:(?!\/\/)/.test(text.slice(first.start, first.end)) && !/^\s*(GET|POST|PUT|PATCH|DELETE)\b/i.test(text.slice(first.start, first.end));
  if (looksLikeHeader) {
    doc.problems.push({ start: first.start, end: first.end, code: 'request-line', kind: 'request-line-missing', message: t('The request line is missing: the file must start with "METHOD URL" before its headers') });
  } else {
    doc.requestLine = readRequestLine(text, first, doc.problems);
    doc.layout.requestLine = { start: first.start, end: first.end };
    if (doc.requestLine.url) attachLiquid(doc.requestLine.url, doc);
    line = it.next();
  }

  let current: Header | undefined;
  let segments: OffsetMap['segments'] = [];
  const finishHeader = () => {
    if (current) current.value = finishField(text, 'header', segments, doc);
    current = undefined;
  };
  for (; !line.done; line = it.next()) {
    const l = line.value;
    if (l.start >= text.length && l.end === l.start) break;
    if (isBlankLine(text, l)) {
      doc.layout.separator = { start: l.start, end: l.end };
      break;
    }
    const indented = text[l.start] === ' ' || text[l.start] === '\t';
    if (!(indented && current) && commentPrefix(text, l) !== undefined) {
      finishHeader();
      readComment(doc, l);
      continue;
    }
    if (indented) {
      doc.layout.headerLines.push({ start: l.start, end: l.end, header: current ? doc.headers.length - 1 : undefined, continuation: true });
      if (current) {
        let s = l.start;
        while (text[s] === ' ' || text[s] === '\t') s++;
        const e = trimEnd(text, s, l.end);
        const last = segments[segments.length - 1];
        const textStart = last.textStart + last.length + 1;
        segments.push({ textStart, fileStart: s, length: e - s });
        current.end = e;
      } else {
        doc.problems.push({ start: l.start, end: l.end, code: 'header-syntax', kind: 'header-continuation-orphan', message: t('An indented line continues a header, but no header stands above it') });
      }
      continue;
    }
    finishHeader();
    doc.layout.headerLines.push({ start: l.start, end: l.end, header: doc.headers.length, continuation: false });
    const parsed = readHeaderLine(text, l, doc.problems);
    current = parsed.header;
    segments = parsed.segments;
    doc.headers.push(current);
  }
  finishHeader();

  if (!line.done) line = it.next();
  if (!line.done && line.value.start < text.length) {
    const bodyStart = line.value.start;
    if (text.slice(bodyStart).trim() !== '') {
      doc.body = finishField(text, 'body', identityMap(bodyStart, text.length - bodyStart).segments, doc, (liquid) => {
        const json = parseJsonBody(text.slice(bodyStart), liquid.nodes);
        if (json.json) doc.json = shiftSpans(json.json, bodyStart);
        // Broken Liquid breaks the JSON around it; only the Liquid problem is worth a squiggle.
        const liquidBroken = liquid.problems.some((p) => p.code === 'liquid-syntax');
        if (!liquidBroken) for (const p of json.problems) doc.problems.push(shiftSpans(p, bodyStart));
      });
    }
  }
  if (doc.body) readBodyDirectives(doc, doc.body.start);
  doc.problems.sort((a, b) => a.start - b.start);
  return doc;
}

/** `{% comment %} braze-webhook-disable-next-line CODE {% endcomment %}` lines of the body. */
function readBodyDirectives(doc: WebhookDocument, bodyStart: number): void {
  const text = doc.text;
  // A line holds one directive at most: after one is read, the search goes on from the next line.
  for (let at = text.indexOf(DIRECTIVE, bodyStart); at !== -1; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    let next = text.indexOf('\n', at);
    if (next === -1) next = text.length;
    const end = text[next - 1] === '\r' ? next - 1 : next;
    const m = BODY_DISABLE_DIRECTIVE.exec(text.slice(start, end));
    if (m) doc.comments.push({ start, end, text: text.slice(start, end), disableNextLine: m[1].split(/[\s,]+/).filter(Boolean) });
    at = text.indexOf(DIRECTIVE, next);
  }
}

function readComment(doc: WebhookDocument, l: Line): boolean {
  const text = doc.text;
  const after = commentPrefix(text, l);
  if (after === undefined) return false;
  const body = text.slice(after, l.end);
  const comment: Comment = { start: l.start, end: l.end, text: body };
  const directive = NAME_DIRECTIVE.exec(body);
  if (directive && text[after - 1] === '#') {
    const name = body.slice(directive[0].length).trimEnd();
    comment.name = name;
    doc.name ??= name;
  }
  const disable = DISABLE_DIRECTIVE.exec(body);
  if (disable) comment.disableNextLine = disable[1].split(/[\s,]+/).filter(Boolean);
  doc.comments.push(comment);
  return true;
}

function readRequestLine(text: string, l: Line, problems: SyntaxProblem[]): RequestLine {
  let p = l.start;
  while (text[p] === ' ' || text[p] === '\t') p++;
  let q = p;
  while (q < l.end && text[q] !== ' ' && text[q] !== '\t') q++;
  const end = trimEnd(text, l.start, l.end);
  const rl: RequestLine = { start: p, end, method: { start: p, end: q, text: text.slice(p, q) } };
  const method = rl.method!.text;
  if (/^(https?:|\{\{|\[)/i.test(method)) {
    problems.push({ start: p, end: q, code: 'request-line', kind: 'method-missing', message: t('The request line has no method: write "POST {0}" (or GET, PUT, PATCH, DELETE)', method) });
    rl.method = undefined;
    const urlField: Field = { kind: 'url', start: p, end, text: text.slice(p, end), map: identityMap(p, end - p), liquid: [] };
    rl.url = urlField;
    return rl;
  }
  let u = q;
  while (u < end && (text[u] === ' ' || text[u] === '\t')) u++;
  const known = (HTTP_METHODS as readonly string[]).includes(method);
  if (!known && u >= end) {
    problems.push({ start: p, end: q, code: 'request-line', kind: 'request-line-missing', message: t('"{0}" is not a request line: start with "POST https://..." (method, then URL)', method) });
    return rl;
  }
  if (!known) {
    const upper = method.toUpperCase();
    const message = (HTTP_METHODS as readonly string[]).includes(upper)
      ? t('Unknown HTTP method "{0}": write it in capitals: "{1}"', method, upper)
      : t('Unknown HTTP method "{0}": use one of {1}', method, HTTP_METHODS.join(', '));
    problems.push({ start: p, end: q, code: 'request-line', kind: 'method-unknown', message });
  }
  if (u >= end) {
    problems.push({ start: p, end: q, code: 'request-line', kind: 'url-missing', message: t('The request line has no URL: write "{0} https://..."', method) });
    return rl;
  }
  const urlField: Field = { kind: 'url', start: u, end, text: text.slice(u, end), map: identityMap(u, end - u), liquid: [] };
  rl.url = urlField;
  return rl;
}

function readHeaderLine(text: string, l: Line, problems: SyntaxProblem[]): { header: Header; segments: OffsetMap['segments'] } {
  const end = trimEnd(text, l.start, l.end);
  let colon = l.start;
  while (colon < end && text[colon] !== ':') colon++;
  const lineText = text.slice(l.start, end);
  const bodyLike = /^[{[]/.test(lineText);
  if (colon >= end || bodyLike) {
    const recovered = bodyLike ? null : /^([A-Za-z][\w-]*)([ \t]+)\S/.exec(lineText);
    if (recovered) {
      // `Content-Type application/json`: read it as the header it was meant to be, so checks of
      // that header see it, and report only the missing colon.
      const name = recovered[1];
      const v = l.start + name.length + recovered[2].length;
      problems.push({ start: l.start, end, code: 'header-syntax', kind: 'header-colon-missing', message: t('The header "{0}" has no colon: write "{0}: {1}"', name, text.slice(v, end)) });
      return {
        header: { start: l.start, end, name: { start: l.start, end: l.start + name.length, text: name }, value: emptyField(v) },
        segments: [{ textStart: 0, fileStart: v, length: end - v }],
      };
    }
    const message = bodyLike
      ? t('A blank line must separate the headers from the body')
      : t('"{0}" is not a header: write "Name: value"', lineText);
    problems.push({ start: l.start, end, code: 'header-syntax', kind: bodyLike ? 'body-separator-missing' : 'header-not-a-header', message });
    return {
      header: { start: l.start, end, name: { start: l.start, end, text: lineText }, value: emptyField(end) },
      segments: [{ textStart: 0, fileStart: end, length: 0 }],
    };
  }
  const nameEnd = trimEnd(text, l.start, colon);
  const name = { start: l.start, end: nameEnd, text: text.slice(l.start, nameEnd) };
  if (!name.text) problems.push({ start: l.start, end: colon + 1, code: 'header-syntax', kind: 'header-name-missing', message: t('The header has no name before its colon') });
  let v = colon + 1;
  while (v < end && (text[v] === ' ' || text[v] === '\t')) v++;
  return {
    header: { start: l.start, end, name, colon, value: emptyField(v) },
    segments: [{ textStart: 0, fileStart: v, length: end - v }],
  };
}

function emptyField(at: number): Field {
  return { kind: 'header', start: at, end: at, text: '', map: identityMap(at, 0), liquid: [] };
}

/** Builds a field from its segments and reads its Liquid. */
function finishField(text: string, kind: Field['kind'], segments: OffsetMap['segments'], doc: WebhookDocument, beforeMapping?: (liquid: FieldLiquid) => void): Field {
  const map: OffsetMap = { segments };
  const fieldText = segments.map((s) => text.slice(s.fileStart, s.fileStart + s.length)).join(' ');
  const last = segments[segments.length - 1];
  const field: Field = { kind, start: segments[0].fileStart, end: last.fileStart + last.length, text: fieldText, map, liquid: [] };
  attachLiquid(field, doc, beforeMapping);
  return field;
}

/**
 * Reads a field's Liquid into it with every span mapped to the file;
 * `beforeMapping` sees the nodes while they are still in field-text offsets.
 */
function attachLiquid(field: Field, doc: WebhookDocument, beforeMapping?: (liquid: FieldLiquid) => void): void {
  const parsed = parseFieldLiquid(field.text);
  beforeMapping?.(parsed);
  const toFile = <T>(value: T): T => mapSpans(value, field.map);
  field.liquid = parsed.nodes.map(toFile);
  // One at a time: a spread of a field's hundred thousand problems would overflow the stack.
  for (const a of parsed.attributes) doc.attributes.push(toFile(a));
  for (const p of parsed.problems) doc.problems.push(toFile(p));
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

/** Maps every `start`/`end` pair of a freshly parsed tree from field text to file offsets, in place. */
function mapSpans<T>(value: T, map: OffsetMap): T {
  if (map.segments.length === 1) return shiftSpans(value, map.segments[0].fileStart);
  return walkSpans(value, (s) => toFileStart(map, s), (e) => toFileEnd(map, e));
}

function shiftSpans<T>(value: T, by: number): T {
  return by === 0 ? value : walkSpans(value, (s) => s + by, (e) => e + by);
}

/**
 * Mutates rather than copies: the parser builds a new tree for each field and
 * shares no node between two places, and a 1 MB body is mostly spans.
 */
function walkSpans<T>(value: T, start: (n: number) => number, end: (n: number) => number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (const v of value) walkSpans(v, start, end);
    return value;
  }
  const node = value as Record<string, unknown>;
  for (const key in node) {
    const v = node[key];
    if (v !== null && typeof v === 'object') walkSpans(v, start, end);
  }
  if (typeof node.start === 'number' && typeof node.end === 'number') {
    const s = start(node.start);
    node.end = Math.max(end(node.end), s);
    node.start = s;
  }
  return value;
}

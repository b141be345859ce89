import { TokenKind, type TagToken } from 'liquidjs';
import type { AttributeRef, LiquidNode, LiquidOutput, LiquidTag, Span, SyntaxProblem } from './ast';
import { argsSpan, builtinTag, isLiquidBlank, liquidLines, t, translateBrazeLiquid, type DelimiterProblem, type MaskedAttribute, type OutputToken } from '../core';
import { parseConnectedContent } from './connected-content';
import { cleanMessage, scanExpression, strictFilteredValueError, type AttributeIndex, type StrictReadError } from './liquid-expression';
import { checkBlocks, LIQUID_TAG } from './liquid-blocks';
import { parseTagArguments } from './liquid-tag-args';
import { ValueReader } from './value-reader';

/** The Liquid of one field, in offsets of the field's own text. */
export interface FieldLiquid {
  nodes: LiquidNode[];
  attributes: AttributeRef[];
  problems: SyntaxProblem[];
}

/**
 * Tokenizes a field's text with liquidjs after masking Braze's syntax, and
 * reads each output and tag. Never throws: what liquidjs rejects becomes a
 * `liquid-syntax` problem and scanning goes on after the bad delimiter.
 */
export function parseFieldLiquid(text: string): FieldLiquid {
  const problems: SyntaxProblem[] = [];
  if (!text.includes('{') && !text.includes('$')) return { nodes: [], attributes: [], problems };
  const translated = translateBrazeLiquid(text);
  const index: AttributeIndex = new Map();
  for (const a of translated.attributes) index.set(a.start, a);
  const lineEnd = lineEnds(text);
  for (const p of translated.problems) problems.push(delimiterProblem(p, text, lineEnd(p.start)));
  const { tokens } = translated;
  const masked = translated.text;

  const nodes: LiquidNode[] = [];
  for (const token of tokens) {
    if (token.kind === TokenKind.Output) nodes.push(readOutput(token as OutputToken, masked, text, index, problems));
    else for (const n of readTag(token as TagToken, masked, text, index, problems)) nodes.push(n);
  }
  for (const p of checkBlocks(nodes.filter((n): n is LiquidTag => n.type === 'tag' && !n.liquidTag))) problems.push(p);
  // Outside Liquid, `${` is plain text that Braze sends as it is.
  for (const u of insideNodes(translated.unclosedAttributes, nodes)) {
    problems.push({ start: u.start, end: u.end, code: 'liquid-syntax', kind: 'attribute-unclosed', message: t('"{0}" is not closed: end the attribute reference with "{1}"', text.slice(u.start, u.end), '}') });
  }
  problems.sort((a, b) => a.start - b.start);
  const attributes = insideNodes(translated.attributes, nodes).map((m) => attributeRef(m, text));
  return { nodes, attributes, problems };
}

/** The end of the line of each offset (line break excluded), for offsets asked in increasing order. */
function lineEnds(text: string): (offset: number) => number {
  let end = -1;
  return (offset) => {
    if (offset > end) {
      end = offset;
      while (end < text.length && text[end] !== '\n') end++;
      if (text[end - 1] === '\r' && end > offset) end--;
    }
    return end;
  };
}

/** Built when asked, in the language configured by then. */
const unclosedTag = () => t('"{%" is not closed: add "%}"');
const unclosedOutput = () => t('"{{" is not closed: add "}}"');

/** A delimiter left open: the problem runs to `lineEnd`, the end of its line. (A field may hold thousands: plain literals, no spread.) */
function delimiterProblem(p: DelimiterProblem, text: string, lineEnd: number): SyntaxProblem {
  const end = Math.max(lineEnd, p.start + 2);
  // liquidjs's own words (core's copy of them): no key of ours.
  if (p.kind === 'unreadable') return { start: p.start, end, code: 'liquid-syntax', kind: 'delimiter-unreadable', message: cleanMessage(p.detail) };
  return { start: p.start, end, code: 'liquid-syntax', kind: 'delimiter-unclosed', message: text.startsWith('{%', p.start) ? unclosedTag() : unclosedOutput() };
}

function readOutput(token: OutputToken, masked: string, text: string, index: AttributeIndex, problems: SyntaxProblem[]): LiquidOutput {
  const [from, to] = token.contentRange;
  const node: LiquidOutput = { type: 'output', start: token.begin, end: token.end, content: { start: from, end: to } };
  if (masked.slice(from, to).trim() === '') {
    problems.push({ start: token.begin, end: token.end, code: 'liquid-syntax', kind: 'output-empty', message: t('"{0}" is empty: write a variable or an attribute reference inside it', text.slice(token.begin, token.end)) });
    return node;
  }
  const reader = new ValueReader(masked, from, to);
  const error = strictFilteredValueError(reader);
  if (error) {
    problems.push({ start: token.begin, end: token.end, code: 'liquid-syntax', kind: 'expression-unreadable', message: unreadableMessage(text.slice(token.begin, token.end), error) });
  }
  node.expression = scanExpression(reader, text, index);
  return node;
}

/** Why Liquid cannot read an output: a sentence of ours per case, or liquidjs's words as its argument. */
function unreadableMessage(written: string, error: StrictReadError): string {
  switch (error.reason) {
    case 'trailing':
      return t('Liquid cannot read "{0}": unexpected "{1}"', written, error.rest);
    case 'filter-name-missing':
      return t('Liquid cannot read "{0}": a filter name is missing after "|"', written);
    case 'liquidjs':
      return t('Liquid cannot read "{0}": {1}', written, error.message);
  }
}

function readTag(token: TagToken, masked: string, text: string, index: AttributeIndex, problems: SyntaxProblem[]): LiquidNode[] {
  let nameStart = token.contentRange[0];
  while (nameStart < token.contentRange[1] && isLiquidBlank(masked[nameStart])) nameStart++;
  return readTagParts({ start: token.begin, end: token.end }, nameStart, token.name, argsSpan(token), masked, text, index, problems);
}

/** A tag from its parts, its arguments read the way the tag table says; with the outputs or lines it holds. */
function readTagParts(span: Span, nameStart: number, name: string, args: Span, masked: string, text: string, index: AttributeIndex, problems: SyntaxProblem[]): LiquidNode[] {
  const tag: LiquidTag = {
    type: 'tag',
    start: span.start,
    end: span.end,
    name: { start: nameStart, end: nameStart + name.length, text: name },
    args,
    argsText: text.slice(args.start, args.end),
  };
  const reads = builtinTag(name)?.arguments;
  if (reads === 'connected-content') {
    const parsed = parseConnectedContent(text, masked, args.start, args.end);
    tag.connectedContent = parsed.connectedContent;
    for (const p of parsed.problems) problems.push(p);
    return [tag, ...parsed.outputs.map((o) => readOutput(o, masked, text, index, problems))];
  }
  if (reads === 'lines') return [tag, ...readLines(tag, masked, text, index, problems)];
  parseTagArguments(tag, masked, text, index, problems);
  return [tag];
}

/**
 * The lines of a `{% liquid %}` tag: liquidjs runs each as a tag (`readLiquidTagTokens`), so
 * each is read as one, `connected_content` included, and its blocks must close within the tag.
 */
function readLines(liquid: LiquidTag, masked: string, text: string, index: AttributeIndex, problems: SyntaxProblem[]): LiquidNode[] {
  const nodes: LiquidNode[] = [];
  const tags: LiquidTag[] = [];
  for (const line of liquidLines(masked, liquid.args.start, liquid.args.end)) {
    if (line.name === '#') continue;
    if (line.name === '') {
      problems.push({ start: line.start, end: line.end, code: 'liquid-syntax', kind: 'tag-name-missing', message: t('"{0}" in {1} is not a tag: each line starts with a tag name', text.slice(line.start, line.end), '{% liquid %}') });
      continue;
    }
    const read = readTagParts(line, line.nameStart, line.name, { start: line.argsStart, end: line.end }, masked, text, index, problems);
    const tag = read[0] as LiquidTag;
    tag.liquidTag = { start: liquid.start, end: liquid.end };
    tags.push(tag);
    for (const n of read) nodes.push(n);
  }
  for (const p of checkBlocks(tags, LIQUID_TAG)) problems.push(p);
  return nodes;
}

/**
 * The spans (sorted) that lie inside some node. Nodes are sorted by start and
 * an output nested in a tag comes right after it, so one sweep finds them.
 */
function insideNodes<T extends { start: number; end: number }>(spans: T[], nodes: LiquidNode[]): T[] {
  const inside: T[] = [];
  let n = 0;
  for (const s of spans) {
    while (n < nodes.length && nodes[n].end <= s.start) n++;
    for (let k = n; k < nodes.length && nodes[k].start <= s.start; k++) {
      if (s.end <= nodes[k].end) {
        inside.push(s);
        break;
      }
    }
  }
  return inside;
}

function attributeRef(m: MaskedAttribute, text: string): AttributeRef {
  return {
    start: m.namespaceStart ?? m.start,
    end: m.end,
    namespace: m.namespaceStart === undefined ? undefined : { start: m.namespaceStart, end: m.start - 1, text: text.slice(m.namespaceStart, m.start - 1) },
    name: { start: m.nameStart, end: m.nameEnd, text: text.slice(m.nameStart, m.nameEnd) },
  };
}

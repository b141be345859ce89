import { TokenKind, type TagToken } from 'liquidjs';
import type { AttributeRef, LiquidNode, LiquidOutput, LiquidTag, Span, SyntaxProblem } from './ast';
import { argsSpan, builtinTag, isLiquidBlank, liquidLines, translateBrazeLiquid, type DelimiterProblem, type MaskedAttribute, type OutputToken } from '../core';
import { parseConnectedContent } from './connected-content';
import { cleanMessage, scanExpression, strictFilteredValueError, type AttributeIndex } from './liquid-expression';
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
    problems.push({ start: u.start, end: u.end, code: 'liquid-syntax', kind: 'attribute-unclosed', message: `"${text.slice(u.start, u.end)}" is not closed: end the attribute reference with "}"` });
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

const UNCLOSED_TAG = '"{%" is not closed: add "%}"';
const UNCLOSED_OUTPUT = '"{{" is not closed: add "}}"';

/** A delimiter left open: the problem runs to `lineEnd`, the end of its line. (A field may hold thousands: plain literals, no spread.) */
function delimiterProblem(p: DelimiterProblem, text: string, lineEnd: number): SyntaxProblem {
  const end = Math.max(lineEnd, p.start + 2);
  if (p.kind === 'unreadable') return { start: p.start, end, code: 'liquid-syntax', kind: 'delimiter-unreadable', message: cleanMessage(p.detail) };
  return { start: p.start, end, code: 'liquid-syntax', kind: 'delimiter-unclosed', message: text.startsWith('{%', p.start) ? UNCLOSED_TAG : UNCLOSED_OUTPUT };
}

function readOutput(token: OutputToken, masked: string, text: string, index: AttributeIndex, problems: SyntaxProblem[]): LiquidOutput {
  const [from, to] = token.contentRange;
  const node: LiquidOutput = { type: 'output', start: token.begin, end: token.end, content: { start: from, end: to } };
  if (masked.slice(from, to).trim() === '') {
    problems.push({ start: token.begin, end: token.end, code: 'liquid-syntax', kind: 'output-empty', message: `"${text.slice(token.begin, token.end)}" is empty: write a variable or an attribute reference inside it` });
    return node;
  }
  const reader = new ValueReader(masked, from, to);
  const error = strictFilteredValueError(reader);
  if (error) {
    problems.push({ start: token.begin, end: token.end, code: 'liquid-syntax', kind: 'expression-unreadable', message: `Liquid cannot read "${text.slice(token.begin, token.end)}": ${error.message}` });
  }
  node.expression = scanExpression(reader, text, index);
  return node;
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
      problems.push({ start: line.start, end: line.end, code: 'liquid-syntax', kind: 'tag-name-missing', message: `"${text.slice(line.start, line.end)}" in {% liquid %} is not a tag: each line starts with a tag name` });
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

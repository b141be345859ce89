import { TokenKind, type TagToken } from 'liquidjs';
import type { AttributeRef, LiquidNode, LiquidOutput, LiquidTag, SyntaxProblem } from './ast';
import { argsSpan, translateBrazeLiquid, type DelimiterProblem, type MaskedAttribute, type OutputToken } from '../core';
import { parseConnectedContent } from './connected-content';
import { cleanMessage, scanExpression, strictFilteredValueError, type AttributeIndex } from './liquid-expression';
import { checkBlocks } from './liquid-blocks';
import { parseTagArguments } from './liquid-tag-args';

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
  for (const p of translated.problems) problems.push(delimiterProblem(p, text));
  const { tokens } = translated;
  const masked = translated.text;

  const nodes: LiquidNode[] = [];
  for (const token of tokens) {
    if (token.kind === TokenKind.Output) nodes.push(readOutput(token as OutputToken, masked, text, index, problems));
    else nodes.push(...readTag(token as TagToken, masked, text, index, problems));
  }
  problems.push(...checkBlocks(nodes.filter((n): n is LiquidTag => n.type === 'tag')));
  // Outside Liquid, `${` is plain text that Braze sends as it is.
  for (const u of insideNodes(translated.unclosedAttributes, nodes)) {
    problems.push({ ...u, code: 'liquid-syntax', kind: 'attribute-unclosed', message: `"${text.slice(u.start, u.end)}" is not closed: end the attribute reference with "}"` });
  }
  problems.sort((a, b) => a.start - b.start);
  const attributes = insideNodes(translated.attributes, nodes).map((m) => attributeRef(m, text));
  return { nodes, attributes, problems };
}

/** A delimiter left open: the problem runs to the end of its line. */
function delimiterProblem(p: DelimiterProblem, text: string): SyntaxProblem {
  const tagOpen = text.startsWith('{%', p.start);
  let end = text.indexOf('\n', p.start);
  if (end === -1) end = text.length;
  if (text[end - 1] === '\r') end--;
  const span = { start: p.start, end: Math.max(end, p.start + 2), code: 'liquid-syntax' as const };
  if (p.kind === 'unreadable') return { ...span, kind: 'delimiter-unreadable', message: cleanMessage(p.detail) };
  return { ...span, kind: 'delimiter-unclosed', message: `"${tagOpen ? '{%' : '{{'}" is not closed: add "${tagOpen ? '%}' : '}}'}"` };
}

function readOutput(token: OutputToken, masked: string, text: string, index: AttributeIndex, problems: SyntaxProblem[]): LiquidOutput {
  const [from, to] = token.contentRange;
  const node: LiquidOutput = { type: 'output', start: token.begin, end: token.end, content: { start: from, end: to } };
  if (masked.slice(from, to).trim() === '') {
    problems.push({ start: token.begin, end: token.end, code: 'liquid-syntax', kind: 'output-empty', message: `"${text.slice(token.begin, token.end)}" is empty: write a variable or an attribute reference inside it` });
    return node;
  }
  const error = strictFilteredValueError(masked, from, to);
  if (error) {
    problems.push({ start: token.begin, end: token.end, code: 'liquid-syntax', kind: 'expression-unreadable', message: `Liquid cannot read "${text.slice(token.begin, token.end)}": ${error.message}` });
  }
  node.expression = scanExpression(masked, text, from, to, index);
  return node;
}

function readTag(token: TagToken, masked: string, text: string, index: AttributeIndex, problems: SyntaxProblem[]): LiquidNode[] {
  let nameStart = token.contentRange[0];
  while (nameStart < token.contentRange[1] && /\s/.test(masked[nameStart])) nameStart++;
  const args = argsSpan(token);
  const tag: LiquidTag = {
    type: 'tag',
    start: token.begin,
    end: token.end,
    name: { start: nameStart, end: nameStart + token.name.length, text: token.name },
    args,
    argsText: text.slice(args.start, args.end),
  };
  if (token.name === 'connected_content') {
    const parsed = parseConnectedContent(text, masked, args.start, args.end);
    tag.connectedContent = parsed.connectedContent;
    problems.push(...parsed.problems);
    return [tag, ...parsed.outputs.map((o) => readOutput(o, masked, text, index, problems))];
  }
  parseTagArguments(tag, masked, text, index, problems);
  return [tag];
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

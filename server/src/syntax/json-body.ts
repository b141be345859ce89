import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { builtinKnowledge, t } from '../core';
import type { JsonBody, JsonMember, JsonValue, LiquidNode, SyntaxProblem } from './ast';

/** Deeper bodies are not parsed: jsonc-parser recurses, and no real webhook nests this far. */
export const JSON_MAX_DEPTH = 256;

/** Lazy: worded when a body is parsed, in the language configured by then. */
const MESSAGES: Record<string, () => string> = {
  InvalidSymbol: () => t('unexpected character'),
  InvalidNumberFormat: () => t('invalid number'),
  PropertyNameExpected: () => t('a property name in double quotes is expected'),
  ValueExpected: () => t('a value is expected'),
  ColonExpected: () => t('a colon is expected after the property name'),
  CommaExpected: () => t('a comma is expected'),
  CloseBraceExpected: () => t('a closing "}" is expected'),
  CloseBracketExpected: () => t('a closing "]" is expected'),
  EndOfFileExpected: () => t('nothing may follow the JSON value'),
  InvalidCommentToken: () => t('comments are not allowed in JSON'),
  UnexpectedEndOfComment: () => t('comments are not allowed in JSON'),
  UnexpectedEndOfString: () => t('the string is not closed'),
  UnexpectedEndOfNumber: () => t('the number is cut short'),
  InvalidUnicode: () => t('invalid \\u escape'),
  InvalidEscapeCharacter: () => t('invalid escape character'),
  InvalidCharacter: () => t('a control character (such as a line break) stands inside a string'),
};

export interface ParsedJson {
  json?: JsonBody;
  problems: SyntaxProblem[];
}

/**
 * Parses a body as JSON when it looks like JSON (starts with `{` or `[`).
 * Liquid is set aside first, offset for offset: inside a string an output or
 * tag becomes plain characters, outside one an output becomes a number and a
 * tag becomes blanks, so `{% if %}` around a member still parses.
 */
export function parseJsonBody(text: string, liquid: LiquidNode[]): ParsedJson {
  const top = topLevel(liquid);
  const { masked, depth, liquidOutputs } = maskLiquid(text, top);
  const first = masked.search(/\S/);
  if (first === -1 || (masked[first] !== '{' && masked[first] !== '[')) return { problems: [] };
  if (depth > JSON_MAX_DEPTH) {
    return { problems: [{ start: first, end: first + 1, code: 'json-invalid', kind: 'json-too-deep', message: t('the JSON body nests deeper than {0} levels', JSON_MAX_DEPTH) }] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(masked, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // jsonc-parser goes on after an error and reports its consequences too; the first is the one to fix.
  const problems = errors.slice(0, 1).map((e): SyntaxProblem => ({
    start: Math.min(e.offset, text.length),
    end: Math.min(e.offset + Math.max(e.length, 1), text.length),
    code: 'json-invalid',
    kind: 'json-syntax',
    message: t('Invalid JSON body: {0}', MESSAGES[printParseErrorCode(e.error)]?.() ?? printParseErrorCode(e.error)),
  }));
  const ctx: Context = { text, liquid: top.map((n) => [n.start, n.end] as const), liquidOutputs };
  return { json: { root: tree && convert(tree, ctx) }, problems };
}

/**
 * The body with its Liquid set aside as `parseJsonBody` does it, offsets
 * unchanged; `liquid` spans are `base` plus offsets in `text` (file offsets,
 * with the body's start). For tools that read JSON positions themselves
 * (completion, at the cursor).
 */
export function maskBodyLiquid(text: string, liquid: LiquidNode[], base = 0): string {
  return maskLiquid(text, topLevel(liquid), base).masked;
}

interface Context {
  text: string;
  /** Top-level Liquid spans, sorted. */
  liquid: readonly (readonly [number, number])[];
  /** Outputs standing where a JSON value goes: start -> end. */
  liquidOutputs: Map<number, number>;
}

/** Blocks whose content is not output: what `capture` captures and what `comment` hides, by end tag. */
const SILENT_OPENER = new Map(
  builtinKnowledge()
    .braze.tags.filter((t) => t.endTag && (t.body === 'captured' || t.body === 'hidden'))
    .map((t) => [t.endTag as string, t.name]),
);
const SILENT_BLOCKS = new Set(SILENT_OPENER.values());

/**
 * The spans that stand in the body as Liquid, sorted by start and end: a
 * silent block counts as one tag from its opening to its end tag, and the
 * outputs nested in a tag (`connected_content`'s URL) are dropped.
 */
function topLevel(liquid: LiquidNode[]): LiquidNode[] {
  const ends = silentBlockEnds(liquid);
  const top: LiquidNode[] = [];
  for (let i = 0; i < liquid.length; i++) {
    const end = ends.get(i);
    const n = end === undefined ? liquid[i] : { ...liquid[i], end: liquid[end].end };
    if (!top.length || n.start >= top[top.length - 1].end) top.push(n);
  }
  return top;
}

/** For each silent block's opening tag (by index), the index of the end tag that closes it, same-name nesting counted. */
function silentBlockEnds(liquid: LiquidNode[]): Map<number, number> {
  const open = new Map<string, number[]>();
  const ends = new Map<number, number>();
  for (let j = 0; j < liquid.length; j++) {
    const n = liquid[j];
    if (n.type !== 'tag') continue;
    const name = n.name.text;
    if (SILENT_BLOCKS.has(name)) {
      const stack = open.get(name);
      if (stack) stack.push(j);
      else open.set(name, [j]);
      continue;
    }
    const opener = SILENT_OPENER.get(name);
    const i = opener === undefined ? undefined : open.get(opener)?.pop();
    if (i !== undefined) ends.set(i, j);
  }
  return ends;
}

function maskLiquid(text: string, liquid: LiquidNode[], base = 0): { masked: string; depth: number; liquidOutputs: Map<number, number> } {
  let out = '';
  let copied = 0;
  let inString = false;
  let depth = 0;
  let maxDepth = 0;
  const liquidOutputs = new Map<number, number>();
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    while (next < liquid.length && liquid[next].end - base <= i) next++;
    const node = liquid[next];
    if (node && node.start - base === i) {
      const end = node.end - base;
      const len = end - i;
      const filler = inString ? 'x'.repeat(len) : node.type === 'output' ? '0' + ' '.repeat(len - 1) : ' '.repeat(len);
      if (!inString && node.type === 'output') liquidOutputs.set(i, end);
      out += text.slice(copied, i) + filler;
      copied = end;
      i = end - 1;
      continue;
    }
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') maxDepth = Math.max(maxDepth, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return { masked: out + text.slice(copied), depth: maxDepth, liquidOutputs };
}

function convert(node: Node, ctx: Context): JsonValue {
  const start = node.offset;
  const end = node.offset + node.length;
  const hasLiquid = overlapsLiquid(ctx.liquid, start, end);
  switch (node.type) {
    case 'object':
      return { kind: 'object', start, end, hasLiquid, members: convertMembers(node.children ?? [], ctx, end - 1) };
    case 'array':
      return { kind: 'array', start, end, hasLiquid, items: (node.children ?? []).map((c) => convert(c, ctx)) };
    case 'number': {
      const liquidEnd = ctx.liquidOutputs.get(start);
      if (liquidEnd !== undefined) return { kind: 'liquid', start, end: liquidEnd, hasLiquid: true };
      return { kind: 'number', start, end, hasLiquid, value: node.value as number };
    }
    case 'string':
    case 'boolean':
    case 'null':
      return { kind: node.type, start, end, hasLiquid, value: hasLiquid ? undefined : (node.value as string | boolean | null) };
    default:
      return { kind: 'null', start, end, hasLiquid };
  }
}

/**
 * The members of an object. A value written once per branch (`"Company": {% if %}"A"{% else %}"B"{% endif %}`)
 * masks to two strings in a row, which the parser reads as a value and then a key without one: that
 * "key" is the previous value's other branch, and the value is Liquid (the paths analysis renders each).
 */
function convertMembers(props: Node[], ctx: Context, closing: number): JsonMember[] {
  const members: JsonMember[] = [];
  const branched = new Set<JsonMember>();
  for (const prop of props) {
    const previous = members[members.length - 1];
    const keyNode = prop.children?.[0];
    if (previous?.value && keyNode && prop.children?.length === 1 && overlapsLiquid(ctx.liquid, previous.value.end, keyNode.offset)) {
      // The value starts at the first Liquid after the colon, not at the first branch's string.
      const colon = ctx.text.indexOf(':', previous.key.end);
      const blanks = colon === -1 ? -1 : ctx.text.slice(colon + 1, previous.value.start).search(/\S/);
      const first = blanks === -1 ? previous.value.start : colon + 1 + blanks;
      const end = keyNode.offset + keyNode.length;
      previous.value = { kind: 'liquid', start: Math.min(first, previous.value.start), end, hasLiquid: true };
      previous.end = end;
      branched.add(previous);
      continue;
    }
    members.push(convertMember(prop, ctx));
  }
  // The parser may drop a third branch: the value runs to the blanks and comma before what follows.
  members.forEach((m, i) => {
    if (!branched.has(m) || !m.value) return;
    let end = i + 1 < members.length ? members[i + 1].start : closing;
    while (end > m.value.end && /[\s,]/.test(ctx.text[end - 1])) end--;
    m.value.end = Math.max(m.value.end, end);
    m.end = m.value.end;
  });
  return members;
}

function convertMember(prop: Node, ctx: Context): JsonMember {
  const [keyNode, valueNode] = prop.children ?? [];
  const keyStart = keyNode?.offset ?? prop.offset;
  const keyEnd = keyNode ? keyNode.offset + keyNode.length : prop.offset;
  const raw = ctx.text.slice(keyStart, keyEnd);
  const member: JsonMember = {
    start: prop.offset,
    end: prop.offset + prop.length,
    key: { start: keyStart, end: keyEnd, text: raw, value: overlapsLiquid(ctx.liquid, keyStart, keyEnd) ? raw.slice(1, -1) : String(keyNode?.value ?? '') },
  };
  if (valueNode) member.value = convert(valueNode, ctx);
  return member;
}

/** Liquid spans are sorted, so a binary search finds the first that ends after `start`. */
function overlapsLiquid(liquid: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = liquid.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (liquid[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < liquid.length && liquid[lo][0] < end;
}

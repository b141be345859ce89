import { TokenKind, Tokenizer } from 'liquidjs';
import type { FilterCall, LiquidExpression, VariableRef } from './ast';
import type { MaskedAttribute } from '../core';

/** Attribute masks of a field, looked up by the offset of their `$`. */
export type AttributeIndex = Map<number, MaskedAttribute>;

/**
 * liquidjs token shapes this module reads (its token classes are not all exported). Tokens are
 * told apart by `kind`, never by class name: the minified bundle renames classes. The pinned
 * liquidjs version and `liquidjs-contract.test.ts` keep these shapes honest.
 */
interface TokenLike {
  kind: TokenKind;
  begin: number;
  end: number;
  props?: TokenLike[];
  variable?: TokenLike;
  initial?: { postfix: TokenLike[] };
  filters?: { begin: number; end: number; name: string; args: unknown[] }[];
}

/**
 * Reads an expression the way Braze's Liquid would, but never stops at the
 * first surprise: it collects the variables and filters it finds between
 * `from` and `to`, so completions and checks still see a half-typed output.
 * `original` is the unmasked field text, used to name attribute references.
 */
export function scanExpression(
  masked: string,
  original: string,
  from: number,
  to: number,
  attributes: AttributeIndex,
  stopWords: ReadonlySet<string> = NO_WORDS,
): LiquidExpression {
  const expr: LiquidExpression = { start: from, end: to, variables: [], filters: [], attributes: [] };
  const tk = new Tokenizer(masked, undefined, undefined, [from, to]);
  let guard = 0;
  while (tk.p < to && guard++ < to - from + 1) {
    tk.skipBlank();
    if (tk.p >= to) break;
    const before = tk.p;
    const ch = masked[tk.p];
    if (ch === '|') {
      expr.filters.push(readFilter(tk, masked, original, to, attributes, expr));
      continue;
    }
    try {
      if (tk.readOperator()) continue;
      tk.p = before;
      const value = tk.readValue() as unknown as TokenLike | undefined;
      if (value && tk.p > before) {
        const word = original.slice(before, tk.p);
        if (!stopWords.has(word)) collectValue(value, original, attributes, expr);
        continue;
      }
    } catch {
      // Fall through: skip the character that stopped liquidjs.
    }
    tk.p = before + 1;
  }
  return expr;
}

const NO_WORDS: ReadonlySet<string> = new Set();

function readFilter(
  tk: Tokenizer,
  masked: string,
  original: string,
  to: number,
  attributes: AttributeIndex,
  expr: LiquidExpression,
): FilterCall {
  const pipe = tk.p;
  tk.p++;
  tk.skipBlank();
  const nameStart = tk.p;
  const name = tk.readIdentifier();
  const filter: FilterCall = {
    start: pipe,
    end: name.end,
    name: { start: nameStart, end: name.end, text: original.slice(nameStart, name.end) },
    args: [],
  };
  tk.skipBlank();
  if (masked[tk.p] !== ':') return filter;
  do {
    tk.p++;
    tk.skipBlank();
    const argStart = tk.p;
    let value: TokenLike | undefined;
    let argEnd = argStart;
    try {
      value = tk.readValue() as unknown as TokenLike | undefined;
      argEnd = tk.p;
      tk.skipBlank();
      if (value && masked[tk.p] === ':') {
        tk.p++;
        value = tk.readValue() as unknown as TokenLike | undefined;
        argEnd = tk.p;
      }
    } catch {
      value = undefined;
    }
    if (!value || argEnd <= argStart) break;
    collectValue(value, original, attributes, expr);
    filter.args.push({ start: argStart, end: argEnd });
    filter.end = argEnd;
    tk.skipBlank();
  } while (tk.p < to && masked[tk.p] === ',');
  return filter;
}

function collectValue(token: TokenLike, original: string, attributes: AttributeIndex, expr: LiquidExpression): void {
  const kind = token.kind;
  if (kind === TokenKind.PropertyAccess && token.props) {
    if (token.variable) collectValue(token.variable, original, attributes, expr);
    const path: string[] = [];
    for (const prop of token.props) {
      if (prop.kind === TokenKind.Word) {
        const attr = attributes.get(prop.begin);
        path.push(attr ? original.slice(attr.start, attr.end) : original.slice(prop.begin, prop.end));
      } else {
        path.push(original.slice(prop.begin, prop.end));
        collectValue(prop, original, attributes, expr);
      }
    }
    if (!token.variable) expr.variables.push({ start: token.begin, end: token.end, path } satisfies VariableRef);
  } else if (kind === TokenKind.FilteredValue && token.initial) {
    for (const t of token.initial.postfix) collectValue(t, original, attributes, expr);
  } else if (kind === TokenKind.Range) {
    const range = token as unknown as { lhs: TokenLike; rhs: TokenLike };
    collectValue(range.lhs, original, attributes, expr);
    collectValue(range.rhs, original, attributes, expr);
  }
}

/**
 * Strict reading with liquidjs, for the syntax problem Braze would raise:
 * returns liquidjs's message (without its line/column suffix) or undefined.
 */
export function strictFilteredValueError(masked: string, from: number, to: number): { message: string; at: number } | undefined {
  const tk = new Tokenizer(masked, undefined, undefined, [from, to]);
  try {
    const value = tk.readFilteredValue();
    tk.skipBlank();
    if (tk.p < to) return { message: `unexpected "${masked.slice(tk.p, to).trim()}"`, at: tk.p };
    for (const f of value.filters) if (!f.name) return { message: 'a filter name is missing after "|"', at: f.begin };
    if (/\|\s*$/.test(masked.slice(from, to))) return { message: 'a filter name is missing after "|"', at: masked.lastIndexOf('|', to) };
    return undefined;
  } catch (e) {
    return { message: cleanMessage(e), at: tk.p };
  }
}

/** liquidjs messages end in ", line:1, col:9", which point into the masked field, not the file. */
export function cleanMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/, line:\d+, col:\d+$/, '').replace(/__(\w*)_/g, '${$1}');
}

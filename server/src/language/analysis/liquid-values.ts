/**
 * What a Liquid output can render, as far as JSON is concerned: whether its text can hold a `"`
 * or `\` (which break a JSON string), decided from its filters' return types and categories in
 * the knowledge. Pure.
 */
import { findFilter, type Knowledge } from '../../core';
import type { JsonValue, LiquidExpression, Span } from '../../syntax';

/** Filter categories whose output is made only of safe characters (hex, Base64, percent-escapes, digits). */
const SAFE_CATEGORIES = new Set(['encoding', 'url', 'number', 'money', 'math']);
/** Filters whose output holds quotes even when their input did not. */
const QUOTING = new Set(['as_json_string', 'json_parse', 'property_accessor']);

const hasQuote = (s: string) => /["\\]/.test(s);

/**
 * True when the output of `expr` cannot hold `"` or `\`: it ends in `json_escape`, a number, a
 * hash, an encoding, a date format without quotes, or is a literal without them.
 */
export function isJsonStringSafe(k: Knowledge, text: string, expr: LiquidExpression): boolean {
  const firstFilter = expr.filters[0]?.start ?? expr.end;
  let safe = expr.variables.every((v) => v.start >= firstFilter) && !hasQuote(unquote(text.slice(expr.start, firstFilter).trim()));
  for (const f of expr.filters) {
    const name = f.name.text;
    const literalArgs = f.args.every((a) => isLiteral(text.slice(a.start, a.end)) && !hasQuote(unquote(text.slice(a.start, a.end))));
    if (name === 'json_escape') safe = true;
    else if (QUOTING.has(name)) safe = false;
    else {
      const def = findFilter(k, name);
      if (!def) continue;
      if (def.returns === 'number' || def.returns === 'boolean' || def.returns === 'time' || SAFE_CATEGORIES.has(def.category)) safe = true;
      else if (def.category === 'date') safe = literalArgs;
      else if (!literalArgs) safe = false;
    }
  }
  return safe;
}

/** True when the expression has a `json_escape` somewhere (adding another would escape twice). */
export function hasJsonEscape(expr: LiquidExpression): boolean {
  return expr.filters.some((f) => f.name.text === 'json_escape');
}

function isLiteral(s: string): boolean {
  return /^('[^']*'|"[^"]*"|-?\d+(\.\d+)?|true|false|nil|blank|empty)$/.test(s.trim());
}

function unquote(s: string): string {
  return /^('.*'|".*")$/s.test(s) ? s.slice(1, -1) : s;
}

/** The spans of the JSON strings (values and keys) of a body that hold Liquid. */
export function jsonStringsWithLiquid(root: JsonValue | undefined): Span[] {
  const out: Span[] = [];
  const walk = (v: JsonValue | undefined, depth: number) => {
    if (!v || depth > 256) return;
    if (v.kind === 'string' && v.hasLiquid) out.push({ start: v.start, end: v.end });
    for (const m of v.members ?? []) {
      if (/\{\{|\{%/.test(m.key.text)) out.push({ start: m.key.start, end: m.key.end });
      walk(m.value, depth + 1);
    }
    for (const item of v.items ?? []) walk(item, depth + 1);
  };
  walk(root, 0);
  return out;
}

/**
 * What a Liquid output prints, as a Salesforce field reads it: a date in a strftime format, an
 * array joined by a separator, a number, a time in Braze's own form, an array, or text (cut by
 * `truncate` or not). Read from the value's type
 * in the knowledge, then each filter in turn. Pure.
 */
import { expandRubyFormats, findAttribute, findCustomAttribute, findFilter, findNamespaceMember, type Knowledge } from '../../core';
import type { LiquidOutput, Span } from '../../syntax';

export type OutputShape =
  /** `format` has Ruby's combined formats expanded; `formatArg` is where the format is written (quotes included), if it is. */
  | { kind: 'date'; format: string; formatArg?: Span }
  | { kind: 'joined'; separator: string; separatorArg?: Span }
  | { kind: 'number' }
  | { kind: 'boolean' }
  /** A time printed without a `date` format: Braze's own form, or `time_zone`'s. */
  | { kind: 'time' }
  | { kind: 'array' }
  /** `truncate`: the length a `truncate` cuts it to, and where that length is written. */
  | { kind: 'text'; source: 'default-attribute' | 'other'; truncate?: { length: number; arg?: Span } }
  | { kind: 'unknown' };

export interface OutputFacts {
  shape: OutputShape;
  /** A `default` filter gives a value to users without one. */
  hasDefault: boolean;
  /** Where a filter is appended: the end of the expression. */
  end: number;
}

/** Filters that print no more characters than they read, so a bound on the length holds through them. */
const NOT_LONGER = new Set(['upcase', 'downcase', 'capitalize', 'strip', 'lstrip', 'rstrip', 'strip_html', 'strip_newlines']);

const literalString = (s: string): string | undefined => (/^('[^']*'|"[^"]*")$/s.test(s) ? s.slice(1, -1) : undefined);

/** What `output` prints; `unknown` when the knowledge cannot tell. */
export function outputFacts(k: Knowledge, text: string, output: LiquidOutput): OutputFacts {
  const expr = output.expression;
  const end = text.slice(output.content.start, output.content.end).trimEnd().length + output.content.start;
  if (!expr) return { shape: { kind: 'unknown' }, hasDefault: false, end };
  const firstFilter = expr.filters[0]?.start ?? expr.end;
  let shape = baseShape(k, expr.variables.find((v) => v.start < firstFilter)?.path, text.slice(expr.start, firstFilter).trim());
  let hasDefault = false;
  for (const f of expr.filters) {
    const name = f.name.text;
    const arg = f.args[0];
    const argText = arg && text.slice(arg.start, arg.end).trim();
    // A fallback for users without the value: what the output prints otherwise is unchanged.
    if (name === 'default') {
      hasDefault = true;
      continue;
    }
    if (name === 'date') {
      const format = argText === undefined ? undefined : literalString(argText);
      shape = format === undefined ? { kind: 'unknown' } : { kind: 'date', format: expandRubyFormats(format), formatArg: { start: arg!.start, end: arg!.end } };
    } else if (name === 'join') {
      const separator = argText === undefined ? ' ' : literalString(argText);
      shape = separator === undefined ? { kind: 'unknown' } : { kind: 'joined', separator, separatorArg: arg && { start: arg.start, end: arg.end } };
    } else if (name === 'truncate') {
      // Liquid's truncate cuts to 50 characters when given no length.
      const n = argText === undefined ? 50 : Number(argText);
      const source = shape.kind === 'text' ? shape.source : 'other';
      shape = Number.isInteger(n) && n > 0 ? { kind: 'text', source, truncate: { length: n, arg: arg && { start: arg.start, end: arg.end } } } : { kind: 'text', source };
    } else if (!NOT_LONGER.has(name) || shape.kind !== 'text') {
      shape = afterFilter(k, name, shape);
    }
  }
  return { shape, hasDefault, end };
}

/** The shape of the value before any filter: `path` is the variable as written (`['${first_name}']`, `['custom_attribute', '${company}']`). */
function baseShape(k: Knowledge, path: readonly string[] | undefined, head: string): OutputShape {
  if (literalString(head)?.toLowerCase() === 'now') return { kind: 'time' };
  if (!path) return { kind: 'text', source: 'other' };
  if (path.length === 1) {
    const a = path[0].startsWith('${') ? findAttribute(k, path[0]) : undefined;
    return a ? ofType(a.type, 'default-attribute') : { kind: 'text', source: 'other' };
  }
  if (path.length !== 2) return { kind: 'text', source: 'other' };
  const [namespace, member] = path;
  if (namespace === 'custom_attribute') return ofType(findCustomAttribute(k, member)?.type ?? 'string', 'other');
  return ofType(findNamespaceMember(k, namespace, member)?.type ?? 'string', 'other');
}

function ofType(type: string, source: 'default-attribute' | 'other'): OutputShape {
  switch (type) {
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'time':
      return { kind: 'time' };
    case 'date':
      return { kind: 'date', format: '%Y-%m-%d' };
    case 'array':
      return { kind: 'array' };
    case 'object':
      return { kind: 'unknown' };
    default:
      return { kind: 'text', source };
  }
}

/** The shape after a filter, from what the knowledge says it returns. */
function afterFilter(k: Knowledge, name: string, shape: OutputShape): OutputShape {
  const returns = findFilter(k, name)?.returns;
  if (returns === 'string') return { kind: 'text', source: shape.kind === 'text' ? shape.source : 'other' };
  return returns === 'number' || returns === 'boolean' || returns === 'time' || returns === 'array' ? ofType(returns, 'other') : { kind: 'unknown' };
}

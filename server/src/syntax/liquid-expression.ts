import type { FilterCall, LiquidExpression, Span, VariableRef } from './ast';
import type { MaskedAttribute } from '../core';
import type { Failure, ValueReader, Value } from './value-reader';

/** Attribute masks of a field, looked up by the offset of their `$`. */
export type AttributeIndex = Map<number, MaskedAttribute>;

/**
 * Reads an expression the way Braze's Liquid would, but never stops at the
 * first surprise: it collects the variables and filters it finds between
 * `from` and `to`, so completions and checks still see a half-typed output.
 * `original` is the unmasked field text, used to name attribute references.
 * What liquidjs cannot read is skipped one character at a time, as a retry of
 * liquidjs's `readValue` would; `ValueReader` makes the retries cost linear time.
 */
export function scanExpression(reader: ValueReader, original: string, attributes: AttributeIndex, stopWords: ReadonlySet<string> = NO_WORDS): LiquidExpression {
  const { text: masked, from, to } = reader;
  const expr: LiquidExpression = { start: from, end: to, variables: [], filters: [], attributes: [] };
  const collect = (value: Value) => collectValue(value, original, attributes, expr);
  let p = from;
  while ((p = reader.skipBlank(p)) < to) {
    const before = p;
    if (masked[p] === '|') {
      const filter = readFilter(reader, p, original, collect);
      expr.filters.push(filter.call);
      p = filter.next;
      continue;
    }
    const operator = reader.operatorEnd(p);
    if (operator !== -1) {
      p = operator;
      continue;
    }
    const read = reader.read(p);
    if (read.failedAt === undefined && read.value && read.next > before) {
      if (!stopWords.has(original.slice(before, read.next))) collect(read.value);
      p = read.next;
      continue;
    }
    // Skip the character that stopped liquidjs.
    p = before + 1;
  }
  return expr;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** `| name: arg, key: value`, read until liquidjs would stop; `next` is where its cursor stands then. */
function readFilter(reader: ValueReader, pipe: number, original: string, collect: (v: Value) => void): { call: FilterCall; next: number } {
  const masked = reader.text;
  const nameStart = reader.skipBlank(pipe + 1);
  const nameEnd = reader.identifierEnd(nameStart);
  const call: FilterCall = { start: pipe, end: nameEnd, name: { start: nameStart, end: nameEnd, text: original.slice(nameStart, nameEnd) }, args: [] };
  let p = reader.skipBlank(nameEnd);
  if (masked[p] !== ':') return { call, next: p };
  do {
    const argStart = reader.skipBlank(p + 1);
    let read = reader.read(argStart);
    if (read.failedAt !== undefined) return { call, next: read.failedAt };
    let value = read.value;
    let argEnd = read.next;
    p = reader.skipBlank(read.next);
    if (value && masked[p] === ':') {
      read = reader.read(p + 1);
      if (read.failedAt !== undefined) return { call, next: read.failedAt };
      value = read.value;
      argEnd = p = read.next;
    }
    if (!value || argEnd <= argStart) return { call, next: p };
    collect(value);
    call.args.push({ start: argStart, end: argEnd } satisfies Span);
    call.end = argEnd;
    p = reader.skipBlank(p);
  } while (p < reader.to && masked[p] === ',');
  return { call, next: p };
}

function collectValue(value: Value, original: string, attributes: AttributeIndex, expr: LiquidExpression): void {
  if (value.kind === 'access') {
    if (value.variable) collectValue(value.variable, original, attributes, expr);
    const path: string[] = [];
    for (let props = value.props; props; props = props.tail) {
      const prop = props.head;
      if (prop.kind === 'word') {
        const attr = attributes.get(prop.begin);
        path.push(attr ? original.slice(attr.start, attr.end) : original.slice(prop.begin, prop.end));
      } else {
        path.push(original.slice(prop.begin, prop.end));
        collectValue(prop, original, attributes, expr);
      }
    }
    if (!value.variable) expr.variables.push({ start: value.begin, end: value.end, path } satisfies VariableRef);
  } else if (value.kind === 'range') {
    collectValue(value.lhs, original, attributes, expr);
    collectValue(value.rhs, original, attributes, expr);
  }
}

/**
 * liquidjs's `readExpression`: operators and values, until something is neither. Gives how many
 * it read and where its cursor stops, or the error a value throws.
 */
export function readExpression(reader: ValueReader, p: number): { count: number; next: number } | Failure {
  let count = 0;
  while (p < reader.to) {
    const operator = reader.operatorEnd(p);
    if (operator !== -1) {
      p = operator;
      count++;
      continue;
    }
    const read = reader.read(p);
    if (read.failedAt !== undefined) return read;
    p = read.next;
    if (!read.value) break;
    count++;
  }
  return { count, next: p };
}

/**
 * Why the strict reading stops: liquidjs's error (`message` holds its words, English, which only
 * an argument of a translated sentence can quote), or what follows a complete value (`trailing`,
 * `rest` the text after it) or a `|` with no filter name after it; those two are worded by the
 * parser's own messages, `message` keeping their English as liquidjs's verdict is compared with it.
 */
export type StrictReadError = { message: string; at: number } & ({ reason: 'liquidjs' } | { reason: 'trailing'; rest: string } | { reason: 'filter-name-missing' });

/**
 * The strict reading of an output, for the syntax problem Braze would raise: liquidjs's
 * `readFilteredValue` and the words of the error it would throw (without its line/column
 * suffix), or undefined. Read with the same `ValueReader` as the tolerant scan, so each value is
 * read once, and no error is built: building one costs liquidjs more than the reading.
 */
export function strictFilteredValueError(reader: ValueReader): StrictReadError | undefined {
  const { text, from, to } = reader;
  const fail = (message: string, at: number): StrictReadError => ({ message: cleanMessage(message), at, reason: 'liquidjs' });
  const initial = readExpression(reader, from);
  if ('failedAt' in initial) return fail(initial.message, initial.failedAt);
  let p = initial.next;
  if (initial.count === 0) return fail(`invalid value expression: ${reader.snapshot(p)}`, p);
  // readFilters
  while ((p = reader.skipBlank(p)) < to && reader.at(p) !== ')' && reader.at(p) !== ',') {
    if (text[p] !== '|') return fail('expected "|" before filter', p + 1);
    const name = reader.skipBlank(p + 1);
    p = reader.identifierEnd(name);
    if (p === name) {
      if (p >= to) break;
      return fail('expected filter name', p);
    }
    p = reader.skipBlank(p);
    if (reader.at(p) === ':') {
      do {
        const key = reader.read(p + 1);
        if (key.failedAt !== undefined) return fail(key.message, key.failedAt);
        p = key.next;
        if (key.value && reader.at(reader.skipBlank(p)) === ':') {
          const value = reader.read(reader.skipBlank(p) + 1);
          if (value.failedAt !== undefined) return fail(value.message, value.failedAt);
          p = value.next;
        }
        p = reader.skipBlank(p);
        const next = reader.at(p);
        if (!(p >= to || next === ',' || next === '|' || next === ')')) return fail(`unexpected character ${reader.snapshot(p)}`, p);
      } while (reader.at(p) === ',');
    } else if (!(p >= to || ['|', ')', ','].includes(reader.at(p)))) return fail('expected ":" after filter name', p);
  }
  p = reader.skipBlank(p);
  if (p < to) {
    const rest = text.slice(p, to).trim();
    return { message: `unexpected "${rest}"`, at: p, reason: 'trailing', rest };
  }
  const trailing = lastNonBlank(text, from, to);
  if (trailing !== -1 && text[trailing] === '|') return { message: 'a filter name is missing after "|"', at: trailing, reason: 'filter-name-missing' };
  return undefined;
}

/** The last character of `from`..`to` that is not white space (`\s`), or -1. */
function lastNonBlank(text: string, from: number, to: number): number {
  let p = to;
  while (p > from && /\s/.test(text[p - 1])) p--;
  return p > from ? p - 1 : -1;
}

/** liquidjs messages end in ", line:1, col:9", which point into the masked field, not the file. */
export function cleanMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/, line:\d+, col:\d+$/, '').replace(/__(\w*)_/g, '${$1}');
}

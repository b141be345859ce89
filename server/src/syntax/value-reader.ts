import { defaultOperators } from 'liquidjs';
import { DelimiterScanner, isLiquidDigit, isLiquidWord, isQuote, skipLiquidBlank } from '../core';

/** A value as liquidjs's `readValue` reads it, with its kinds (`word`: an identifier used as a property). */
export type Value =
  | { kind: 'literal' | 'quoted' | 'number' | 'word'; begin: number; end: number }
  | { kind: 'range'; begin: number; end: number; lhs: Value; rhs: Value }
  | { kind: 'access'; begin: number; end: number; variable?: Value; props: Props };

/** Properties in order, as a list whose tails are shared by the readings that end alike. */
export type Props = { head: Value; tail: Props } | undefined;

type PropsRead = { props: Props; next: number } | Failure;

/** What `readValue` gives at a position: a value (or none) and where its cursor stops, or the error it throws (its words, and where). */
export type ValueRead = { value?: Value; next: number; failedAt?: undefined } | Failure;

export interface Failure {
  failedAt: number;
  /** liquidjs's own words, in English as liquidjs writes them (the tests compare them): a translated message quotes them as an argument. */
  message: string;
}

interface Trie {
  children: Map<string, Trie>;
  end?: boolean;
  needBoundary?: boolean;
}

function trieOf(words: readonly string[]): Trie {
  const root: Trie = { children: new Map() };
  for (const word of words) {
    let node = root;
    for (const c of word) {
      let child = node.children.get(c);
      if (!child) node.children.set(c, (child = { children: new Map() }));
      node = child;
    }
    node.end = true;
    node.needBoundary = isLiquidWord(word[word.length - 1]);
  }
  return root;
}

const OPERATORS = trieOf(Object.keys(defaultOperators));
const LITERALS = trieOf(['true', 'false', 'nil', 'null', 'empty', 'blank']);
/** Deeper `[`/`(` nesting is read from the end of the range backwards, so the stack stays short. */
const MAX_DEPTH = 64;

/**
 * liquidjs's value grammar (`readValue`, `readOperator`), for a tolerant scan that retries after
 * each character liquidjs rejects. Each position's reading is remembered, and runs (identifiers,
 * numbers, strings) are measured once, so the retries cost linear time in all: retried with
 * liquidjs itself, `[[[[...` or a long word before an unclosed `[` would be read again from every
 * character. `value-reader.test.ts` compares it with liquidjs.
 */
export class ValueReader {
  private readonly reads = new Map<number, ValueRead>();
  /** The properties after a value, by where they start: `.b["c"]`. */
  private readonly propsAt = new Map<number, PropsRead>();
  private readonly strings: DelimiterScanner;
  private wordEnds?: Int32Array;
  private brackets?: Int32Array;
  private numberEnds?: [Int32Array, Int32Array];
  private depth = 0;

  constructor(
    readonly text: string,
    readonly from: number,
    readonly to: number,
  ) {
    this.strings = new DelimiterScanner(text, from, to);
  }

  /** liquidjs's `snapshot`: the text from `p` to the end of the range, quoted, cut at 32 characters. */
  snapshot(p: number): string {
    const rest = this.text.slice(p, this.to);
    return JSON.stringify(rest.length > 32 ? `${rest.slice(0, 29)}...` : rest);
  }

  /** The character at `i`, or '' past the range (liquidjs's `peek`). */
  at(i: number): string {
    return i < this.to ? this.text[i] : '';
  }

  skipBlank(p: number): number {
    return skipLiquidBlank(this.text, p, this.to);
  }

  /** liquidjs's `readOperator`: the position after an operator at `p`, or -1. */
  operatorEnd(p: number): number {
    return this.matchTrie(OPERATORS, this.skipBlank(p));
  }

  /** After the identifier at `p` (blanks first skipped, as `readIdentifier` does). */
  identifierEnd(p: number): number {
    const q = this.skipBlank(p);
    if (!isLiquidWord(this.at(q))) return q;
    const ends = (this.wordEnds ??= new Int32Array(this.to - this.from + 1));
    let e = q;
    while (e < this.to && isLiquidWord(this.text[e]) && ends[e - this.from] === 0) e++;
    const end = e < this.to && ends[e - this.from] !== 0 ? ends[e - this.from] : e;
    for (let i = q; i < e; i++) ends[i - this.from] = end;
    return end;
  }

  /** `readValue` at `p`. */
  read(p: number): ValueRead {
    const begin = this.skipBlank(p);
    const known = this.reads.get(begin);
    if (known) return known;
    if (this.depth >= MAX_DEPTH) this.readBackwardsFrom(begin);
    this.depth++;
    try {
      const found = this.reads.get(begin) ?? this.readAt(begin);
      this.reads.set(begin, found);
      return found;
    } finally {
      this.depth--;
    }
  }

  /** Reads every position from the end of the range down to `p`: each reading then finds the ones after it already done. */
  private readBackwardsFrom(p: number): void {
    const saved = this.depth;
    this.depth = 0;
    for (let q = this.to - 1; q >= p; q--) if (!this.reads.has(q) && this.skipBlank(q) === q) this.reads.set(q, this.readAt(q));
    this.depth = saved;
  }

  private readAt(begin: number): ValueRead {
    let variable: Value | undefined;
    let q = begin;
    const literal = this.matchTrie(LITERALS, begin);
    if (literal !== -1) variable = { kind: 'literal', begin, end: (q = literal) };
    else if (isQuote(this.at(begin))) variable = { kind: 'quoted', begin, end: (q = this.strings.stringEnd(begin)) };
    else {
      const number = this.numberEnd(begin);
      if (number !== -1) variable = { kind: 'number', begin, end: (q = number) };
    }
    if (!variable && this.at(begin) === '(') {
      const range = this.readRange(begin);
      if (range.failedAt !== undefined) return range;
      variable = range.value;
      q = range.next;
    }
    const props = this.readProperties(q, !variable);
    if ('failedAt' in props) return props;
    if (!props.props) return { value: variable, next: props.next };
    return { value: { kind: 'access', begin, end: props.next, variable, props: props.props }, next: props.next };
  }

  /** `readGroupOrRange` without grouped expressions: `(a..b)`, else the error liquidjs throws. */
  private readRange(begin: number): ValueRead {
    const lhs = this.read(begin + 1);
    if (lhs.failedAt !== undefined) return lhs;
    if (!lhs.value) return { failedAt: lhs.next, message: `unexpected token ${this.snapshot(lhs.next)}, value expected` };
    let p = this.skipBlank(lhs.next);
    if (this.at(p) !== '.' || this.at(p + 1) !== '.') return { failedAt: p, message: 'invalid range syntax' };
    const rhs = this.read(p + 2);
    if (rhs.failedAt !== undefined) return rhs;
    if (!rhs.value) return { failedAt: rhs.next, message: `unexpected token ${this.snapshot(rhs.next)}, value expected` };
    p = this.skipBlank(rhs.next);
    if (this.at(p) !== ')') return { failedAt: p + 1, message: 'invalid range syntax' };
    return { value: { kind: 'range', begin, end: p + 1, lhs: lhs.value, rhs: rhs.value }, next: p + 1 };
  }

  /**
   * `readProperties`: `[value]`, a leading identifier when no value came before, `.name`. What
   * follows a property is remembered by position: every retry inside a word ends at the same place.
   */
  private readProperties(q: number, isBegin: boolean): PropsRead {
    const found: Value[] = [];
    /** Positions this walk passed after a property, each with the number of properties before it. */
    const marks: number[] = [];
    let p = q;
    let tail: PropsRead;
    for (;;) {
      if (found.length > 0 || !isBegin) {
        const known = this.propsAt.get(p);
        if (known) {
          tail = known;
          break;
        }
        marks.push(p, found.length);
      }
      if (this.at(p) === '[') {
        const inner = this.read(p + 1);
        if (inner.failedAt !== undefined) {
          tail = inner;
          break;
        }
        const close = this.closingBracket(inner.next);
        if (close === -1) {
          tail = { failedAt: this.to, message: '[ not closed' };
          break;
        }
        found.push(inner.value ?? { kind: 'word', begin: inner.next, end: inner.next });
        p = close + 1;
        continue;
      }
      if (isBegin && found.length === 0) {
        const end = this.identifierEnd(p);
        if (end > p) {
          found.push({ kind: 'word', begin: p, end });
          p = end;
          continue;
        }
      }
      if (this.at(p) === '.' && this.at(p + 1) !== '.') {
        const start = this.skipBlank(p + 1);
        const end = this.identifierEnd(start);
        if (end === start) {
          tail = { props: undefined, next: end };
          break;
        }
        found.push({ kind: 'word', begin: start, end });
        p = end;
        continue;
      }
      tail = { props: undefined, next: p };
      break;
    }
    if ('failedAt' in tail) {
      for (let m = 0; m < marks.length; m += 2) this.propsAt.set(marks[m], tail);
      return tail;
    }
    let props = tail.props;
    let j = found.length;
    for (let m = marks.length - 2; m >= 0; m -= 2) {
      while (j > marks[m + 1]) props = { head: found[--j], tail: props };
      this.propsAt.set(marks[m], { props, next: tail.next });
    }
    while (j > 0) props = { head: found[--j], tail: props };
    return { props, next: tail.next };
  }

  /** liquidjs's `readTo(']')`: the next `]` at or after `p` in the range, or -1. */
  private closingBracket(p: number): number {
    if (!this.brackets) {
      this.brackets = new Int32Array(this.to - this.from + 1);
      let next = -1;
      for (let i = this.to - 1; i >= this.from; i--) {
        if (this.text[i] === ']') next = i;
        this.brackets[i - this.from] = next;
      }
      this.brackets[this.to - this.from] = -1;
    }
    return p >= this.to ? -1 : this.brackets[p - this.from];
  }

  /** `readNumber`: after the number at `p`, or -1. Each digit run is walked once for all the positions in it. */
  private numberEnd(p: number): number {
    let i = p;
    if (this.at(i) === '-' || this.at(i) === '+') i++;
    if (!isLiquidDigit(this.at(i))) return -1;
    return this.numberFrom(i + 1, 0);
  }

  /** The rest of a number whose digits reach `i` (`decimal`: 1 once its `.` is read). */
  private numberFrom(i: number, decimal: 0 | 1): number {
    const memo = (this.numberEnds ??= [new Int32Array(this.to - this.from + 2), new Int32Array(this.to - this.from + 2)]);
    const path: number[] = [];
    let result: number;
    for (;;) {
      const known = memo[decimal][i - this.from];
      if (known !== 0) {
        result = known - 2;
        break;
      }
      path.push(i, decimal);
      const c = this.at(i);
      if (isLiquidDigit(c)) i++;
      else if (c === '.' && this.at(i + 1) !== '.') {
        if (decimal) {
          result = -1;
          break;
        }
        decimal = 1;
        i++;
      } else {
        result = isLiquidWord(c) ? -1 : i;
        break;
      }
    }
    for (let k = 0; k < path.length; k += 2) memo[path[k + 1]][path[k] - this.from] = result + 2;
    return result;
  }

  /** liquidjs's `matchTrie`: the longest entry at `p`, refused when a word follows one that ends in a word character. */
  private matchTrie(trie: Trie, p: number): number {
    let node = trie;
    let i = p;
    let found: Trie | undefined;
    for (let child; i < this.to && (child = node.children.get(this.text[i])); i++) {
      node = child;
      if (node.end) found = node;
    }
    if (!found) return -1;
    if (found.needBoundary && isLiquidWord(this.at(i))) return -1;
    return i;
  }
}

/**
 * Where liquidjs closes a delimiter, found in linear time. liquidjs reads a tag to the first `%}`
 * and an output to the first `}}` outside a quoted string (a string left open runs to the end);
 * asked at every `{{` of a field that never closes, it would rescan to the end each time and
 * build an error that recounts the lines. Here every search moves forward, and the quoted-string
 * walk remembers each state it has decided, so all the answers for one text cost one pass.
 */

/** The quote characters liquidjs reads strings between. */
export const isQuote = (c: string | undefined): boolean => c === '"' || c === "'";

export class DelimiterScanner {
  private readonly nexts = new Map<string, { from: number; at: number }>();
  /** Per quote and escape state, the end of the string from a position (+1; 0 = not known yet). */
  private readonly stringMemo: (Int32Array | undefined)[] = [];
  /** Where the output scan from a quote outside strings ends (+2; 0 = not known yet). */
  private outputMemo?: Int32Array;
  private events?: Int32Array;

  /** Reads `text` from `start` to `end`, as a liquidjs tokenizer over that range does. */
  constructor(
    readonly text: string,
    readonly start = 0,
    readonly end = text.length,
  ) {}

  /** The next `needle` at or after `from` that ends by `end`, or -1. Queries that move forward reuse the last search. */
  next(needle: string, from: number): number {
    let cache = this.nexts.get(needle);
    if (!cache || from < cache.from || (cache.at !== -1 && cache.at < from)) {
      const at = this.text.indexOf(needle, from);
      cache = { from, at: at === -1 || at + needle.length > this.end ? -1 : at };
      this.nexts.set(needle, cache);
    }
    return cache.at;
  }

  /** After the `%}` that closes the tag opened at `at`, or -1. */
  tagClose(at: number): number {
    const close = this.next('%}', at + 1);
    return close === -1 ? -1 : close + 2;
  }

  /** After the `}}` that closes the output opened at `at`, or -1 (liquidjs: `readToDelimiter('}}', true)`). */
  outputClose(at: number): number {
    const close = this.next('}}', at + 2);
    if (close === -1) return -1;
    const dq = this.next('"', at + 2);
    const sq = this.next("'", at + 2);
    if ((dq === -1 || dq > close) && (sq === -1 || sq > close)) return close + 2;
    return this.closeFrom(at + 2);
  }

  /** The end of the quoted string that opens at `q` (after its closing quote, or `end` when it is not closed). */
  stringEnd(q: number): number {
    const quote = this.text[q];
    const path: number[] = [];
    let p = q + 1;
    let escaped = false;
    let result: number;
    for (;;) {
      if (p >= this.end) {
        result = this.end;
        break;
      }
      const memo = this.memo(quote, escaped);
      const known = memo[p - this.start];
      if (known !== 0) {
        result = known - 1;
        break;
      }
      path.push(p, escaped ? 1 : 0);
      const c = this.text[p];
      if (c === quote && !escaped) {
        result = p + 1;
        break;
      }
      escaped = escaped ? false : c === '\\';
      p++;
    }
    for (let i = 0; i < path.length; i += 2) this.memo(quote, path[i + 1] === 1)[path[i] - this.start] = result + 1;
    return result;
  }

  private memo(quote: string, escaped: boolean): Int32Array {
    const k = (quote === '"' ? 0 : 2) + (escaped ? 1 : 0);
    return (this.stringMemo[k] ??= new Int32Array(this.end - this.start + 1));
  }

  /**
   * The output scan from `p` outside strings: the position after `}}`, or -1. It goes from one
   * quote or `}}` to the next (a table of them, made once), and remembers where the scan from
   * each quote ends, so the scans from many unclosed `{{` cost one pass in all.
   */
  private closeFrom(p: number): number {
    const events = (this.events ??= this.eventTable());
    const memo = (this.outputMemo ??= new Int32Array(this.end - this.start + 1));
    const path: number[] = [];
    let result: number;
    for (;;) {
      const at = p < this.end ? events[p - this.start] : -1;
      if (at === -1) {
        result = -1;
        break;
      }
      if (!isQuote(this.text[at])) {
        result = at + 2;
        break;
      }
      const known = memo[at - this.start];
      if (known !== 0) {
        result = known - 2;
        break;
      }
      path.push(at);
      p = this.stringEnd(at);
    }
    for (const q of path) memo[q - this.start] = result + 2;
    return result;
  }

  /** For each position, the next quote or `}}` at or after it (-1: none before the end). */
  private eventTable(): Int32Array {
    const events = new Int32Array(this.end - this.start + 1);
    let next = -1;
    events[this.end - this.start] = -1;
    for (let i = this.end - 1; i >= this.start; i--) {
      const c = this.text[i];
      if (isQuote(c) || (c === '}' && i + 1 < this.end && this.text[i + 1] === '}')) next = i;
      events[i - this.start] = next;
    }
    return events;
  }
}

/**
 * A strict JSON reader that reports errors the way Salesforce's REST API does (JSON_PARSER_ERROR
 * messages in the style of the Jackson parser, with "at [line:L, column:C]"), and remembers the
 * token kind and position of each value so that type errors can name them.
 *
 * Sources for the message texts (answers captured from Salesforce in public code):
 * - "Unexpected character ('j' (code 106)): was expecting a colon to separate field name and value
 *   at [line:1, column:18]" (JSON_PARSER_ERROR; quoted in public Arduino sketches calling Salesforce).
 * - "Cannot deserialize instance of multipicklist from START_ARRAY value [line:1, column:51]"
 *   (salesforce.stackexchange.com/questions/54882).
 * - "Cannot deserialize instance of date from VALUE_STRING value 2017-05-30T-06:00:00X or request may
 *   be missing a required field at [line:11, column:55]" (public integration docs quoting Salesforce).
 * - Jackson's own wording for the other syntax errors ("was expecting double-quote to start field
 *   name", "was expecting comma to separate Object entries", "Illegal unquoted character ((CTRL-CHAR,
 *   code 10)): has to be escaped using backslash to be included in string value",
 *   "Unrecognized token 'x': was expecting ('true', 'false' or 'null')", "Unexpected end-of-input").
 *
 * Objects and arrays keep their members and items as nodes, so that the records inside a collection
 * request (`{"records": [...]}`) are checked like a single-record body.
 *
 * Assumed: that Salesforce uses Jackson's wording for every syntax error (only the ones above were
 * seen from Salesforce); the column convention (Jackson reports the column just after the offending
 * character); and that trailing content after the top-level value is ignored (Jackson's default).
 */

export type JsonToken =
  | 'START_OBJECT'
  | 'START_ARRAY'
  | 'VALUE_STRING'
  | 'VALUE_NUMBER_INT'
  | 'VALUE_NUMBER_FLOAT'
  | 'VALUE_TRUE'
  | 'VALUE_FALSE'
  | 'VALUE_NULL';

export interface JsonLocation {
  readonly line: number;
  readonly column: number;
}

/** One JSON value with where it starts, and its parts when it is an object or an array. */
export interface JsonNode {
  readonly value: unknown;
  readonly token: JsonToken;
  /** Position just after the value's first token (where Jackson would report a type error). */
  readonly location: JsonLocation;
  /** An object's members in document order; null for other values. */
  readonly members: readonly JsonMember[] | null;
  /** An array's items; null for other values. */
  readonly items: readonly JsonNode[] | null;
}

export interface JsonMember extends JsonNode {
  readonly key: string;
}

export type JsonDocument = JsonNode;

export class JsonSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly location: JsonLocation,
  ) {
    super(`${detail} at ${formatLocation(location)}`);
    this.name = 'JsonSyntaxError';
  }
}

export function formatLocation(loc: JsonLocation): string {
  return `[line:${loc.line}, column:${loc.column}]`;
}

const MAX_DEPTH = 200;

interface Container {
  readonly kind: 'OBJECT' | 'ARRAY';
  readonly start: JsonLocation;
}

interface Parsed {
  readonly value: unknown;
  readonly token: JsonToken;
  /** Index just after the value's first token. */
  readonly tokenEnd: number;
  readonly members: JsonMember[] | null;
  readonly items: JsonNode[] | null;
}

function scalar(value: unknown, token: JsonToken, tokenEnd: number): Parsed {
  return { value, token, tokenEnd, members: null, items: null };
}

export function readJson(text: string): JsonDocument {
  return new Reader(text).document();
}

class Reader {
  private pos = 0;
  private readonly lineStarts: number[] = [0];
  private readonly stack: Container[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  document(): JsonDocument {
    this.skipWs();
    if (this.pos >= this.text.length) {
      throw new JsonSyntaxError('No content to map due to end-of-input', { line: 1, column: 0 });
    }
    return this.node(this.value(0));
  }

  private node(p: Parsed): JsonNode {
    return { value: p.value, token: p.token, location: this.loc(p.tokenEnd), members: p.members, items: p.items };
  }

  /** Line and column for "the next character to read is at index ptr" (1-based, Jackson style). */
  private loc(ptr: number): JsonLocation {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= ptr) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: ptr - this.lineStarts[lo] + 1 };
  }

  private skipWs(): void {
    while (this.pos < this.text.length) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos++;
      else break;
    }
  }

  private describeChar(index: number): string {
    const code = this.text.codePointAt(index) ?? 0;
    if (code < 0x20) return `(CTRL-CHAR, code ${code})`;
    const ch = String.fromCodePoint(code);
    return code > 127 ? `('${ch}' (code ${code} / 0x${code.toString(16)}))` : `('${ch}' (code ${code}))`;
  }

  private unexpected(index: number, expectation: string): never {
    throw new JsonSyntaxError(`Unexpected character ${this.describeChar(index)}: ${expectation}`, this.loc(index + 1));
  }

  private eof(): never {
    const open = this.stack[this.stack.length - 1];
    const detail = open
      ? `Unexpected end-of-input: expected close marker for ${open.kind} (start marker at ${formatLocation(open.start)})`
      : 'Unexpected end-of-input';
    throw new JsonSyntaxError(detail, this.loc(this.text.length));
  }

  private value(depth: number): Parsed {
    this.skipWs();
    if (this.pos >= this.text.length) this.eof();
    if (depth > MAX_DEPTH) {
      throw new JsonSyntaxError(`Document nesting depth exceeds the maximum allowed (${MAX_DEPTH})`, this.loc(this.pos + 1));
    }
    const c = this.text.charAt(this.pos);
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') {
      const value = this.string();
      return scalar(value, 'VALUE_STRING', this.pos);
    }
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    if (/[A-Za-z_$]/.test(c)) return this.word();
    if (c === ']' && this.stack[this.stack.length - 1]?.kind === 'ARRAY') this.unexpected(this.pos, 'expected a value');
    return this.unexpected(this.pos, "expected a valid value (number, String, array, object, 'true', 'false' or 'null')");
  }

  private object(depth: number): Parsed {
    const startIndex = this.pos;
    this.stack.push({ kind: 'OBJECT', start: this.loc(startIndex + 1) });
    this.pos++;
    const tokenEnd = this.pos;
    const result: Record<string, unknown> = {};
    const members: JsonMember[] = [];
    this.skipWs();
    if (this.text.charAt(this.pos) === '}') {
      this.pos++;
    } else {
      for (;;) {
        this.skipWs();
        if (this.pos >= this.text.length) this.eof();
        if (this.text.charAt(this.pos) !== '"') this.unexpected(this.pos, 'was expecting double-quote to start field name');
        const key = this.string();
        this.skipWs();
        if (this.pos >= this.text.length) this.eof();
        if (this.text.charAt(this.pos) !== ':') this.unexpected(this.pos, 'was expecting a colon to separate field name and value');
        this.pos++;
        const v = this.value(depth + 1);
        Object.defineProperty(result, key, { value: v.value, enumerable: true, writable: true, configurable: true });
        members.push({ key, ...this.node(v) });
        this.skipWs();
        if (this.pos >= this.text.length) this.eof();
        const sep = this.text.charAt(this.pos);
        if (sep === ',') {
          this.pos++;
          continue;
        }
        if (sep === '}') {
          this.pos++;
          break;
        }
        this.unexpected(this.pos, 'was expecting comma to separate Object entries');
      }
    }
    this.stack.pop();
    return { value: result, token: 'START_OBJECT', tokenEnd, members, items: null };
  }

  private array(depth: number): Parsed {
    this.stack.push({ kind: 'ARRAY', start: this.loc(this.pos + 1) });
    this.pos++;
    const tokenEnd = this.pos;
    const result: unknown[] = [];
    const items: JsonNode[] = [];
    this.skipWs();
    if (this.text.charAt(this.pos) === ']') {
      this.pos++;
    } else {
      for (;;) {
        const item = this.value(depth + 1);
        result.push(item.value);
        items.push(this.node(item));
        this.skipWs();
        if (this.pos >= this.text.length) this.eof();
        const sep = this.text.charAt(this.pos);
        if (sep === ',') {
          this.pos++;
          continue;
        }
        if (sep === ']') {
          this.pos++;
          break;
        }
        this.unexpected(this.pos, 'was expecting comma to separate Array entries');
      }
    }
    this.stack.pop();
    return { value: result, token: 'START_ARRAY', tokenEnd, members: null, items };
  }

  /** Reads a string starting at the opening quote; leaves pos after the closing quote. */
  private string(): string {
    this.pos++;
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) {
        throw new JsonSyntaxError('Unexpected end-of-input: was expecting closing quote for a string value', this.loc(this.text.length));
      }
      const ch = this.text.charAt(this.pos);
      const code = ch.charCodeAt(0);
      if (ch === '"') {
        this.pos++;
        return out;
      }
      if (code < 0x20) {
        // Jackson has not counted a line break inside a string yet: report it on the string's line.
        const here = this.loc(this.pos);
        throw new JsonSyntaxError(
          `Illegal unquoted character (${this.describeChar(this.pos)}): has to be escaped using backslash to be included in string value`,
          { line: here.line, column: here.column + 1 },
        );
      }
      if (ch !== '\\') {
        out += ch;
        this.pos++;
        continue;
      }
      const esc = this.text.charAt(this.pos + 1);
      if (esc === '') this.eofInString();
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (esc in simple) {
        out += simple[esc];
        this.pos += 2;
        continue;
      }
      if (esc === 'u') {
        let hex = '';
        for (let i = 0; i < 4; i++) {
          const idx = this.pos + 2 + i;
          if (idx >= this.text.length) this.eofInString();
          const h = this.text.charAt(idx);
          if (!/[0-9a-fA-F]/.test(h)) this.unexpected(idx, 'expected a hex-digit for character escape sequence');
          hex += h;
        }
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 6;
        continue;
      }
      throw new JsonSyntaxError(`Unrecognized character escape ${this.describeChar(this.pos + 1)}`, this.loc(this.pos + 2));
    }
  }

  private eofInString(): never {
    throw new JsonSyntaxError('Unexpected end-of-input: was expecting closing quote for a string value', this.loc(this.text.length));
  }

  private number(): Parsed {
    const start = this.pos;
    let i = start;
    const t = this.text;
    const isDigit = (k: number) => k < t.length && t.charCodeAt(k) >= 48 && t.charCodeAt(k) <= 57;
    if (t.charAt(i) === '-') {
      i++;
      if (i >= t.length) this.eof();
      if (!isDigit(i)) this.unexpected(i, 'expected digit (0-9) to follow minus sign, for valid numeric value');
    }
    if (t.charAt(i) === '0' && isDigit(i + 1)) {
      throw new JsonSyntaxError('Invalid numeric value: Leading zeroes not allowed', this.loc(i + 2));
    }
    while (isDigit(i)) i++;
    let float = false;
    if (t.charAt(i) === '.') {
      float = true;
      i++;
      if (!isDigit(i)) {
        if (i >= t.length) this.eof();
        this.unexpected(i, 'Decimal point not followed by a digit');
      }
      while (isDigit(i)) i++;
    }
    if (t.charAt(i) === 'e' || t.charAt(i) === 'E') {
      float = true;
      i++;
      if (t.charAt(i) === '+' || t.charAt(i) === '-') i++;
      if (!isDigit(i)) {
        if (i >= t.length) this.eof();
        this.unexpected(i, 'Exponent indicator not followed by a digit');
      }
      while (isDigit(i)) i++;
    }
    this.pos = i;
    return scalar(Number(t.slice(start, i)), float ? 'VALUE_NUMBER_FLOAT' : 'VALUE_NUMBER_INT', i);
  }

  private word(): Parsed {
    const start = this.pos;
    let i = start;
    while (i < this.text.length && /[A-Za-z0-9_$]/.test(this.text.charAt(i))) i++;
    const w = this.text.slice(start, i);
    this.pos = i;
    if (w === 'true') return scalar(true, 'VALUE_TRUE', i);
    if (w === 'false') return scalar(false, 'VALUE_FALSE', i);
    if (w === 'null') return scalar(null, 'VALUE_NULL', i);
    throw new JsonSyntaxError(`Unrecognized token '${w}': was expecting ('true', 'false' or 'null')`, this.loc(i));
  }
}

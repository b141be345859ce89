/**
 * Braze's own Liquid filters (those with `braze: true` in the knowledge list,
 * server/src/language/knowledge/braze/filters.ts), for liquidjs.
 *
 * Behaviour from Braze's docs (braze-inc/braze-docs `.../liquid/advanced_filters.md`, whose
 * examples are the tests: `'hey' | md5` = 6057f13c..., `'hey<>hi' | url_escape` = hey%3C%3Ehi,
 * `'hey<&>hi' | url_param_escape` = hey%3C%26%3Ehi, `123456 | number_with_delimiter` = 123,456;
 * `.../liquid/filters.md`: `145 | money` = 145.00, Braze does not divide by 100).
 * Assumed where the docs say nothing: `money` writes no thousands separator; `json_parse` of
 * text that is not JSON gives nil; `json_escape` escapes what JSON escapes (quotes, backslash,
 * control characters); `time_zone` accepts IANA names (as liquidjs's `date` does) and its value,
 * printed as is, reads `2021-06-03 13:13:41 -0400`.
 */
import { createHash, createHmac } from 'node:crypto';
import { TokenKind, filters as standardFilters, type FilterImplOptions } from 'liquidjs';
import { expandRubyFormats } from '../core';

type FilterThis = unknown;
type DateFilter = (this: FilterThis, v: unknown, format?: unknown, zone?: unknown) => unknown;
/** liquidjs's own `date` (a plain handler in liquidjs 10). */
const standardDate = standardFilters.date as DateFilter;

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !(v instanceof ZonedTime)) return JSON.stringify(v);
  return String(v);
};

const hash = (algorithm: string) => (v: unknown) => createHash(algorithm).update(text(v), 'utf8').digest('hex');
const hmac = (algorithm: string, encoding: 'hex' | 'base64') => (v: unknown, key: unknown) =>
  createHmac(algorithm, text(key)).update(text(v), 'utf8').digest(encoding);

/** A time moved into a zone by `time_zone`; `date` formats it in that zone. */
export class ZonedTime {
  constructor(
    readonly epochMs: number,
    readonly zone: string,
    private readonly shown: string,
  ) {}
  toString(): string {
    return this.shown;
  }
  toJSON(): string {
    return this.shown;
  }
}

/**
 * Braze's `date` is Ruby's strftime: the combined formats are expanded by the core's rule, the ISO
 * week (`%G`, `%V`) here, before liquidjs formats the rest.
 */
function date(this: FilterThis, v: unknown, format?: unknown, zone?: unknown): unknown {
  const input = v instanceof ZonedTime ? new Date(v.epochMs) : readBrazeTime(v);
  const tz = (zone as string | undefined) ?? (v instanceof ZonedTime ? v.zone : undefined);
  if (typeof format !== 'string' || !format.includes('%')) return standardDate.call(this, input, format, tz);
  let expanded = expandRubyFormats(format);
  if (/%[GV]/.test(expanded)) {
    const day = standardDate.call(this, input, '%Y-%m-%d', tz);
    const week = typeof day === 'string' ? isoWeek(day) : undefined;
    if (week) expanded = expanded.replace(/%%|%G|%V/g, (m) => (m === '%G' ? String(week.year) : m === '%V' ? String(week.week).padStart(2, '0') : m));
  }
  return standardDate.call(this, input, expanded, tz);
}

/** ISO 8601 week-numbering year and week of a calendar day (`yyyy-mm-dd`). */
function isoWeek(day: string): { year: number; week: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return { year: d.getUTCFullYear(), week: Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}

/**
 * Braze writes time attributes as `yyyy-MM-dd'T'HH:mm:ss:SSSZ` (a colon before the
 * milliseconds), which JavaScript's date parser refuses: read it as ISO 8601.
 */
function readBrazeTime(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}):(\d{3})(Z|[+-]\d{2}:?\d{2})$/.exec(v.trim());
  return m ? `${m[1]}.${m[2]}${m[3]}` : v;
}

/**
 * Liquid's `divided_by`: an integer divided by an integer is an integer, rounded down, as in Ruby
 * (Shopify's Liquid reference, "divided_by": `{{ 16 | divided_by: 4 }}` is 4, `{{ 5 | divided_by: 3 }}`
 * is 1; `{{ 20 | divided_by: 7.0 }}` is 2.857...). liquidjs keeps the fraction, and reads `7.0` as the
 * number 7: whether the divisor was written as a float is read from the filter's argument token.
 */
function dividedBy(this: FilterThis, v: unknown, divisor: unknown): unknown {
  const a = Number(v);
  const b = Number(divisor);
  if (b === 0) throw new Error('divided by 0');
  const written = (this as { token?: { args?: { kind?: number; getText?: () => string }[] } }).token?.args?.[0];
  const floatLiteral = written?.kind === TokenKind.Number && /[.eE]/.test(written.getText?.() ?? '');
  return Number.isInteger(a) && Number.isInteger(b) && !floatLiteral ? Math.floor(a / b) : a / b;
}

function timeZone(this: FilterThis, v: unknown, zone: unknown): unknown {
  const z = text(zone).trim();
  const epochMs = v instanceof ZonedTime ? v.epochMs : epochOf.call(this, readBrazeTime(v));
  if (epochMs === undefined || z === '') return v;
  try {
    const shown = String(standardDate.call(this, new Date(epochMs), '%Y-%m-%d %H:%M:%S %z', z));
    return new ZonedTime(epochMs, z, shown);
  } catch {
    return v;
  }
}

function epochOf(this: FilterThis, v: unknown): number | undefined {
  const s = standardDate.call(this, v, '%s');
  return typeof s === 'string' && /^-?\d+$/.test(s) ? Number(s) * 1000 : undefined;
}

function numberWithDelimiter(v: unknown): unknown {
  const s = text(v).trim();
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
  if (!m) return v;
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

function money(v: unknown): unknown {
  const n = typeof v === 'number' ? v : Number(text(v).trim());
  if (text(v).trim() === '' || !Number.isFinite(n)) return v;
  return n.toFixed(2);
}

function propertyAccessor(h: unknown, key: unknown): unknown {
  if (h === null || typeof h !== 'object') return undefined;
  const k = text(key);
  return Object.prototype.hasOwnProperty.call(h, k) ? (h as Record<string, unknown>)[k] : undefined;
}

function jsonParse(v: unknown): unknown {
  if (v !== null && typeof v === 'object') return v;
  try {
    return JSON.parse(text(v)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Every Braze filter by name (aliases included), and the standard ones whose Braze (Ruby) behaviour
 * liquidjs does not have: `date` (Ruby's formats, `time_zone`'s value, Braze's datetimes), `divided_by`.
 */
export const brazeFilters: Readonly<Record<string, FilterImplOptions>> = {
  json_escape: (v: unknown) => JSON.stringify(text(v)).slice(1, -1),
  url_escape: (v: unknown) => encodeURI(text(v)),
  url_param_escape: (v: unknown) => encodeURIComponent(text(v)),
  base64_encode: (v: unknown) => Buffer.from(text(v), 'utf8').toString('base64'),
  md5: hash('md5'),
  sha1: hash('sha1'),
  sha2: hash('sha256'),
  hmac_sha1_hex: hmac('sha1', 'hex'),
  hmac_sha1: hmac('sha1', 'hex'),
  hmac_sha1_base64: hmac('sha1', 'base64'),
  hmac_sha256_hex: hmac('sha256', 'hex'),
  hmac_sha256_base64: hmac('sha256', 'base64'),
  hmac_sha256: hmac('sha256', 'hex'),
  hmac_sha512: hmac('sha512', 'hex'),
  property_accessor: propertyAccessor,
  number_with_delimiter: numberWithDelimiter,
  json_parse: jsonParse,
  as_json_string: (v: unknown) => JSON.stringify(v ?? null),
  money,
  time_zone: timeZone,
  date,
  divided_by: dividedBy,
};

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
import { filters as standardFilters, type FilterImplOptions } from 'liquidjs';

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

function date(this: FilterThis, v: unknown, format?: unknown, zone?: unknown): unknown {
  if (v instanceof ZonedTime) return standardDate.call(this, new Date(v.epochMs), format, (zone as string | undefined) ?? v.zone);
  return standardDate.call(this, v, format, zone as string | undefined);
}

function timeZone(this: FilterThis, v: unknown, zone: unknown): unknown {
  const z = text(zone).trim();
  const epochMs = v instanceof ZonedTime ? v.epochMs : epochOf.call(this, v);
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

/** Every Braze filter by name (aliases included). `date` is wrapped so it reads `time_zone`'s value. */
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
};

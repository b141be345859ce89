/**
 * THE masking rule, for every output: result views, the send log, the CLI's human and JSON
 * output, diagnostics and hovers. Secrets are the consumer secret and other placeholder values
 * marked secret, basic-auth passwords, and every token-like member of a token answer
 * (`access_token`, `refresh_token`, `id_token`, `signature`...).
 *
 * Two layers:
 * - `SecretSet` knows the exact secret strings met during a run and replaces each wherever it
 *   stands, in any encoding: raw, JSON-escaped (`\"`, `\/`, `\u005a`, escaped again when JSON is
 *   quoted in JSON), percent- and form-encoded (either hex case), Base64 (and Base64url);
 * - `maskSecretPatterns` hides what looks like a secret even when its value is not known
 *   (`Bearer xyz`, `"signature": "..."`, `client_secret=...`, `https://user:password@`).
 * `maskText` applies both. Diagnostics, which quote the file, show the first characters of a
 * secret instead (`quoteSecretsShortly`), as `secret-inline` always did.
 */

export const MASK = '********';

/** Secrets shorter than this are not masked by value (masking "a" would garble every text). */
const MIN_SECRET_LENGTH = 4;

/** Characters of a secret a diagnostic may quote. */
const PREVIEW_LENGTH = 4;

export class SecretSet {
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;

  constructor(secrets: Iterable<string> = []) {
    this.addAll(secrets);
  }

  /** Adds a secret (ignored when empty or shorter than 4 characters). */
  add(secret: string | undefined | null): void {
    if (typeof secret !== 'string') return;
    const s = secret.trim();
    if (s.length < MIN_SECRET_LENGTH || this.values.has(s)) return;
    this.values.add(s);
    this.pattern = undefined;
  }

  addAll(secrets: Iterable<string>): void {
    for (const s of secrets) this.add(s);
  }

  /** Replaces every occurrence of a known secret, in any of its encodings, by `MASK`. */
  mask(text: string): string {
    if (this.values.size === 0) return text;
    this.pattern ??= new RegExp(
      [...this.values]
        .flatMap((s) => [encodedPattern(s), escapeRegExp(base64(s)), escapeRegExp(base64(s).replace(/=+$/, '')), escapeRegExp(base64url(s))])
        .sort((a, b) => b.length - a.length)
        .join('|'),
      'g',
    );
    return text.replace(this.pattern, MASK);
  }
}

const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const base64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/** A hex digit in either case: `[aA]`. */
const hexPattern = (hex: string) => hex.replace(/[a-f]/gi, (d) => `[${d.toLowerCase()}${d.toUpperCase()}]`);
const JSON_SHORT: Record<string, string> = { '\n': 'n', '\r': 'r', '\t': 't', '\b': 'b', '\f': 'f' };

/** A pattern matching `s` with each character raw or encoded: JSON escapes (at any depth of backslashes), `%XX`, `+` for a blank. */
function encodedPattern(s: string): string {
  let out = '';
  for (const ch of s) {
    const units = [...Array(ch.length).keys()].map((i) => `\\\\+u${hexPattern(ch.charCodeAt(i).toString(16).padStart(4, '0'))}`).join('');
    const bytes = [...Buffer.from(ch, 'utf8')].map((b) => `%${hexPattern(b.toString(16).padStart(2, '0').toUpperCase())}`).join('');
    const alts = [`\\\\*${escapeRegExp(ch)}`, units, bytes];
    if (JSON_SHORT[ch]) alts.push(`\\\\+${JSON_SHORT[ch]}`);
    if (ch === ' ') alts.push('\\+');
    out += `(?:${alts.join('|')})`;
  }
  return out;
}

/** Member and parameter names whose values are secret: `access_token`, `refresh_token`, `id_token`, `signature`, `client_secret`, `password`... */
export function isSecretName(name: string): boolean {
  return /^(access_token|refresh_token|id_token|signature|client_secret|client_assertion|assertion|password|secret|token|api_key|apikey|session_id|sid)$/i.test(name) || /[_-](token|secret|password|signature)$/i.test(name);
}

/** The string values of secret-named members anywhere in a parsed JSON answer (a token answer's `access_token`, `signature`...). */
export function secretsInJson(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || depth > 8) return;
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string' && isSecretName(k)) out.push(x);
      else walk(x, depth + 1);
    }
  };
  walk(value, 0);
  return out;
}

type Hide = (value: string) => string;

const FORM_PARAM = /\b([A-Za-z][A-Za-z0-9_.-]*=)([^&\s"']+)/g;

const PATTERNS: [RegExp, (hide: Hide) => (m: string, ...groups: string[]) => string][] = [
  // Authorization: Bearer <token> / Basic <base64>, in a header line, a JSON string or free text; never past the line's end.
  [/\b(Bearer|Basic|OAuth)([ \t]+)([A-Za-z0-9._~+/!=:%$\\-]{4,})/g, (hide) => (_m, scheme, space, value) => `${scheme}${space}${hide(value)}`],
  // "signature": "..." and the like, in JSON and in JSON quoted in JSON (\"signature\": \"...\").
  [/("([A-Za-z0-9_.-]+)"\s*:\s*")((?:[^"\\]|\\.)*)(")/g, (hide) => (m, a, name, value, c) => (isSecretName(name) ? `${a}${hide(value)}${c}` : m)],
  [/(\\+"([A-Za-z0-9_.-]+)\\+"\s*:\s*\\+")(.*?)(\\+")/g, (hide) => (m, a, name, value, c) => (isSecretName(name) ? `${a}${hide(value)}${c}` : m)],
  // client_secret=...&, access_token=... in form bodies and query strings (a value read for another name may hold one).
  [FORM_PARAM, (hide) => function param(_m, a, value): string {
    return isSecretName(a.slice(0, -1)) ? `${a}${hide(value)}` : `${a}${value.replace(FORM_PARAM, param as (m: string, ...g: string[]) => string)}`;
  }],
  // https://user:password@host (a password may hold "/"; digits then "/" are a port and a path)
  [/(\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#@:]*:)(?!\d*\/)([^\s?#@]+)(@)/g, (hide) => (_m, a, value, c) => `${a}${hide(value)}${c}`],
];

/** Hides what looks like a secret whatever its value (by `MASK`, or as `hide` says). */
export function maskSecretPatterns(text: string, hide: Hide = () => MASK): string {
  let out = text;
  for (const [re, fn] of PATTERNS) out = out.replace(re, fn(hide) as (substring: string, ...args: unknown[]) => string);
  return out;
}

/** Masks the known secrets, then the secret-looking patterns. */
export function maskText(text: string, secrets?: SecretSet | Iterable<string>): string {
  const set = secrets instanceof SecretSet ? secrets : new SecretSet(secrets ?? []);
  return maskSecretPatterns(set.mask(text));
}

/** What a diagnostic may quote of a secret written in a file: its first characters. */
export function secretPreview(value: string): string {
  return value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}…` : value;
}

/**
 * A text of the file as a diagnostic quotes it: each secret-looking value cut to its first
 * characters. A placeholder or Liquid standing there is not a secret, and is quoted as written.
 */
export function quoteSecretsShortly(text: string): string {
  return maskSecretPatterns(text, (v) => (/\{\{|\{%|\[insert_/i.test(v) ? v : secretPreview(v)));
}

/** Header names whose values are secret as a whole (the scheme word of Authorization is kept). */
export function isSecretHeader(name: string): boolean {
  return /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token|x-sfdc-session|sforce-session)$/i.test(name.trim()) || /(secret|token|api[-_]?key|password)/i.test(name);
}

/** The secret part of a header value: what follows `Bearer `/`Basic `, or the whole value. */
export function secretPartOfHeader(value: string): string {
  const v = value.trim();
  if (/^(Bearer|Basic|OAuth)$/i.test(v)) return '';
  const m = /^(?:Bearer|Basic|OAuth)\s+(.*)$/i.exec(v);
  return (m ? m[1] : v).trim();
}

/** A header value as shown: a secret header's secret part masked whatever it holds (`Bearer ********`). */
export function maskHeaderValue(name: string, value: string): string {
  if (!isSecretHeader(name)) return value;
  const secret = secretPartOfHeader(value);
  if (secret === '' || secret === MASK) return value;
  const trimmed = value.trim();
  return value.slice(0, value.length - value.trimStart().length) + trimmed.slice(0, trimmed.length - secret.length) + MASK;
}

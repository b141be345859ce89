/**
 * Masks secrets wherever a request or an answer is shown or logged: the consumer secret and other
 * placeholder values marked secret, basic-auth passwords, access tokens (the value after `Bearer `,
 * `access_token` in token answers), `client_secret=` in form bodies.
 *
 * Two layers:
 * - `SecretSet` knows the exact secret strings met during a render (placeholder values, tokens read
 *   from answers) and replaces every occurrence of each, also in its URL-encoded, form-encoded,
 *   JSON-escaped and Base64 forms, in any text.
 * - `maskSecretPatterns` masks what looks like a secret even when its value is not known
 *   (`Bearer xyz`, `"access_token": "..."`, `client_secret=...`, `password=...`).
 * `maskText` applies both; every line the CLI or the extension prints goes through it.
 */

export const MASK = '********';

/** Secrets shorter than this are not masked by value (masking "a" would garble every text). */
const MIN_SECRET_LENGTH = 4;

export class SecretSet {
  private readonly values = new Set<string>();

  constructor(secrets: Iterable<string> = []) {
    for (const s of secrets) this.add(s);
  }

  /** Adds a secret (ignored when empty or shorter than 4 characters). */
  add(secret: string | undefined | null): void {
    if (typeof secret !== 'string') return;
    const s = secret.trim();
    if (s.length < MIN_SECRET_LENGTH) return;
    for (const form of encodedForms(s)) if (form.length >= MIN_SECRET_LENGTH) this.values.add(form);
  }

  addAll(secrets: Iterable<string>): void {
    for (const s of secrets) this.add(s);
  }

  get size(): number {
    return this.values.size;
  }

  /** Every form of every secret, longest first. */
  list(): string[] {
    return [...this.values].sort((a, b) => b.length - a.length);
  }

  /** Replaces every occurrence of a known secret by `MASK`. */
  mask(text: string): string {
    let out = text;
    for (const s of this.list()) if (out.includes(s)) out = out.split(s).join(MASK);
    return out;
  }
}

function encodedForms(s: string): string[] {
  const forms = new Set<string>([s]);
  forms.add(encodeURIComponent(s));
  forms.add(new URLSearchParams({ x: s }).toString().slice(2));
  forms.add(JSON.stringify(s).slice(1, -1));
  forms.add(Buffer.from(s, 'utf8').toString('base64'));
  return [...forms];
}

const PATTERNS: [RegExp, (m: string, ...groups: string[]) => string][] = [
  // Authorization: Bearer <token> / Basic <base64> (in a header line, a JSON string or free text)
  [/\b(Bearer|Basic|OAuth)(\s+)([A-Za-z0-9._~+/!=:%$-]{4,})/g, (_m, scheme: string, space: string) => `${scheme}${space}${MASK}`],
  // "access_token": "..." and the like in JSON
  [/("(?:access_token|refresh_token|id_token|client_secret|password|signature)"\s*:\s*")((?:[^"\\]|\\.)*)(")/gi, (_m, a: string, _v: string, c: string) => `${a}${MASK}${c}`],
  // client_secret=...&, access_token=... in form bodies and query strings
  [/(\b(?:client_secret|access_token|refresh_token|password|assertion)=)([^&\s"']+)/gi, (_m, a: string) => `${a}${MASK}`],
];

/** Masks what looks like a secret whatever its value. */
export function maskSecretPatterns(text: string): string {
  let out = text;
  for (const [re, fn] of PATTERNS) out = out.replace(re, fn as (substring: string, ...args: unknown[]) => string);
  return out;
}

/** Masks the known secrets, then the secret-looking patterns. */
export function maskText(text: string, secrets?: SecretSet | Iterable<string>): string {
  const set = secrets instanceof SecretSet ? secrets : new SecretSet(secrets ?? []);
  return maskSecretPatterns(set.mask(text));
}

/** Header names whose values are secret as a whole (the scheme word of Authorization is kept). */
export function isSecretHeader(name: string): boolean {
  return /^(authorization|proxy-authorization|cookie|x-api-key|api-key|x-auth-token)$/i.test(name.trim()) || /(secret|token|api[-_]?key|password)/i.test(name);
}

/** The secret part of a header value: what follows `Bearer `/`Basic `, or the whole value. */
export function secretPartOfHeader(value: string): string {
  const v = value.trim();
  if (/^(Bearer|Basic|OAuth)$/i.test(v)) return '';
  const m = /^(?:Bearer|Basic|OAuth)\s+(.*)$/i.exec(v);
  return (m ? m[1] : v).trim();
}

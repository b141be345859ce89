/**
 * Documentation placeholders: `[insert_instance_name]`, `[insert_client_id]`,
 * `[insert_client_secret]` in Braze's Salesforce recipe, and any `[insert_...]` a user writes.
 * One rule for the `placeholder` check, its quick fix, the renderer, the client's secret storage
 * and the CLI's environment variables:
 *
 * - a placeholder is `[insert_` up to the next `]`, in any letter case, without blanks or `[` (so
 *   a scan that fails stops at the next `[`, and finding them stays linear in the text);
 * - its name folds case and every character other than a letter, digit or `_` into `_`, so
 *   `[INSERT_CLIENT_ID]` and `[insert_client-id]` are the placeholder `insert_client_id` and take
 *   one value;
 * - it is secret (kept in secret storage, masked in every output) when its name holds `secret`,
 *   `password`, `token`, `key` or `credential`, or when the caller names it;
 * - the CLI reads `[insert_<name>]` from `BRAZE_WEBHOOK_INSERT_<NAME>`.
 * Values are filled into each field's text before rendering; the file is never rewritten.
 */

export const PLACEHOLDER_PATTERN = /\[insert_[^\][\s]*\]/gi;
export const ENV_PREFIX = 'BRAZE_WEBHOOK_';

/** A placeholder as written, with its offsets. */
export interface PlaceholderOccurrence {
  start: number;
  end: number;
  text: string;
  /** The canonical name: `insert_client_id`. */
  name: string;
}

/** `[INSERT_Client-Id]` or `insert_client_id` -> `insert_client_id`. */
export function placeholderName(placeholder: string): string {
  return placeholder.replace(/^\[/, '').replace(/\]$/, '').toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/** `[insert_client_secret]` -> `BRAZE_WEBHOOK_INSERT_CLIENT_SECRET`. */
export function placeholderEnvName(placeholder: string): string {
  return ENV_PREFIX + placeholderName(placeholder).toUpperCase();
}

/** Placeholder values from `BRAZE_WEBHOOK_INSERT_*` variables, keyed by name. */
export function placeholdersFromEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined || !k.startsWith(`${ENV_PREFIX}INSERT_`)) continue;
    out[placeholderName(k.slice(ENV_PREFIX.length))] = v;
  }
  return out;
}

export function isSecretPlaceholder(placeholder: string, extra: readonly string[] = []): boolean {
  const n = placeholderName(placeholder);
  return /(secret|password|token|key|credential)/.test(n) || extra.map(placeholderName).includes(n);
}

/** Every placeholder in `text`, in order, with offsets (`base` is the offset of `text[0]`). */
export function findPlaceholders(text: string, base = 0): PlaceholderOccurrence[] {
  const out: PlaceholderOccurrence[] = [];
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    const start = base + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, text: m[0], name: placeholderName(m[0]) });
  }
  return out;
}

/** The distinct placeholder names of some texts, in order of appearance. */
export function placeholderNames(texts: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const t of texts) for (const p of findPlaceholders(t)) names.add(p.name);
  return [...names];
}

/** Replaces every placeholder that has a value; lists (as written) those that have none. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): { text: string; missing: string[]; used: string[] } {
  const lookup = new Map<string, string>();
  for (const [k, v] of Object.entries(values)) lookup.set(placeholderName(k), v);
  const missing = new Set<string>();
  const used = new Set<string>();
  const out = text.replace(PLACEHOLDER_PATTERN, (p) => {
    const v = lookup.get(placeholderName(p));
    if (v === undefined || v === '') {
      missing.add(p);
      return p;
    }
    used.add(p);
    return v;
  });
  return { text: out, missing: [...missing], used: [...used] };
}

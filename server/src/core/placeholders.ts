/**
 * Placeholders such as `[insert_instance_name]`, `[insert_client_id]`, `[insert_client_secret]`
 * (any `[insert_...]`), replaced in each field's text BEFORE rendering; the file is never
 * rewritten. Values come from `RenderContext.placeholders`, keyed by the name without brackets
 * (`insert_client_secret`); the extension fills them from SecretStorage, the CLI from the
 * environment:
 *
 *   `[insert_<name>]`  <-  `BRAZE_WEBHOOK_INSERT_<NAME>` (upper case, any other character `_`)
 *   e.g. `[insert_client_secret]` <- `BRAZE_WEBHOOK_INSERT_CLIENT_SECRET`.
 *
 * A placeholder is secret (masked in every output) when its name holds `secret`, `password`,
 * `token`, `key` or `credential`, or when the caller names it in `secretPlaceholders`.
 */

export const PLACEHOLDER_PATTERN = /\[insert_[A-Za-z0-9_]+\]/g;
export const ENV_PREFIX = 'BRAZE_WEBHOOK_';

/** `[insert_client_secret]` or `insert_client_secret` -> `insert_client_secret`. */
export function placeholderName(placeholder: string): string {
  return placeholder.replace(/^\[/, '').replace(/\]$/, '').toLowerCase();
}

/** `[insert_client_secret]` -> `BRAZE_WEBHOOK_INSERT_CLIENT_SECRET`. */
export function placeholderEnvName(placeholder: string): string {
  return ENV_PREFIX + placeholderName(placeholder).toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** Placeholder values from `BRAZE_WEBHOOK_INSERT_*` variables, keyed `insert_...`. */
export function placeholdersFromEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined || !k.startsWith(`${ENV_PREFIX}INSERT_`)) continue;
    out[k.slice(ENV_PREFIX.length).toLowerCase()] = v;
  }
  return out;
}

export function isSecretPlaceholder(name: string, extra: readonly string[] = []): boolean {
  const n = placeholderName(name);
  return /(secret|password|token|key|credential)/.test(n) || extra.map(placeholderName).includes(n);
}

/** Distinct placeholders in a text, in order of appearance, as written (`[insert_client_id]`). */
export function findPlaceholders(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER_PATTERN) ?? [])];
}

/** Replaces every placeholder that has a value; lists those that have none. */
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

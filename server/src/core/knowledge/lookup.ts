/**
 * Lookups over a `Knowledge` value: by exact name, case-insensitive for Lead fields (as Salesforce
 * matches body keys), through the translation table, and by edit distance for "did you mean".
 */
import { builtinKnowledge, type Knowledge } from './builtin';
import type {
  BodyKeyTranslation,
  BrazeAttribute,
  BrazeNamespace,
  ConnectedContentOption,
  CustomAttribute,
  LeadField,
  LiquidFilter,
  LiquidTag,
  NamespaceMember,
  UnsupportedFilter,
  UnsupportedTag,
} from './schema';
import { normalizeBodyKey } from './translations';

/** Strips `${...}` around an attribute name: `${first_name}` gives `first_name`. */
export function stripAttributeBraces(name: string): string {
  const m = /^\$\{\s*(.*?)\s*\}$/.exec(name.trim());
  return m ? (m[1] as string) : name.trim();
}

/** A Lead field by API name, ignoring letter case (as Salesforce does). */
export function findLeadField(k: Knowledge, name: string): LeadField | undefined {
  const n = name.toLowerCase();
  return k.salesforce.leadFields.find((f) => f.name.toLowerCase() === n);
}

/** A supported filter by name or by an older alias (`hmac_sha1` gives `hmac_sha1_hex`). */
export function findFilter(k: Knowledge, name: string): LiquidFilter | undefined {
  return k.braze.filters.find((f) => f.name === name) ?? k.braze.filters.find((f) => f.aliases?.includes(name) === true);
}

export function findUnsupportedFilter(k: Knowledge, name: string): UnsupportedFilter | undefined {
  return k.braze.unsupportedFilters.find((f) => f.name === name);
}

/**
 * A tag of the built-in table by name: how the parser reads its arguments, what it sets, what its
 * body is. Tags are Braze's, not a workspace's, so the parser, the checks and the renderer read
 * this one table.
 */
export function builtinTag(name: string): LiquidTag | undefined {
  builtinTags ??= new Map(builtinKnowledge().braze.tags.map((t) => [t.name, t]));
  return builtinTags.get(name);
}
let builtinTags: Map<string, LiquidTag> | undefined;

export function findTag(k: Knowledge, name: string): LiquidTag | undefined {
  return k.braze.tags.find((t) => t.name === name);
}

export function findUnsupportedTag(k: Knowledge, name: string): UnsupportedTag | undefined {
  return k.braze.unsupportedTags.find((t) => t.name === name);
}

/** A default attribute by name, with or without `${}`. */
export function findAttribute(k: Knowledge, name: string): BrazeAttribute | undefined {
  const n = stripAttributeBraces(name);
  return k.braze.attributes.find((a) => a.name === n);
}

export function findNamespace(k: Knowledge, name: string): BrazeNamespace | undefined {
  return k.braze.namespaces.find((ns) => ns.name === name);
}

/** A fixed member of a namespace (`campaign`, `name`), with or without `${}`. */
export function findNamespaceMember(k: Knowledge, namespace: string, member: string): NamespaceMember | undefined {
  const m = stripAttributeBraces(member);
  return findNamespace(k, namespace)?.members?.find((x) => x.name === m);
}

/** A Connected Content option, written with or without its colon. */
export function findConnectedContentOption(k: Knowledge, name: string): ConnectedContentOption | undefined {
  const n = name.startsWith(':') ? name : `:${name}`;
  return k.braze.connectedContentOptions.find((o) => o.name === n);
}

export function findCustomAttribute(k: Knowledge, name: string): CustomAttribute | undefined {
  const n = stripAttributeBraces(name);
  return k.customAttributes.find((a) => a.name === n);
}

/**
 * Edit distance (optimal string alignment: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost 1).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  if (Math.abs(m - n) > max) return max + 1;
  // Three rows, reused, and only the band of width `max` around the diagonal: this runs for
  // every unknown body key against every field. Past `max` the answer is just "more than max".
  const FAR = 1 << 29;
  let prev2 = new Int32Array(n + 1).fill(FAR);
  let prev = new Int32Array(n + 1).fill(FAR);
  let cur = new Int32Array(n + 1).fill(FAR);
  for (let j = 0; j <= Math.min(n, max); j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    cur.fill(FAR);
    if (i <= max) cur[0] = i;
    let rowMin = cur[0];
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n], max + 1);
}

export interface ClosestOptions {
  /** Largest distance still reported. Default: a third of the name's length, at least 1, at most 3. */
  maxDistance?: number;
  /** Only consider fields a create (POST) or an update (PATCH) may set. */
  writableFor?: 'create' | 'update';
}

export interface FieldMatch {
  field: LeadField;
  distance: number;
}

/**
 * The Lead field whose API name is nearest to `name` (case-insensitive edit distance), for
 * "did you mean" messages. Ties go to the field listed first (standard, writable fields come
 * first in the built-in list). Undefined when nothing is close enough.
 */
export function closestLeadField(k: Knowledge, name: string, options: ClosestOptions = {}): FieldMatch | undefined {
  const n = name.toLowerCase();
  const max = options.maxDistance ?? Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: FieldMatch | undefined;
  for (const field of k.salesforce.leadFields) {
    if (options.writableFor === 'create' && !field.createable) continue;
    if (options.writableFor === 'update' && !field.updateable) continue;
    const d = editDistance(n, field.name.toLowerCase(), max);
    if (d <= max && (best === undefined || d < best.distance)) best = { field, distance: d };
  }
  return best;
}

/** The translation entry for a body key (see `translations.ts` for how keys are compared). */
export function findBodyKeyTranslation(k: Knowledge, key: string): BodyKeyTranslation | undefined {
  return normalizedIndex(k.salesforce.bodyKeyTranslations, (t) => t.key).get(normalizeBodyKey(key));
}

const indexes = new WeakMap<readonly object[], Map<string, unknown>>();

/**
 * Items by their normalized name, built once per list: a body may hold
 * thousands of keys, and normalizing the whole list for each was most of the cost.
 */
function normalizedIndex<T extends object>(items: readonly T[], name: (item: T) => string): Map<string, T> {
  let index = indexes.get(items) as Map<string, T> | undefined;
  if (!index) {
    index = new Map();
    for (const item of items) {
      const n = normalizeBodyKey(name(item));
      if (!index.has(n)) index.set(n, item);
    }
    indexes.set(items, index);
  }
  return index;
}

/** The Lead field a translated body key stands for (`apellido` gives LastName). */
export function translateBodyKey(k: Knowledge, key: string): LeadField | undefined {
  const t = findBodyKeyTranslation(k, key);
  return t === undefined ? undefined : findLeadField(k, t.apiName);
}

/**
 * How a JSON body key relates to the Lead fields:
 * - `exact`: the API name as written;
 * - `case`: the API name in other letter case (Salesforce accepts it);
 * - `translation`: a translated or informal key (Salesforce rejects it; `field` is meant);
 * - `normalized`: the API name with spaces, underscores or hyphens (`first_name`; rejected);
 * - `similar`: probably a typo of `field` (rejected);
 * - `unknown`: none of these (a custom field of the org, or a mistake).
 */
export type BodyKeyResolution =
  | { kind: 'exact' | 'case'; field: LeadField }
  | { kind: 'translation'; field: LeadField; translation: BodyKeyTranslation }
  | { kind: 'normalized'; field: LeadField }
  | { kind: 'similar'; field: LeadField; distance: number }
  | { kind: 'unknown' };

export function resolveBodyKey(k: Knowledge, key: string): BodyKeyResolution {
  const exact = k.salesforce.leadFields.find((f) => f.name === key);
  if (exact) return { kind: 'exact', field: exact };
  const byCase = findLeadField(k, key);
  if (byCase) return { kind: 'case', field: byCase };
  const translation = findBodyKeyTranslation(k, key);
  const translated = translation === undefined ? undefined : findLeadField(k, translation.apiName);
  if (translation !== undefined && translated !== undefined) return { kind: 'translation', field: translated, translation };
  const normalized = normalizedIndex(k.salesforce.leadFields, (f) => f.name).get(normalizeBodyKey(key));
  if (normalized) return { kind: 'normalized', field: normalized };
  const close = closestLeadField(k, key);
  if (close) return { kind: 'similar', field: close.field, distance: close.distance };
  return { kind: 'unknown' };
}

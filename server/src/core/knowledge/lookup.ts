/**
 * Lookups over a `Knowledge` value: by exact name, case-insensitive for objects and fields (as
 * Salesforce matches `/sobjects/<name>` and body keys), through the translation table, and by
 * edit distance for "did you mean". Each list is indexed once (the knowledge's lists never
 * change; a new knowledge value has new lists): a body asks for thousands of keys, a template for
 * every filter and tag it holds.
 */
import { builtinKnowledge, type Knowledge } from './builtin';
import type {
  BodyKeyTranslation,
  BrazeAttribute,
  BrazeNamespace,
  ConnectedContentOption,
  CustomAttribute,
  KnownObject,
  LiquidFilter,
  LiquidTag,
  NamespaceMember,
  SObjectField,
  UnsupportedFilter,
  UnsupportedTag,
} from './schema';
import { KEY_PREFIX } from './salesforce/objects/fields';
import { normalizeBodyKey } from './translations';

/** Items by a key, per list: the first item of a key wins. */
class ListIndex<T extends object> {
  private readonly built = new WeakMap<readonly T[], Map<string, T>>();

  constructor(private readonly keys: (item: T) => readonly string[]) {}

  of(items: readonly T[]): Map<string, T> {
    let index = this.built.get(items);
    if (!index) {
      index = new Map();
      for (const item of items) for (const key of this.keys(item)) if (!index.has(key)) index.set(key, item);
      this.built.set(items, index);
    }
    return index;
  }

  get(items: readonly T[], key: string): T | undefined {
    return this.of(items).get(key);
  }
}

type Named = { name: string };
const byName = new ListIndex<Named>((x) => [x.name]);
const byFoldedName = new ListIndex<Named>((x) => [x.name.toLowerCase()]);
const byNormalizedName = new ListIndex<Named>((x) => [normalizeBodyKey(x.name)]);
const filterAliases = new ListIndex<LiquidFilter>((f) => f.aliases ?? []);
const translations = new ListIndex<BodyKeyTranslation>((t) => [normalizeBodyKey(t.key)]);
const objectsByPrefix = new ListIndex<KnownObject>((o) => (o.keyPrefix === undefined ? [] : [o.keyPrefix]));

const named = <T extends Named>(items: readonly T[], name: string): T | undefined => byName.get(items, name) as T | undefined;

/** Strips `${...}` around an attribute name: `${first_name}` gives `first_name`. */
export function stripAttributeBraces(name: string): string {
  const m = /^\$\{\s*(.*?)\s*\}$/.exec(name.trim());
  return m ? (m[1] as string) : name.trim();
}

/** An object the knowledge has, by API name, ignoring letter case (as Salesforce matches `/sobjects/<name>`). */
export function findObject(k: Knowledge, name: string): KnownObject | undefined {
  return byFoldedName.get(k.salesforce.objects, name.toLowerCase()) as KnownObject | undefined;
}

/**
 * The known object one edit away from a name the knowledge does not have (`Contacts`, `Laed`);
 * none for a custom object's name (`__c`), which is the org's own.
 */
export function misspeltObject(k: Knowledge, name: string): KnownObject | undefined {
  if (/__c$/i.test(name) || findObject(k, name)) return undefined;
  const n = name.toLowerCase();
  return k.salesforce.objects.find((o) => editDistance(n, o.name.toLowerCase(), 1) <= 1);
}

/** A field of an object by API name, ignoring letter case (as Salesforce matches body keys). */
export function findField(object: Pick<KnownObject, 'fields'>, name: string): SObjectField | undefined {
  return byFoldedName.get(object.fields, name.toLowerCase()) as SObjectField | undefined;
}

/** What a record id's key prefix says it is: an object of the knowledge, or another object a reference may name. */
export function objectOfIdPrefix(k: Knowledge, prefix: string): string | undefined {
  return objectsByPrefix.get(k.salesforce.objects, prefix)?.name ?? PREFIX_OBJECTS.get(prefix);
}
const PREFIX_OBJECTS = new Map(Object.entries(KEY_PREFIX).map(([object, prefix]) => [prefix, object]));

/** A supported filter by name or by an older alias (`hmac_sha1` gives `hmac_sha1_hex`). */
export function findFilter(k: Knowledge, name: string): LiquidFilter | undefined {
  return named(k.braze.filters, name) ?? filterAliases.get(k.braze.filters, name);
}

export function findUnsupportedFilter(k: Knowledge, name: string): UnsupportedFilter | undefined {
  return named(k.braze.unsupportedFilters, name);
}

/**
 * A tag of the built-in table by name: how the parser reads its arguments, what it sets, what its
 * body is. Tags are Braze's, not a workspace's, so the parser, the checks and the renderer read
 * this one table.
 */
export function builtinTag(name: string): LiquidTag | undefined {
  return findTag(builtinKnowledge(), name);
}

export function findTag(k: Knowledge, name: string): LiquidTag | undefined {
  return named(k.braze.tags, name);
}

export function findUnsupportedTag(k: Knowledge, name: string): UnsupportedTag | undefined {
  return named(k.braze.unsupportedTags, name);
}

/** A default attribute by name, with or without `${}`. */
export function findAttribute(k: Knowledge, name: string): BrazeAttribute | undefined {
  return named(k.braze.attributes, stripAttributeBraces(name));
}

export function findNamespace(k: Knowledge, name: string): BrazeNamespace | undefined {
  return named(k.braze.namespaces, name);
}

/** A fixed member of a namespace (`campaign`, `name`), with or without `${}`. */
export function findNamespaceMember(k: Knowledge, namespace: string, member: string): NamespaceMember | undefined {
  const members = findNamespace(k, namespace)?.members;
  return members && named(members, stripAttributeBraces(member));
}

/** A Connected Content option, written with or without its colon. */
export function findConnectedContentOption(k: Knowledge, name: string): ConnectedContentOption | undefined {
  return named(k.braze.connectedContentOptions, name.startsWith(':') ? name : `:${name}`);
}

export function findCustomAttribute(k: Knowledge, name: string): CustomAttribute | undefined {
  return named(k.customAttributes, stripAttributeBraces(name));
}

// The rows of `editDistance`, grown to the longest name met and reused: it runs for every unknown
// body key against many fields, and three new arrays each time were most of its cost.
const FAR = 1 << 29;
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

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
  if (rows[0].length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  // Only the band of width `max` around the diagonal: past `max` the answer is just "more than max".
  let [prev2, prev, cur] = rows;
  prev2.fill(FAR, 0, n + 1);
  prev.fill(FAR, 0, n + 1);
  for (let j = 0; j <= Math.min(n, max); j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    cur.fill(FAR, 0, n + 1);
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
  field: SObjectField;
  distance: number;
}

/** An object's fields by the length of their name: each with its lower-case name and its place in the list. */
const fieldsByLength = new WeakMap<readonly SObjectField[], Map<number, [string, SObjectField, number][]>>();

function lengthBuckets(fields: readonly SObjectField[]): Map<number, [string, SObjectField, number][]> {
  let buckets = fieldsByLength.get(fields);
  if (!buckets) {
    buckets = new Map();
    fields.forEach((f, i) => {
      const bucket = buckets!.get(f.name.length) ?? [];
      bucket.push([f.name.toLowerCase(), f, i]);
      buckets!.set(f.name.length, bucket);
    });
    fieldsByLength.set(fields, buckets);
  }
  return buckets;
}

/**
 * The field of an object whose API name is nearest to `name` (case-insensitive edit distance),
 * for "did you mean" messages. Ties go to the field listed first (standard, writable fields come
 * first in the built-in lists). Undefined when nothing is close enough. Only names within `max`
 * of the name's length can be that close, so only those are compared.
 */
export function closestField(object: Pick<KnownObject, 'fields'>, name: string, options: ClosestOptions = {}): FieldMatch | undefined {
  const n = name.toLowerCase();
  const max = options.maxDistance ?? Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  const buckets = lengthBuckets(object.fields);
  let best: FieldMatch | undefined;
  let bestAt = Infinity;
  for (let length = Math.max(1, name.length - max); length <= name.length + max; length++) {
    for (const [folded, field, at] of buckets.get(length) ?? []) {
      if (options.writableFor === 'create' && !field.createable) continue;
      if (options.writableFor === 'update' && !field.updateable) continue;
      const d = editDistance(n, folded, max);
      if (d > max) continue;
      if (best === undefined || d < best.distance || (d === best.distance && at < bestAt)) {
        best = { field, distance: d };
        bestAt = at;
      }
    }
  }
  return best;
}

/** The translation entry for a body key (see `translations.ts` for how keys are compared). */
export function findBodyKeyTranslation(k: Knowledge, key: string): BodyKeyTranslation | undefined {
  return translations.get(k.salesforce.bodyKeyTranslations, normalizeBodyKey(key));
}

/** The field of an object a translated body key stands for (`apellido` gives LastName). */
export function translateBodyKey(k: Knowledge, object: Pick<KnownObject, 'fields'>, key: string): SObjectField | undefined {
  const t = findBodyKeyTranslation(k, key);
  return t === undefined ? undefined : findField(object, t.apiName);
}

/**
 * How a JSON body key relates to the fields of the object the body writes:
 * - `exact`: the API name as written;
 * - `case`: the API name in other letter case (Salesforce accepts it);
 * - `translation`: a translated or informal key (Salesforce rejects it; `field` is meant);
 * - `normalized`: the API name with spaces, underscores or hyphens (`first_name`; rejected);
 * - `similar`: probably a typo of `field` (rejected);
 * - `unknown`: none of these (a custom field of the org, or a mistake).
 */
export type BodyKeyResolution =
  | { kind: 'exact' | 'case'; field: SObjectField }
  | { kind: 'translation'; field: SObjectField; translation: BodyKeyTranslation }
  | { kind: 'normalized'; field: SObjectField }
  | { kind: 'similar'; field: SObjectField; distance: number }
  | { kind: 'unknown' };

export function resolveBodyKey(k: Knowledge, object: Pick<KnownObject, 'fields'>, key: string): BodyKeyResolution {
  const exact = named(object.fields, key);
  if (exact) return { kind: 'exact', field: exact };
  const byCase = findField(object, key);
  if (byCase) return { kind: 'case', field: byCase };
  const translation = findBodyKeyTranslation(k, key);
  const translated = translation === undefined ? undefined : findField(object, translation.apiName);
  if (translation !== undefined && translated !== undefined) return { kind: 'translation', field: translated, translation };
  const normalized = byNormalizedName.get(object.fields, normalizeBodyKey(key)) as SObjectField | undefined;
  if (normalized) return { kind: 'normalized', field: normalized };
  const close = closestField(object, key);
  if (close) return { kind: 'similar', field: close.field, distance: close.distance };
  return { kind: 'unknown' };
}

/**
 * Salesforce's REST data path, read once for the checks (over the URL as written, Liquid and
 * placeholders marked in its segments), the hovers, and the client (over a rendered URL): the
 * object and what the request does to its records (REST API Developer Guide,
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_list.htm):
 * - `sobjects/<Object>/`: create (POST);
 * - `sobjects/<Object>/<id>`: update (PATCH) of one record;
 * - `sobjects/<Object>/<ExternalIdField>/<value>`: upsert (PATCH) by an external id, and
 *   `sobjects/<Object>/Id`, where a POST creates;
 * - `composite/sobjects[/<Object>/<ExternalIdField>]`: sObject Collections, many records at once;
 * - `composite`: the Composite resource (subrequests).
 * Generic over the segment type, so the checks keep their file offsets.
 */
import { editDistance } from '../knowledge';

/** A path segment: its text, and whether Liquid or a placeholder stands in it. */
export interface SegmentLike {
  text: string;
  liquid?: boolean;
  placeholder?: boolean;
}

export interface DataPath<S extends SegmentLike = SegmentLike> {
  /** The `services` segment. */
  services: S;
  /** The `data` segment. */
  data: S;
  /** The version segment (`v60.0`): the segment after `data` when it looks like a version or `sobjects` follows it. */
  version?: S;
  /** The `sobjects` segment, or a near miss of it (`sobject`); undefined when missing. */
  sobjects?: S;
  /** A REST resource other than sObjects and Composite (`query`...) where `sobjects` should stand. */
  resource?: S;
  /** The `composite` segment: the Composite resource, or sObject Collections when `collection` follows it. */
  composite?: S;
  /** The `sobjects` segment after `composite`: sObject Collections. */
  collection?: S;
  /** The object segment (`Lead`); for a collection, the object of an upsert (`composite/sobjects/Lead/Ext__c`). */
  object?: S;
  /** The segment after the object: a record id (or `describe`...), or an external id value. Empty trailing segments are left out. */
  id?: S;
  /** `Email__c` in `/sobjects/Lead/Email__c/{value}` (an upsert by external id), `Id` in `/sobjects/Lead/Id`. */
  externalIdField?: S;
  /** Segments after the id (after `composite`, or the collection's field). */
  rest: S[];
}

/** What a request does to records (see `recordOperation`). */
export type RecordOperation = 'create' | 'update' | 'upsert';

/** Does a segment look like an API version (`v60.0`, `v60`, `60.0`, `V60.0`)? */
export function looksLikeVersion(text: string): boolean {
  return /^v?\d+(\.\d*)?$/i.test(text);
}

/** `sobjects` or a near miss (`sobject`, `SObjects`, `objects`, `sobjetcs`). */
export function isSobjectsLike(text: string): boolean {
  const t = text.toLowerCase();
  return t === 'sobjects' || (t.length >= 6 && editDistance(t, 'sobjects') <= 2);
}

/** Does a segment name an sObject (`Lead`, `Contact`, `Subscription__c`) rather than a REST resource (lower case: `query`)? */
function looksLikeObject(text: string): boolean {
  return /^[A-Z][A-Za-z0-9_]*$/.test(text) || /__c$/i.test(text);
}

/** The data path a URL's segments spell, when they start with `services/data`. */
export function readDataPath<S extends SegmentLike>(segments: readonly S[]): DataPath<S> | undefined {
  const [services, data] = segments;
  if (!services || !data || services.text !== 'services' || data.text !== 'data') return undefined;
  const dp: DataPath<S> = { services, data, rest: [] };
  let i = 2;
  const first = segments[i];
  const next = segments[i + 1];
  if (first && first.text !== '' && (looksLikeVersion(first.text) || first.liquid || first.placeholder || (next !== undefined && isSobjectsLike(next.text)))) {
    dp.version = first;
    i++;
  }
  const seg = segments[i];
  if (!seg || seg.text === '') return dp;
  if (seg.text === 'composite') {
    dp.composite = seg;
    const tail = withoutTrailingEmpty(segments.slice(i + 1));
    if (tail[0]?.text !== 'sobjects') {
      dp.rest = tail;
      return dp;
    }
    dp.collection = tail[0];
    [, dp.object, dp.externalIdField] = tail;
    dp.rest = tail.slice(3);
    return dp;
  }
  if (isSobjectsLike(seg.text)) {
    dp.sobjects = seg;
    i++;
  } else if (!looksLikeObject(seg.text) && !seg.liquid) {
    dp.resource = seg;
    return dp;
  }
  const tail = withoutTrailingEmpty(segments.slice(i));
  dp.object = tail[0];
  const after = tail.slice(1);
  if (after.length === 1 && after[0].text === 'Id') {
    dp.externalIdField = after[0];
  } else if (after.length === 2 && namesField(after[0])) {
    dp.externalIdField = after[0];
    dp.id = after[1];
  } else {
    dp.id = after[0];
    dp.rest = after.slice(1);
  }
  return dp;
}

function withoutTrailingEmpty<S extends SegmentLike>(segments: readonly S[]): S[] {
  const out = [...segments];
  while (out.length > 0 && out[out.length - 1].text === '') out.pop();
  return out;
}

/**
 * A segment that names a field (`Braze_Id__c`, `Email`), not a record id (`00Q5g00000AbCdE`: 15 or
 * 18 letters and digits, a digit in the key prefix) nor the describe.
 */
function namesField(seg: SegmentLike): boolean {
  const t = seg.text;
  if (seg.liquid || seg.placeholder || t === 'describe' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(t)) return false;
  return !((t.length === 15 || t.length === 18) && /\d/.test(t.slice(0, 3)));
}

/**
 * What a request does to records, by its method and data path: `create` (a POST to an object or to
 * sObject Collections), `update` (a PATCH to a record or to collections, and an upsert with
 * `?updateOnly=true`, which never creates), `upsert` (a PATCH by an external id). Undefined for the
 * rest: reads, deletes, the describe, the Composite resource (each subrequest says its own).
 */
export function recordOperation(method: string | undefined, dp: DataPath, query = ''): RecordOperation | undefined {
  if (dp.composite && !dp.collection) return undefined;
  if (!dp.collection && (!dp.object || dp.id?.text === 'describe')) return undefined;
  if (method === 'POST') return 'create';
  if (method !== 'PATCH') return undefined;
  if (!dp.externalIdField || (!dp.collection && !dp.id)) return 'update';
  return /(?:^|&)updateOnly=true(?:&|$)/i.test(query) ? 'update' : 'upsert';
}

/**
 * The data path of a URL with no Liquid left (a rendered request), and the path before
 * `/services` (where an instance override with a path puts the org's API).
 */
export function dataPathOfUrl(url: URL): { dataPath?: DataPath; base: string } {
  const segments = url.pathname.split('/').slice(1).map((text) => ({ text }));
  const at = segments.findIndex((s, i) => s.text === 'services' && segments[i + 1]?.text === 'data');
  if (at === -1) return { base: url.pathname.replace(/\/+$/, '') };
  return { dataPath: readDataPath(segments.slice(at)), base: at === 0 ? '' : `/${segments.slice(0, at).map((s) => s.text).join('/')}` };
}

/** `/services/data/v60.0/sobjects/Lead/describe`. */
export function describePath(version: string, object: string): string {
  return `/services/data/v${version.replace(/^v/i, '')}/sobjects/${object}/describe`;
}

/**
 * Salesforce's REST data path, `/services/data/vNN.N/sobjects/<Object>/<id>`, read once for the
 * checks (over the URL as written, Liquid and placeholders marked in its segments), the hovers,
 * and the client (over a rendered URL). Generic over the segment type, so the checks keep their
 * file offsets.
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
  /** A REST resource other than sObjects (`query`, `composite`...) where `sobjects` should stand. */
  resource?: S;
  /** The object segment (`Lead`). */
  object?: S;
  /** The segment after the object: a record id (or `describe`...), or an external id value. Empty trailing segments are left out. */
  id?: S;
  /** `Email__c` in `/sobjects/Lead/Email__c/{value}` (an upsert by external id). */
  externalIdField?: S;
  /** Segments after the id. */
  rest: S[];
}

/** Does a segment look like an API version (`v60.0`, `v60`, `60.0`, `V60.0`)? */
export function looksLikeVersion(text: string): boolean {
  return /^v?\d+(\.\d*)?$/i.test(text);
}

/** `sobjects` or a near miss (`sobject`, `SObjects`, `objects`, `sobjetcs`). */
export function isSobjectsLike(text: string): boolean {
  const t = text.toLowerCase();
  return t === 'sobjects' || (t.length >= 6 && editDistance(t, 'sobjects') <= 2);
}

/** Does a segment name an sObject (`Lead`, `Contact`, `Lead_Score__c`) rather than a REST resource (`query`)? */
function looksLikeObject(text: string): boolean {
  return /^[A-Z][A-Za-z0-9_]*$/.test(text) || text.toLowerCase() === 'lead' || /__c$/i.test(text);
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
  if (isSobjectsLike(seg.text)) {
    dp.sobjects = seg;
    i++;
  } else if (!looksLikeObject(seg.text) && !seg.liquid) {
    dp.resource = seg;
    return dp;
  }
  const tail = segments.slice(i);
  while (tail.length > 0 && tail[tail.length - 1].text === '') tail.pop();
  dp.object = tail[0];
  const after = tail.slice(1);
  if (after.length === 2 && (/__c$/i.test(after[0].text) || after[0].text === 'Id')) {
    dp.externalIdField = after[0];
    dp.id = after[1];
  } else {
    dp.id = after[0];
    dp.rest = after.slice(1);
  }
  return dp;
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

/**
 * Salesforce REST API versions and the URL shapes a Lead webhook uses.
 *
 * Versions (REST API Developer Guide version menu; help.salesforce.com articles 000354473 and 005321531): newest GA v67.0 = Summer '26;
 * v68.0 = Winter '27 in preview; 7.0–20.0 retired in Summer '22; 21.0–30.0 deprecated Summer '22
 * and retired Summer '25 (REST answers 410 GONE; help article 000354473); 31.0–40.0 announced
 * deprecated in Summer '27 and retired in Summer '28 (help article 005321531). Each release adds
 * one version: Winter, Spring, Summer. Update this list when a release ships.
 */
import type { ApiVersion, ApiVersionStatus } from '../schema';

/** Oldest version listed; older ones are all retired. */
const OLDEST_MAJOR = 20;
/** Newest generally available version, used if the list has none marked current. */
const NEWEST_GA = '67.0';

/**
 * Every REST API version from 20.0 to the preview. One version per release (Winter, Spring,
 * Summer); v20.0 is Winter '11. To update: add the new preview, mark the previous preview
 * 'current', and move versions as Salesforce announces deprecations and retirements.
 */
export const apiVersions: readonly ApiVersion[] = [
  { version: '20.0', release: "Winter '11", status: 'retired', retiredIn: "Summer '22" },
  { version: '21.0', release: "Spring '11", status: 'retired', deprecatedIn: "Summer '22", retiredIn: "Summer '25" },
  { version: '22.0', release: "Summer '11", status: 'retired', deprecatedIn: "Summer '22", retiredIn: "Summer '25" },
  { version: '23.0', release: "Winter '12", status: 'retired', deprecatedIn: "Summer '22", retiredIn: "Summer '25" },
  { version: '24.0', release: "Spring '12", status: 'retired', deprecatedIn: "Summer '22", retiredIn: "Summer '25" },
  { version: '25.0', release: "Summer '12", status: 'retired', deprecatedIn: "Summer '22", retiredIn: "Summer '25" },
  { version: '26.0', release: "Winter '13", status: 'retired', deprecatedIn: "Summer '22", retiredIn: "Summer '25" },
  { version: '27.0', release: "Spring '13", status: 'retired', deprecatedIn: "Summer '22", retiredIn: "Summer '25" },
  { version: '28.0', release: "Summer '13", status: 'retired', deprecatedIn: "Summer '22", retiredIn: "Summer '25" },
  { version: '29.0', release: "Winter '14", status: 'retired', deprecatedIn: "Summer '22", retiredIn: "Summer '25" },
  { version: '30.0', release: "Spring '14", status: 'retired', deprecatedIn: "Summer '22", retiredIn: "Summer '25" },
  { version: '31.0', release: "Summer '14", status: 'deprecated', deprecatedIn: "Summer '27", retiredIn: "Summer '28" },
  { version: '32.0', release: "Winter '15", status: 'deprecated', deprecatedIn: "Summer '27", retiredIn: "Summer '28" },
  { version: '33.0', release: "Spring '15", status: 'deprecated', deprecatedIn: "Summer '27", retiredIn: "Summer '28" },
  { version: '34.0', release: "Summer '15", status: 'deprecated', deprecatedIn: "Summer '27", retiredIn: "Summer '28" },
  { version: '35.0', release: "Winter '16", status: 'deprecated', deprecatedIn: "Summer '27", retiredIn: "Summer '28" },
  { version: '36.0', release: "Spring '16", status: 'deprecated', deprecatedIn: "Summer '27", retiredIn: "Summer '28" },
  { version: '37.0', release: "Summer '16", status: 'deprecated', deprecatedIn: "Summer '27", retiredIn: "Summer '28" },
  { version: '38.0', release: "Winter '17", status: 'deprecated', deprecatedIn: "Summer '27", retiredIn: "Summer '28" },
  { version: '39.0', release: "Spring '17", status: 'deprecated', deprecatedIn: "Summer '27", retiredIn: "Summer '28" },
  { version: '40.0', release: "Summer '17", status: 'deprecated', deprecatedIn: "Summer '27", retiredIn: "Summer '28" },
  { version: '41.0', release: "Winter '18", status: 'current' },
  { version: '42.0', release: "Spring '18", status: 'current' },
  { version: '43.0', release: "Summer '18", status: 'current' },
  { version: '44.0', release: "Winter '19", status: 'current' },
  { version: '45.0', release: "Spring '19", status: 'current' },
  { version: '46.0', release: "Summer '19", status: 'current' },
  { version: '47.0', release: "Winter '20", status: 'current' },
  { version: '48.0', release: "Spring '20", status: 'current' },
  { version: '49.0', release: "Summer '20", status: 'current' },
  { version: '50.0', release: "Winter '21", status: 'current' },
  { version: '51.0', release: "Spring '21", status: 'current' },
  { version: '52.0', release: "Summer '21", status: 'current' },
  { version: '53.0', release: "Winter '22", status: 'current' },
  { version: '54.0', release: "Spring '22", status: 'current' },
  { version: '55.0', release: "Summer '22", status: 'current' },
  { version: '56.0', release: "Winter '23", status: 'current' },
  { version: '57.0', release: "Spring '23", status: 'current' },
  { version: '58.0', release: "Summer '23", status: 'current' },
  { version: '59.0', release: "Winter '24", status: 'current' },
  { version: '60.0', release: "Spring '24", status: 'current' },
  { version: '61.0', release: "Summer '24", status: 'current' },
  { version: '62.0', release: "Winter '25", status: 'current' },
  { version: '63.0', release: "Spring '25", status: 'current' },
  { version: '64.0', release: "Summer '25", status: 'current' },
  { version: '65.0', release: "Winter '26", status: 'current' },
  { version: '66.0', release: "Spring '26", status: 'current' },
  { version: '67.0', release: "Summer '26", status: 'current' },
  { version: '68.0', release: "Winter '27", status: 'preview' },
];

/** Accepts `60`, `60.0`, `v60.0`, `V60`; gives `60.0`, or undefined when it is not a version. */
export function normalizeVersion(v: string): string | undefined {
  const m = /^v?(\d{1,3})(?:\.0)?$/i.exec(v.trim());
  return m ? `${Number(m[1])}.0` : undefined;
}

/** The newest generally available version (`67.0`). Previews are left out. */
export function newestVersion(versions: readonly ApiVersion[] = apiVersions): string {
  let best: ApiVersion | undefined;
  for (const v of versions) {
    if (v.status !== 'current') continue;
    if (best === undefined || parseFloat(v.version) > parseFloat(best.version)) best = v;
  }
  return best?.version ?? NEWEST_GA;
}

/**
 * Status of a version (any spelling `normalizeVersion` accepts): `unknown` for versions newer than
 * the list or not versions at all.
 */
export function versionStatus(v: string, versions: readonly ApiVersion[] = apiVersions): ApiVersionStatus | 'unknown' {
  const norm = normalizeVersion(v);
  if (norm === undefined) return 'unknown';
  const found = versions.find((x) => x.version === norm);
  if (found) return found.status;
  // Versions below the list are long retired.
  return parseFloat(norm) < OLDEST_MAJOR ? 'retired' : 'unknown';
}

export function findApiVersion(v: string, versions: readonly ApiVersion[] = apiVersions): ApiVersion | undefined {
  const norm = normalizeVersion(v);
  return norm === undefined ? undefined : versions.find((x) => x.version === norm);
}

/** The OAuth 2.0 token endpoint of a My Domain host. */
export const TOKEN_PATH = '/services/oauth2/token';

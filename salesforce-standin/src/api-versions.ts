/**
 * REST API versions the stand-in answers — the one place to update when Salesforce ships or
 * retires a version.
 *
 * Sources:
 * - v67.0 = Summer '26 is the newest GA version, v68.0 = Winter '27 is in preview (version menu of
 *   the REST API Developer Guide, developer.salesforce.com).
 * - Versions 7.0–20.0 retired in Summer '22, 21.0–30.0 retired in Summer '25: "REST API returns
 *   410: GONE" (help.salesforce.com article 000354473; API End-of-Life page:
 *   "If you request any resource or use an operation from a retired API version, REST API returns
 *   410:GONE error code").
 * - v31.0–40.0 are still supported (retire in Summer '28, help article 005321531).
 * - Release names: v31.0 was Summer '14, and each version is the next of Spring/Summer/Winter
 *   (v60.0 Spring '24, v66.0 Spring '26, v67.0 Summer '26, REST API Developer Guide version menu).
 *
 * Assumed: the body of the 410 answer. Salesforce's pages give only the status; the stand-in
 * answers `[{"errorCode":"GONE","message":"The requested resource no longer exists."}]`. The
 * message is the one a third-party troubleshooting note quotes for a too-old REST version
 * (found with find_string "The requested resource no longer exists"); the errorCode is a guess.
 * A version newer than the newest known one (e.g. v99.0) answers 404 NOT_FOUND (assumed).
 */

export const KNOWN_VERSIONS = {
  /** Oldest version still answered. */
  oldestSupported: 31,
  /** Newest version answered (v68.0 is in preview as of the facts file). */
  newest: 68,
  /** Versions at or below this number are retired: 410 Gone. */
  newestRetired: 30,
} as const;

export type VersionStatus = 'supported' | 'retired' | 'unknown';

/** Parses "v60.0" (the form Salesforce uses in its URLs). */
export function parseVersion(segment: string): number | undefined {
  const m = /^v(\d{1,3})\.0$/.exec(segment);
  return m ? Number(m[1]) : undefined;
}

export function versionStatus(segment: string): VersionStatus {
  const n = parseVersion(segment);
  if (n === undefined || n < 1) return 'unknown';
  if (n <= KNOWN_VERSIONS.newestRetired) return 'retired';
  if (n >= KNOWN_VERSIONS.oldestSupported && n <= KNOWN_VERSIONS.newest) return 'supported';
  return 'unknown';
}

/** "Summer '26" for 67. */
export function releaseLabel(version: number): string {
  const k = version - 31; // v31.0 = Summer '14
  const season = ['Summer', 'Winter', 'Spring'][((k % 3) + 3) % 3];
  const year = 14 + Math.floor((k + 2) / 3);
  return `${season} '${String(year).padStart(2, '0')}`;
}

/** The answer of `GET /services/data/` (one entry per supported version, oldest first). */
export function versionList(): { label: string; url: string; version: string }[] {
  const out: { label: string; url: string; version: string }[] = [];
  for (let v = KNOWN_VERSIONS.oldestSupported; v <= KNOWN_VERSIONS.newest; v++) {
    out.push({ label: releaseLabel(v), url: `/services/data/v${v}.0`, version: `${v}.0` });
  }
  return out;
}

/**
 * The instance override (`--instance-url`, `brazeWebhooks.instanceUrlOverride`): a run sends
 * EVERY Salesforce host of the template (the webhook and each Connected Content call; My Domain,
 * sandbox, login, UI and instance hosts alike, as the knowledge's `classifyHost` tells them) to
 * one origin, usually the local stand-in. The run is contained or it does not happen: a host the
 * override cannot take (not Salesforce's, and not this machine) is refused, by name, before
 * anything is sent. The template is not changed.
 */
import { classifyHost } from '../knowledge';
import { isLoopbackHost } from './loopback';
import { readUrl } from './reader';

/** The instance name a missing `[insert_instance_name]` takes under an override (the URL goes to the override anyway). */
export const OVERRIDE_INSTANCE_NAME = 'standin';

export type OverrideResult = { ok: true; url: string; rewritten: boolean } | { ok: false; message: string };

/** Why a value cannot be an instance override, or undefined: an http(s) origin, maybe with a path, no user, query or fragment. */
export function instanceOverrideProblem(value: string): string | undefined {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return `is not a URL: "${value}" (e.g. http://127.0.0.1:8080 for the local stand-in)`;
  }
  if (u.username || u.password) return 'must not hold a user name or password';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `must be an http(s) URL, not "${value}"`;
  if (u.search || u.hash) return 'must be an origin such as http://127.0.0.1:8080, without ?query or #fragment';
  return undefined;
}

/** A URL with the override applied: a Salesforce host rewritten to the override's origin (path and query kept), a loopback one kept, any other refused. */
export function applyInstanceOverride(url: string, override: string | undefined): OverrideResult {
  if (!override) return { ok: true, url, rewritten: false };
  const reading = readUrl(url);
  const o = readUrl(override);
  if (!o || instanceOverrideProblem(override)) return { ok: false, message: `the instance override "${override}" ${instanceOverrideProblem(override) ?? 'is not a URL'}` };
  if (!reading) return { ok: true, url, rewritten: false };
  if (isLoopbackHost(reading.host)) return { ok: true, url, rewritten: false };
  if (classifyHost(reading.host).kind === 'not-salesforce') {
    return { ok: false, message: `the instance override (${o.url.origin}) would not contain ${reading.host}: it is not a Salesforce host, so the request would leave for it; nothing is sent` };
  }
  const base = o.url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${o.url.origin}${base}${reading.url.pathname}${reading.url.search}`, rewritten: true };
}

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
import { t } from '../l10n';

/** The instance name a missing `[insert_instance_name]` takes under an override (the URL goes to the override anyway). */
export const OVERRIDE_INSTANCE_NAME = 'standin';

export type OverrideResult = { ok: true; url: string; rewritten: boolean } | { ok: false; message: string };

/** Why a value cannot be an instance override: not a URL, a user name or password in it, not http(s), a query or fragment. */
export type InstanceOverrideProblem = 'not-a-url' | 'credentials' | 'not-http' | 'not-origin';

/** Why a value cannot be an instance override, or undefined: an http(s) origin, maybe with a path, no user, query or fragment. */
export function instanceOverrideProblem(value: string): InstanceOverrideProblem | undefined {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return 'not-a-url';
  }
  if (u.username || u.password) return 'credentials';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'not-http';
  if (u.search || u.hash) return 'not-origin';
  return undefined;
}

/**
 * The problem of an instance override as one sentence about where it was given: `name` is the
 * option, variable or setting (`--instance-url`, `BRAZE_WEBHOOK_INSTANCE_URL`,
 * `brazeWebhooks.instanceUrlOverride`), written as is.
 */
export function instanceOverrideMessage(name: string, value: string, problem: InstanceOverrideProblem): string {
  switch (problem) {
    case 'not-a-url':
      return t('{0} is not a URL: "{1}" (e.g. http://127.0.0.1:8080 for the local stand-in)', name, value);
    case 'credentials':
      return t('{0} must not hold a user name or password', name);
    case 'not-http':
      return t('{0} must be an http(s) URL, not "{1}"', name, value);
    case 'not-origin':
      return t('{0} must be an origin such as http://127.0.0.1:8080, without ?query or #fragment', name);
  }
}

/** The same, when the override reaches a run unchecked: "the instance override "..." ...". */
function overrideRefusal(value: string, problem: InstanceOverrideProblem | undefined): string {
  switch (problem) {
    case 'not-a-url':
      return t('the instance override "{0}" is not a URL: "{0}" (e.g. http://127.0.0.1:8080 for the local stand-in)', value);
    case 'credentials':
      return t('the instance override "{0}" must not hold a user name or password', value);
    case 'not-http':
      return t('the instance override "{0}" must be an http(s) URL, not "{0}"', value);
    case 'not-origin':
      return t('the instance override "{0}" must be an origin such as http://127.0.0.1:8080, without ?query or #fragment', value);
    case undefined:
      return t('the instance override "{0}" is not a URL', value);
  }
}

/** A URL with the override applied: a Salesforce host rewritten to the override's origin (path and query kept), a loopback one kept, any other refused. */
export function applyInstanceOverride(url: string, override: string | undefined): OverrideResult {
  if (!override) return { ok: true, url, rewritten: false };
  const reading = readUrl(url);
  const o = readUrl(override);
  const problem = instanceOverrideProblem(override);
  if (!o || problem) return { ok: false, message: overrideRefusal(override, problem) };
  if (!reading) return { ok: true, url, rewritten: false };
  if (isLoopbackHost(reading.host)) return { ok: true, url, rewritten: false };
  if (classifyHost(reading.host).kind === 'not-salesforce') {
    return { ok: false, message: t('the instance override ({0}) would not contain {1}: it is not a Salesforce host, so the request would leave for it; nothing is sent', o.url.origin, reading.host) };
  }
  const base = o.url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${o.url.origin}${base}${reading.url.pathname}${reading.url.search}`, rewritten: true };
}

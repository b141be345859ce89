/**
 * "Fetch Lead Schema from Org", the pure part: where the describe request goes (the org and API
 * version of the template's URL, after the instance override), the Authorization the template's
 * token call produced, and the check of the answer before it is saved. Pure: no vscode.
 */
import { dataPathOfUrl, describePath, newestVersion, normalizeVersion } from '../../../server/src/core';
import type { RenderedRequest } from '../../../server/src/send';

export interface DescribeRequest {
  url: string;
  version: string;
  authorization: string;
}

/** The describe request for a rendered template, or why there is none. */
export function describeRequestFor(rendered: RenderedRequest): DescribeRequest | { problem: string } {
  let u: URL;
  try {
    u = new URL(rendered.url);
  } catch {
    return { problem: `${rendered.url} is not a URL` };
  }
  const { dataPath, base } = dataPathOfUrl(u);
  const version = normalizeVersion(dataPath?.version?.text ?? '') ?? newestVersion();
  const authorization = rendered.headers.find((h) => /^authorization$/i.test(h.name))?.value.trim() ?? '';
  if (!/^Bearer\s+\S+/i.test(authorization)) {
    return { problem: 'the template\'s Authorization header holds no token: its token call failed or saved nothing (see the Connected Content calls in the log)' };
  }
  return { url: `${u.origin}${base}${describePath(version, 'Lead')}`, version, authorization };
}

export type DescribeCheck = { ok: true; fieldCount: number; customFieldCount: number; text: string } | { ok: false; problem: string };

/** Checks the describe answer and gives the text to save (pretty printed). */
export function checkDescribeAnswer(bodyText: string): DescribeCheck {
  let json: unknown;
  try {
    json = JSON.parse(bodyText) as unknown;
  } catch {
    return { ok: false, problem: 'the answer is not JSON' };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, problem: 'the answer is not a describe object' };
  const d = json as { name?: unknown; fields?: unknown };
  if (d.name !== undefined && d.name !== 'Lead') return { ok: false, problem: `the answer describes ${String(d.name)}, not Lead` };
  if (!Array.isArray(d.fields) || d.fields.length === 0) return { ok: false, problem: 'the answer has no fields' };
  const custom = (d.fields as { custom?: unknown; name?: unknown }[]).filter((f) => f.custom === true || (typeof f.name === 'string' && f.name.endsWith('__c'))).length;
  return { ok: true, fieldCount: d.fields.length, customFieldCount: custom, text: `${JSON.stringify(json, null, 2)}\n` };
}

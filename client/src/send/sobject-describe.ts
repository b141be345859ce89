/**
 * "Fetch Schema from Org", the pure part: the org's REST base (the org and API version of the
 * template's URL, after the instance override) and the Authorization its token call produced;
 * the object list (`GET .../sobjects`) and one object's describe (`GET .../sobjects/<Object>/describe`),
 * each checked with zod before anything is saved (the describe with the core's
 * `SObjectDescribeSchema`, the one the language server reads); the file an object's describe goes
 * to. Pure: no vscode.
 */
import { z } from 'zod';
import { dataPathOfUrl, describePath, newestVersion, normalizeVersion, SObjectDescribeSchema } from '../../../server/src/core';
import type { RenderedRequest } from '../../../server/src/send';
import { l10n } from '../l10n';

export interface OrgApi {
  /** Where the org's `/services` is: `https://acme.my.salesforce.com` (with the override's path, if any). */
  origin: string;
  version: string;
  authorization: string;
}

/** The org's REST API as the rendered template reaches it, or why there is none. */
export function orgApiFor(rendered: RenderedRequest): OrgApi | { problem: string } {
  let u: URL;
  try {
    u = new URL(rendered.url);
  } catch {
    return { problem: l10n.t('{0} is not a URL', rendered.url) };
  }
  const { dataPath, base } = dataPathOfUrl(u);
  const version = normalizeVersion(dataPath?.version?.text ?? '') ?? newestVersion();
  const authorization = rendered.headers.find((h) => /^authorization$/i.test(h.name))?.value.trim() ?? '';
  if (!/^Bearer\s+\S+/i.test(authorization)) {
    return { problem: l10n.t("the template's Authorization header holds no token: its token call failed or saved nothing (see the Connected Content calls in the log)") };
  }
  return { origin: `${u.origin}${base}`, version, authorization };
}

/** The org's object list: `GET /services/data/vNN.N/sobjects`. */
export const sobjectsUrl = (api: OrgApi) => `${api.origin}/services/data/v${api.version}/sobjects`;
/** `object` is an `OBJECT_NAME`. */
export const describeUrl = (api: OrgApi, object: string) => `${api.origin}${describePath(api.version, object)}`;

/** An API name as Salesforce writes one, and so a safe file name: `Account`, `Subscription__c`, `ns__Thing__c`. */
export const OBJECT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;

const SObjectListSchema = z.looseObject({
  sobjects: z.array(z.looseObject({ name: z.string().regex(OBJECT_NAME), label: z.string().optional(), custom: z.boolean().optional() })),
});

export interface SObjectListItem {
  name: string;
  label?: string;
  custom: boolean;
}

/** The objects of the org's list, by name. */
export function readSObjectList(bodyText: string): { ok: true; objects: SObjectListItem[] } | { ok: false; problem: string } {
  const json = parseJson(bodyText);
  if (json === undefined) return { ok: false, problem: l10n.t('the object list is not JSON') };
  const parsed = SObjectListSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: l10n.t("the object list is not Salesforce's ({0})", issueText(parsed.error.issues)) };
  const objects = parsed.data.sobjects.map((o) => ({ name: o.name, label: o.label, custom: o.custom ?? o.name.endsWith('__c') }));
  return { ok: true, objects: objects.sort((a, b) => a.name.localeCompare(b.name)) };
}

export type DescribeCheck = { ok: true; fieldCount: number; customFieldCount: number; text: string } | { ok: false; problem: string };

/** Checks `object`'s describe answer and gives the text to save (pretty printed). */
export function checkDescribeAnswer(bodyText: string, object: string): DescribeCheck {
  const json = parseJson(bodyText);
  if (json === undefined) return { ok: false, problem: l10n.t('the answer is not JSON') };
  const parsed = SObjectDescribeSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: l10n.t('the answer is not a describe of {0} ({1})', object, issueText(parsed.error.issues)) };
  if (parsed.data.name.toLowerCase() !== object.toLowerCase()) return { ok: false, problem: l10n.t('the answer describes {0}, not {1}', parsed.data.name, object) };
  const custom = parsed.data.fields.filter((f) => f.custom === true || f.name.endsWith('__c')).length;
  return { ok: true, fieldCount: parsed.data.fields.length, customFieldCount: custom, text: `${JSON.stringify(json, null, 2)}\n` };
}

/** Where an object's describe is kept, relative to the workspace folder: `.salesforce/Account.describe.json`. */
export function describeFile(object: string): string {
  if (!OBJECT_NAME.test(object)) throw new Error(`not an object name: ${object}`);
  return `.salesforce/${object}.describe.json`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function issueText(issues: readonly z.core.$ZodIssue[]): string {
  const i = issues[0];
  return i ? `${i.path.join('.') || l10n.t('top level')}: ${i.message}` : l10n.t('unknown shape');
}

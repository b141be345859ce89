/**
 * Knowledge for one workspace: the built-in knowledge plus what the workspace provides.
 *
 * - The org's describe files: the JSON of `GET /services/data/vXX.X/sobjects/<Object>/describe`
 *   (also accepted: the same wrapped as `{"result": {...}}`, as `sf sobject describe --json`
 *   prints it), kept as `.salesforce/<Object>.describe.json`, and the Lead's where
 *   `brazeWebhooks.leadDescribePath` says. Each describe replaces the built-in object of its name
 *   (built-in hints such as `brazeValue` are kept for fields of the same name), or adds an object
 *   the extension does not know (a custom object, `Subscription__c`).
 * - The `brazeWebhooks.customAttributes` setting: preferably an array of `{ "name", "type" }`;
 *   an object mapping name to type (`{ "company": "string" }`) is accepted too. Types: string,
 *   number, boolean, time, array, object.
 *
 * Pure: the caller reads files and settings. Each unusable input gives ONE warning naming the
 * file or setting and its first problem; what the built-in knowledge says of it stays in force.
 */
import type { ZodError } from 'zod';
import { builtinKnowledge, salesforceKnowledge, type Knowledge } from './builtin';
import { findObject } from './lookup';
import { CustomAttributesSettingSchema, KnownObjectSchema, firstIssue, formatPath, type CustomAttribute, type KnownObject } from './schema';
import { SObjectDescribeSchema, describeToObject } from './salesforce/describe';
import { t } from '../l10n';

export const CUSTOM_ATTRIBUTES_SETTING = 'brazeWebhooks.customAttributes';

/** The folder of a workspace where the org's describes are kept, one per object: `.salesforce/Contact.describe.json`. */
export const DESCRIBE_FOLDER = '.salesforce';

/** The object `brazeWebhooks.leadDescribePath` describes, whatever its file is called. */
const LEAD_DESCRIBE_OBJECT = 'Lead';

/** A describe file, as read from disk. */
export interface DescribeFile {
  /** Where it came from, for warnings (workspace-relative is best). */
  path: string;
  text: string;
  /**
   * The object it must describe; by default the one its name says (`describedObject`), else
   * whatever object it holds.
   */
  object?: string;
}

export interface WorkspaceKnowledgeInput {
  /** The org's describe files; the first one of an object is read, a later one of it is reported. */
  describes?: readonly DescribeFile[];
  /** The Lead's describe, as `brazeWebhooks.leadDescribePath` holds it (read before `describes`). */
  describeJson?: string;
  /** Where the Lead's describe came from, for warnings. */
  describePath?: string;
  /** The raw value of the `brazeWebhooks.customAttributes` setting. */
  customAttributes?: unknown;
  /** Knowledge to start from; defaults to `builtinKnowledge()`. */
  base?: Knowledge;
}

export interface WorkspaceKnowledgeResult {
  knowledge: Knowledge;
  warnings: string[];
}

/** The object a describe file's name says it describes: `Contact` for `.salesforce/Contact.describe.json`. */
export function describedObject(path: string): string | undefined {
  return /(?:^|[\\/])([A-Za-z][A-Za-z0-9_]*)\.describe\.json$/.exec(path)?.[1];
}

export function loadWorkspaceKnowledge(input: WorkspaceKnowledgeInput): WorkspaceKnowledgeResult {
  const base = input.base ?? builtinKnowledge();
  const warnings: string[] = [];
  let customAttributes = base.customAttributes;

  const files: DescribeFile[] = [...(input.describes ?? [])];
  if (input.describeJson !== undefined) files.unshift({ path: input.describePath ?? t('Lead describe file'), text: input.describeJson, object: LEAD_DESCRIBE_OBJECT });
  const read = new Map<string, { object: KnownObject; path: string }>();
  const paths = new Set<string>();
  for (const file of files) {
    // The Lead's file may also be one of the folder's describe files.
    if (paths.has(file.path)) continue;
    paths.add(file.path);
    const expected = file.object ?? describedObject(file.path);
    const known = expected === undefined ? undefined : findObject(base, expected);
    const result = readDescribe(file.text, expected, known);
    if (!result.ok) {
      const kept = known ? t('using the built-in {0} fields', known.name) : expected ? t('{0} stays unknown', expected) : t('it is not used');
      warnings.push(t('{0}: {1}; {2}.', file.path, result.problem, kept));
      continue;
    }
    const key = result.object.name.toLowerCase();
    const first = read.get(key);
    if (first) {
      warnings.push(t('{0}: {1} is read from {2} already; this file is not used.', file.path, first.object.name, first.path));
      continue;
    }
    read.set(key, { object: result.object, path: file.path });
  }

  if (input.customAttributes !== undefined && input.customAttributes !== null) {
    const result = readCustomAttributes(input.customAttributes);
    if (result.ok) {
      customAttributes = result.attributes;
      if (result.duplicate !== undefined) {
        warnings.push(t('Setting {0}: "{1}" is listed more than once; the first entry is used.', CUSTOM_ATTRIBUTES_SETTING, result.duplicate));
      }
    } else {
      warnings.push(t('Setting {0}: {1}; no custom attributes are used.', CUSTOM_ATTRIBUTES_SETTING, result.problem));
    }
  }

  const salesforce =
    read.size === 0
      ? base.salesforce
      : salesforceKnowledge(withDescribes(base.salesforce.objects, [...read.values()].map((r) => r.object)), base.salesforce);
  return { knowledge: { braze: base.braze, salesforce, customAttributes }, warnings };
}

/** Each described object in place of the object of its name, the others after them. */
function withDescribes(objects: readonly KnownObject[], described: readonly KnownObject[]): KnownObject[] {
  const byName = new Map(described.map((o) => [o.name.toLowerCase(), o]));
  const replaced = objects.map((o) => byName.get(o.name.toLowerCase()) ?? o);
  const names = new Set(objects.map((o) => o.name.toLowerCase()));
  return [...replaced, ...described.filter((o) => !names.has(o.name.toLowerCase()))];
}

type DescribeRead = { ok: true; object: KnownObject } | { ok: false; problem: string };

function readDescribe(text: string, expected: string | undefined, known: KnownObject | undefined): DescribeRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: t('is not valid JSON ({0})', e instanceof Error ? e.message : String(e)) };
  }
  if (isObject(json) && !('fields' in json) && isObject(json['result'])) json = json['result'];
  const parsed = SObjectDescribeSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: t('is not a describe result at {0}', firstIssue(parsed.error)) };
  if (expected !== undefined && parsed.data.name.toLowerCase() !== expected.toLowerCase()) {
    return { ok: false, problem: t('describes "{0}", not {1}', parsed.data.name, expected) };
  }
  const object = describeToObject(parsed.data, known);
  const check = KnownObjectSchema.safeParse(object);
  if (!check.success) {
    const issue = check.error.issues[0];
    const field = issue?.path[0] === 'fields' && typeof issue.path[1] === 'number' ? object.fields[issue.path[1]]?.name : undefined;
    const where = `${formatPath(issue?.path ?? [])}${field ? ` (${field})` : ''}`;
    const detail = issue?.message ?? t('invalid');
    return { ok: false, problem: issue?.path[0] === 'fields' ? t('has an unusable field at {0}: {1}', where, detail) : t('has an unusable value at {0}: {1}', where, detail) };
  }
  return { ok: true, object };
}

type AttributesRead = { ok: true; attributes: CustomAttribute[]; duplicate?: string } | { ok: false; problem: string };

function readCustomAttributes(value: unknown): AttributesRead {
  const parsed = CustomAttributesSettingSchema.safeParse(value);
  if (!parsed.success) {
    const shape = Array.isArray(value) ? '' : ` ${t('(expected an array of {0} or an object of {1})', '{"name", "type"}', 'name: type')}`;
    return { ok: false, problem: `${firstIssue(bestError(value, parsed.error))}${shape}` };
  }
  const list: CustomAttribute[] = Array.isArray(parsed.data)
    ? parsed.data
    : Object.entries(parsed.data).map(([name, type]) => ({ name, type }));
  const seen = new Set<string>();
  const attributes: CustomAttribute[] = [];
  let duplicate: string | undefined;
  for (const a of list) {
    if (seen.has(a.name)) {
      duplicate ??= a.name;
      continue;
    }
    seen.add(a.name);
    attributes.push({ name: a.name, type: a.type });
  }
  return duplicate === undefined ? { ok: true, attributes } : { ok: true, attributes, duplicate };
}

/**
 * A union's error reports "no option matched"; re-parse against the option the value was
 * meant for, so the warning names the real problem.
 */
function bestError(value: unknown, fallback: ZodError): ZodError {
  const option = Array.isArray(value) ? CustomAttributesSettingSchema.options[0] : CustomAttributesSettingSchema.options[1];
  const again = option.safeParse(value);
  return again.success ? fallback : again.error;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

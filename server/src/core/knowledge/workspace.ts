/**
 * Knowledge for one workspace: the built-in knowledge plus what the workspace provides.
 *
 * - A Lead describe file: the JSON of `GET /services/data/vXX.X/sobjects/Lead/describe`
 *   (also accepted: the same wrapped as `{"result": {...}}`, as `sf sobject describe --json`
 *   prints it). When it parses, its fields replace the built-in Lead list (built-in hints such
 *   as `brazeValue` are kept for fields of the same name).
 * - The `brazeWebhooks.customAttributes` setting: preferably an array of `{ "name", "type" }`;
 *   an object mapping name to type (`{ "company": "string" }`) is accepted too. Types: string,
 *   number, boolean, time, array, object.
 *
 * Pure: the caller reads files and settings. Each malformed input gives ONE warning naming the
 * file or setting and its first problem (path and message); the built-in data is used instead.
 */
import type { ZodError } from 'zod';
import { builtinKnowledge, type Knowledge } from './builtin';
import { CustomAttributesSettingSchema, LeadFieldSchema, firstIssue, formatPath, type CustomAttribute, type LeadField } from './schema';
import { SObjectDescribeSchema, describeToLeadFields, mergeBuiltinHints } from './salesforce/describe';

export const CUSTOM_ATTRIBUTES_SETTING = 'brazeWebhooks.customAttributes';

export interface WorkspaceKnowledgeInput {
  /** Text of the describe file, as read from disk. */
  describeJson?: string;
  /** Where the describe text came from, for warnings (workspace-relative is best). */
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

export function loadWorkspaceKnowledge(input: WorkspaceKnowledgeInput): WorkspaceKnowledgeResult {
  const base = input.base ?? builtinKnowledge();
  const warnings: string[] = [];
  let salesforce = base.salesforce;
  let customAttributes = base.customAttributes;

  if (input.describeJson !== undefined) {
    const result = readDescribe(input.describeJson, base.salesforce.leadFields);
    if (result.ok) {
      salesforce = { ...base.salesforce, leadFields: result.fields, leadFieldsSource: 'describe' };
    } else {
      const name = input.describePath ?? 'Lead describe file';
      warnings.push(`${name}: ${result.problem}; using the built-in Lead fields.`);
    }
  }

  if (input.customAttributes !== undefined && input.customAttributes !== null) {
    const result = readCustomAttributes(input.customAttributes);
    if (result.ok) {
      customAttributes = result.attributes;
      if (result.duplicate !== undefined) {
        warnings.push(`Setting ${CUSTOM_ATTRIBUTES_SETTING}: "${result.duplicate}" is listed more than once; the first entry is used.`);
      }
    } else {
      warnings.push(`Setting ${CUSTOM_ATTRIBUTES_SETTING}: ${result.problem}; no custom attributes are used.`);
    }
  }

  return { knowledge: { braze: base.braze, salesforce, customAttributes }, warnings };
}

type DescribeRead = { ok: true; fields: LeadField[] } | { ok: false; problem: string };

function readDescribe(text: string, builtin: readonly LeadField[]): DescribeRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (isObject(json) && !('fields' in json) && isObject(json['result'])) json = json['result'];
  const parsed = SObjectDescribeSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: `is not a describe result at ${firstIssue(parsed.error)}` };
  if (parsed.data.name !== 'Lead') return { ok: false, problem: `describes "${parsed.data.name}", not Lead` };

  const fields = mergeBuiltinHints(describeToLeadFields(parsed.data), builtin);
  for (let i = 0; i < fields.length; i++) {
    const check = LeadFieldSchema.safeParse(fields[i]);
    if (!check.success) {
      const issue = check.error.issues[0];
      const where = `fields[${i}]${issue && issue.path.length > 0 ? `.${formatPath(issue.path)}` : ''}`;
      return { ok: false, problem: `has an unusable field at ${where}: ${issue?.message ?? 'invalid'}` };
    }
  }
  return { ok: true, fields };
}

type AttributesRead = { ok: true; attributes: CustomAttribute[]; duplicate?: string } | { ok: false; problem: string };

function readCustomAttributes(value: unknown): AttributesRead {
  const parsed = CustomAttributesSettingSchema.safeParse(value);
  if (!parsed.success) {
    const shape = Array.isArray(value) ? '' : ' (expected an array of {"name", "type"} or an object of name: type)';
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

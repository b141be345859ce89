/**
 * The Lead templates: the two of Braze's "Salesforce Sales Cloud" page (Create Lead, Update Lead
 * to MQL), corrected (the Lead's API names, json_escape on each string value, the newest API
 * version, a cached and guarded token call), and the retry-safe create: an upsert by an external
 * id. Also what the commands ask the user (the instance, a field name). Pure: no vscode, so the
 * commands' text is tested with node's runner and the language service.
 */
import { checkMyDomainName, classifyHost, type MyDomainProblem } from '../../../server/src/core';
import { escaped, jsonBody, requestHead, type Member, type TemplateOptions } from './salesforce-request';
import { buildTemplate, stopCounter, type BuiltTemplate, type Slot } from './template-parts';
import { l10n } from '../l10n';

export const DEFAULT_MQL_FIELD = 'Lead_Stage__c';
export const DEFAULT_MQL_VALUE = 'MQL';
/** The custom external id field the upsert names by default: the org creates it. */
export const DEFAULT_EXTERNAL_ID_FIELD = 'Braze_Id__c';

export interface MqlTemplateOptions extends TemplateOptions {
  /** The Lead field that holds the stage; omitted: a tab stop on `Lead_Stage__c` (the docs' example name). */
  field?: string;
  /** The value; default `MQL`. */
  value?: string;
  /** Picklist values of the field: offered as a choice, `value` first. */
  valueChoices?: readonly string[];
}

/** FirstName, LastName, Email and Company (the two required ones included) from Braze attributes, each a tab stop. */
const leadMembers = (next: () => number): Member[] => [
  { key: 'FirstName', value: escaped({ stop: next(), default: '${first_name}' }) },
  { key: 'LastName', value: escaped({ stop: next(), default: '${last_name}' }) },
  { key: 'Email', value: escaped({ stop: next(), default: '${email_address}' }) },
  { key: 'Company', value: escaped({ stop: next(), default: 'custom_attribute.${company}' }) },
];

/** Create Lead: POST sobjects/Lead with FirstName, LastName, Email and Company from Braze attributes. */
export function createLeadTemplate(o: TemplateOptions = {}): BuiltTemplate {
  const next = stopCounter();
  const head = requestHead({ method: 'POST', object: 'Lead' }, o, next);
  return buildTemplate(['# @name Salesforce Sales Cloud > Create Lead\n', ...head, ...jsonBody(leadMembers(next))]);
}

/**
 * Upsert Lead by External Id: PATCH sobjects/Lead/<field>/<Braze id>. Braze retries a webhook
 * that answered 408, 429 or 5XX, up to five times (Braze, "Creating a webhook", errors and retry
 * logic), so a POST that Salesforce committed but answered late makes two to six Leads; an upsert finds
 * the first one and updates it. The external id field stays out of the body (REST API Developer
 * Guide, "Upsert Records Using sObject Rows by External ID":
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_upsert_patch.htm).
 */
export function upsertLeadTemplate(o: TemplateOptions = {}): BuiltTemplate {
  const next = stopCounter();
  const head = requestHead(
    {
      method: 'PATCH',
      object: 'Lead',
      path: (n) => [{ stop: n(), default: DEFAULT_EXTERNAL_ID_FIELD }, '/{{', { stop: n(), default: '${user_id}' }, ' | url_param_escape}}'],
      // Lead assignment rules run on every REST create and update unless told not to: REST API Developer Guide,
      // "Assignment Rule Header" (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_autoassign.htm).
      headers: ['Sforce-Auto-Assign: FALSE'],
    },
    o,
    next,
  );
  return buildTemplate([
    '# @name Salesforce Sales Cloud > Upsert Lead by External Id\n',
    '# Creates the Lead, or updates the Lead whose external id matches: a send Braze retries (408, 429, 5XX) cannot make a second Lead.\n',
    '# The org needs the custom Lead field the URL names, marked External ID and Unique, holding the Braze external_id (${user_id}, or ${braze_id}).\n',
    '# The body leaves that field out: Salesforce takes it from the URL.\n',
    '# Sforce-Auto-Assign: FALSE, or the Lead assignment rules re-run on every update (a new Lead is not assigned either).\n',
    ...head,
    ...jsonBody(leadMembers(next)),
  ]);
}

/** Update Lead to MQL: PATCH sobjects/Lead/{{${user_id}}} (the Lead id is the Braze external_id). */
export function updateLeadToMqlTemplate(o: MqlTemplateOptions = {}): BuiltTemplate {
  const next = stopCounter();
  // Sforce-Auto-Assign: FALSE, or the Lead assignment rules re-run on every send and the owner can change (the
  // assignment-rules check): REST API Developer Guide, "Assignment Rule Header"
  // (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_autoassign.htm).
  const head = requestHead({ method: 'PATCH', object: 'Lead', path: () => ['{{${user_id}}}'], headers: ['Sforce-Auto-Assign: FALSE'] }, o, next);
  const key: string | Slot = o.field ?? { stop: next(), default: DEFAULT_MQL_FIELD };
  const value = o.value ?? DEFAULT_MQL_VALUE;
  const choices = o.valueChoices && o.valueChoices.length > 0 ? [value, ...o.valueChoices.filter((c) => c !== value)] : undefined;
  const valueSlot: Slot = choices && choices.length > 1 ? { stop: next(), default: value, choices } : { stop: next(), default: value };
  return buildTemplate([
    '# @name Salesforce Sales Cloud > Update Lead to MQL\n',
    '# Sforce-Auto-Assign: FALSE, or the Lead assignment rules re-run on every update and the owner can change.\n',
    ...head,
    ...jsonBody([{ key, value: [valueSlot] }]),
  ]);
}

/**
 * Reads what the user typed for the instance: a My Domain name (`acme`), or a host or URL of the
 * org's API (`acme--uat.sandbox.my.salesforce.com`, `https://acme.my.salesforce.com/`), which
 * gives what comes before `.my.salesforce.com`. Gives the instance or the problem to show.
 */
export function readInstanceName(input: string): { instance: string } | { problem: string } {
  const raw = input.trim();
  if (!/[./:]/.test(raw)) {
    const check = checkMyDomainName(raw);
    return check.ok ? { instance: raw.toLowerCase() } : { problem: nameProblem(check.problem) };
  }
  const host = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').toLowerCase();
  const suffix = '.my.salesforce.com';
  const kind = classifyHost(host);
  if (!host.endsWith(suffix) || !kind.api) {
    return { problem: l10n.t('{0} is not an API host of a Salesforce org: give the My Domain name, or a NAME.my.salesforce.com host.', host) };
  }
  if (kind.validName === false) return { problem: l10n.t('{0} is not a valid My Domain name.', host.slice(0, -suffix.length)) };
  return { instance: host.slice(0, -suffix.length) };
}

/** Why a typed My Domain name is refused, one whole sentence per problem. */
function nameProblem(problem: MyDomainProblem | undefined): string {
  switch (problem) {
    case 'empty':
      return l10n.t('A My Domain name is empty (NAME in NAME.my.salesforce.com).');
    case 'too-long':
      return l10n.t('A My Domain name is longer than 40 characters (NAME in NAME.my.salesforce.com).');
    case 'characters':
      return l10n.t('A My Domain name may hold only letters, digits and hyphens (NAME in NAME.my.salesforce.com).');
    case 'hyphen-ends':
      return l10n.t('A My Domain name may not start or end with a hyphen (NAME in NAME.my.salesforce.com).');
    case 'double-hyphen':
      return l10n.t('A My Domain name may not hold two hyphens in a row (they separate a sandbox name) (NAME in NAME.my.salesforce.com).');
    case 'reserved-prefix':
      return l10n.t('A My Domain name may not start with "root" or "status" (NAME in NAME.my.salesforce.com).');
    default:
      return l10n.t('A My Domain name is not valid (NAME in NAME.my.salesforce.com).');
  }
}

/** `showInputBox`'s `validateInput`: undefined when valid, else the message. */
export function validateInstanceName(input: string): string | undefined {
  const read = readInstanceName(input);
  return 'problem' in read ? read.problem : undefined;
}

/** A Lead field API name as a JSON key can hold it: letters, digits, underscores. */
export function validateFieldName(input: string): string | undefined {
  const name = input.trim();
  if (name === '') return l10n.t('Give the API name of the Lead field, such as Lead_Stage__c.');
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return l10n.t('An API name holds only letters, digits and underscores, and starts with a letter.');
  if (/__c$/i.test(name) && !/__c$/.test(name)) return l10n.t('Custom field names end with "__c" in lower case.');
  return undefined;
}

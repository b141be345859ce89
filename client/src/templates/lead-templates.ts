/**
 * The two templates of Braze's "Salesforce Sales Cloud" page (Create Lead, Update Lead to MQL),
 * corrected: the Lead's API names, json_escape on each string value, the newest API version, a
 * cached token and a guard that aborts the send when no token comes back. Pure: no vscode, so the
 * commands' text is tested with node's runner and the language service.
 */
import { checkMyDomainName, classifyHost, newestVersion } from '../../../server/src/core';
import { renderSnippet, renderText, type Part, type Slot } from './template-parts';

export const DEFAULT_MQL_FIELD = 'Lead_Stage__c';
export const DEFAULT_MQL_VALUE = 'MQL';
/** Braze's own OAuth example caches the token 900 s (Connected Content, "Making an API call"). */
export const TOKEN_CACHE_SECONDS = 900;

export const PLACEHOLDER_INSTANCE = '[insert_instance_name]';
export const PLACEHOLDER_CLIENT_ID = '[insert_client_id]';
export const PLACEHOLDER_CLIENT_SECRET = '[insert_client_secret]';

export interface LeadTemplateOptions {
  /** What comes before `.my.salesforce.com` (`acme`, `acme--uat.sandbox`); omitted: a tab stop on the docs' placeholder. */
  instance?: string;
  /** `67.0`; defaults to the newest version the knowledge knows. */
  apiVersion?: string;
}

export interface MqlTemplateOptions extends LeadTemplateOptions {
  /** The Lead field that holds the stage; default `Lead_Stage__c` (the docs' example name). */
  field?: string;
  /** The value; default `MQL`. */
  value?: string;
  /** Picklist values of the field: offered as a choice, `value` first. */
  valueChoices?: readonly string[];
}

export interface BuiltTemplate {
  /** The text with every tab stop at its default. */
  text: string;
  /** The same as a snippet body (`SnippetString`): the user tabs through what is left to fill. */
  snippet: string;
}

const build = (parts: Part[]): BuiltTemplate => ({ text: renderText(parts), snippet: renderSnippet(parts) });

/** The request line's host part, the token call and the headers, shared by both templates. */
function requestParts(method: 'POST' | 'PATCH', o: LeadTemplateOptions, pathTail: Part[], next: () => number): Part[] {
  const instance: Part = o.instance ?? { stop: next(), default: PLACEHOLDER_INSTANCE };
  const clientId: Slot = { stop: next(), default: PLACEHOLDER_CLIENT_ID };
  const secret: Slot = { stop: next(), default: PLACEHOLDER_CLIENT_SECRET };
  const version = o.apiVersion ?? newestVersion();
  return [
    `${method} https://`, instance, `.my.salesforce.com/services/data/v${version}/sobjects/Lead/`, ...pathTail, '\n',
    'Authorization: {% connected_content https://', instance, '.my.salesforce.com/services/oauth2/token\n',
    '    :method post\n',
    '    :body client_id=', clientId, '&client_secret=', secret, '&grant_type=client_credentials\n',
    `    :cache_max_age ${TOKEN_CACHE_SECONDS}\n`,
    "    :save result %}{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}\n",
    'Content-Type: application/json\n',
    '\n',
  ];
}

const counter = () => {
  let n = 0;
  return () => ++n;
};

/** Create Lead: POST sobjects/Lead with FirstName, LastName, Email and Company from Braze attributes. */
export function createLeadTemplate(o: LeadTemplateOptions = {}): BuiltTemplate {
  const next = counter();
  const head = requestParts('POST', o, [], next);
  const member = (key: string, value: string, last = false): Part[] => [`  "${key}": "{{`, { stop: next(), default: value }, ` | json_escape}}"${last ? '' : ','}`];
  return build([
    '# @name Salesforce Sales Cloud > Create Lead\n',
    ...head,
    '{\n',
    ...member('FirstName', '${first_name}'), '\n',
    ...member('LastName', '${last_name}'), '\n',
    ...member('Email', '${email_address}'), '\n',
    ...member('Company', 'custom_attribute.${company}', true), { stop: 0, default: '' }, '\n',
    '}\n',
  ]);
}

/** Update Lead to MQL: PATCH sobjects/Lead/{{${user_id}}} (the Lead id is the Braze external_id). */
export function updateLeadToMqlTemplate(o: MqlTemplateOptions = {}): BuiltTemplate {
  const next = counter();
  const head = requestParts('PATCH', o, ['{{${user_id}}}'], next);
  const value = o.value ?? DEFAULT_MQL_VALUE;
  const choices = o.valueChoices && o.valueChoices.length > 0 ? [value, ...o.valueChoices.filter((c) => c !== value)] : undefined;
  const valueSlot: Slot = choices && choices.length > 1 ? { stop: next(), default: value, choices } : { stop: next(), default: value };
  return build([
    '# @name Salesforce Sales Cloud > Update Lead to MQL\n',
    ...head,
    '{\n',
    `  ${JSON.stringify(o.field ?? DEFAULT_MQL_FIELD)}: "`, valueSlot, '"', { stop: 0, default: '' }, '\n',
    '}\n',
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
    return check.ok ? { instance: raw.toLowerCase() } : { problem: `A My Domain name ${check.problem ?? 'is not valid'} (NAME in NAME.my.salesforce.com).` };
  }
  const host = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').toLowerCase();
  const suffix = '.my.salesforce.com';
  const kind = classifyHost(host);
  if (!host.endsWith(suffix) || !kind.api) {
    return { problem: `${host} is not an API host of a Salesforce org: give the My Domain name, or a NAME.my.salesforce.com host.` };
  }
  if (kind.validName === false) return { problem: `${host.slice(0, -suffix.length)} is not a valid My Domain name.` };
  return { instance: host.slice(0, -suffix.length) };
}

/** `showInputBox`'s `validateInput`: undefined when valid, else the message. */
export function validateInstanceName(input: string): string | undefined {
  const read = readInstanceName(input);
  return 'problem' in read ? read.problem : undefined;
}

/** A Lead field API name as a JSON key can hold it: letters, digits, underscores. */
export function validateFieldName(input: string): string | undefined {
  const name = input.trim();
  if (name === '') return 'Give the API name of the Lead field, such as Lead_Stage__c.';
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return 'An API name holds only letters, digits and underscores, and starts with a letter.';
  if (/__c$/i.test(name) && !/__c$/.test(name)) return 'Custom field names end with "__c" in lower case.';
  return undefined;
}

/**
 * Explains Salesforce's answers in plain words, with the likely fix, for the object the request
 * wrote (read from its URL, the built-in schema of that object giving its required fields).
 *
 * Sources (Salesforce REST API Developer Guide, "Status Codes and Error Responses",
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm; Salesforce Help,
 * "OAuth 2.0 flow errors", remoteaccess_oauth_flow_errors.htm): REST errors are a JSON array of
 * `{message, errorCode, fields?}`; OAuth token errors a JSON object `{error, error_description}`;
 * 201 `{"id","success","errors"}` on create, 204 on update; 410 for a retired API version
 * (21.0–30.0 since Summer '25); 401 INVALID_SESSION_ID for a missing/expired token; 403
 * REQUEST_LIMIT_EXCEEDED for the API allowance; Braze's side: 2xx received, 3xx not received and
 * not retried, 408/429/5xx retried, other 4xx not retried (§1a). Also:
 * - an upsert by external id ("Upsert Records Using sObject Rows by External ID",
 *   resources_sobject_upsert_patch.htm): 201 `{"id","success","errors","created":true}` when it
 *   created the record; 200 `{"created":false}` when it updated one (API 46.0 and later; 204 with
 *   no body before); 300 with the matching records' URLs when several match (nothing changed);
 * - sObject Collections ("Create Records Using sObject Collections",
 *   resources_composite_sobjects_collections_create.htm) answer 200 to a well-formed request, one
 *   result per record `{"id","success","errors":[{"statusCode","message","fields"}]}`, and
 *   Composite (resources_composite_composite.htm) 200 with `compositeResponse`, each subrequest
 *   with its `httpStatusCode`: records can fail under a 200;
 * - every REST answer carries `Sforce-Limit-Info: api-usage=N/M`, "the number of API calls used,
 *   and the API limit for the organization" ("Limit Info Header", headers_api_usage.htm).
 */
import { builtinObject, dataPathOfUrl, newestVersion, versionStatus, withArticle, type SObject } from '../core';
import type { SendResult } from './send';
import type { ConnectedContentCall } from './types';

export interface Explanation {
  /** True when Salesforce did what was asked: a 2xx answer, with no record failed in it. */
  ok: boolean;
  /** One line: "Lead created: 00Q...", "401 INVALID_SESSION_ID: the access token was refused". */
  summary: string;
  /** More lines: each error, what Braze would do, the org's API usage. */
  details: string[];
  /** What to change, when something can be. */
  fixes: string[];
  /** The Salesforce error codes or OAuth error names met. */
  codes: string[];
  /**
   * True for a 2xx answer in which records failed (sObject Collections, Composite): Braze counts
   * it as delivered, so it is a warning to show, not a success (`ok` is false).
   */
  partialFailure?: boolean;
  /** The org's daily API usage, from the answer's `Sforce-Limit-Info` header. */
  usage?: ApiUsage;
  /** The record a 201 answer created: its object (from the URL; "record" when unknown) and id. */
  created?: { object: string; id: string };
}

export interface ApiUsage {
  used: number;
  limit: number;
}

export interface ExplainContext {
  method?: string;
  url?: string;
  /** The Authorization header sent, to tell an empty token from a refused one. */
  authorization?: string;
  /** True when the answer came from the OAuth token endpoint. */
  tokenCall?: boolean;
  /** The answer's headers (any letter case): `Sforce-Limit-Info`. */
  headers?: Readonly<Record<string, string>>;
  /** The body sent: the objects of a collection's records. */
  requestBody?: string;
}

interface SfError {
  message?: string;
  errorCode?: string;
  /** sObject Collections name the code `statusCode`. */
  statusCode?: string;
  fields?: string[];
  duplicateResult?: { matchResults?: { matchRecords?: { record?: { Id?: string } }[] }[] };
}

/** What the request wrote, read from its URL. */
interface Target {
  /** The object as the URL names it (`Lead`), or `record` when it names none. */
  object: string;
  /** Its built-in schema, when there is one. */
  schema?: SObject;
  /** An upsert's external id field and value. */
  upsert?: { field: string; value: string };
}

const recordOf = (object: string | undefined): Target => ({ object: object ?? 'record', schema: object ? builtinObject(object) : undefined });

function targetOf(context: ExplainContext): Target {
  let dp;
  try {
    dp = context.url ? dataPathOfUrl(new URL(context.url)).dataPath : undefined;
  } catch {
    dp = undefined;
  }
  const target = recordOf(dp?.object?.text ? decode(dp.object.text) : undefined);
  if (dp?.externalIdField && dp.id && !dp.collection) target.upsert = { field: decode(dp.externalIdField.text), value: decode(dp.id.text) };
  return target;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** "LastName and Company", "CampaignId and one of LeadId or ContactId": what a create of the object needs. */
function requiredOf(schema: SObject): string | undefined {
  const needs = [...schema.fields.filter((f) => f.requiredOnCreate).map((f) => f.name), ...(schema.requiredOneOf ?? []).map((g) => `one of ${g.join(' or ')}`)];
  return needs.length ? needs.join(' and ') : undefined;
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const setupPath = (t: Target) => `Setup > Object Manager > ${t.schema?.label ?? t.object}`;

const REST: Record<string, { what: (e: SfError, t: Target) => string; fix: (e: SfError, t: Target) => string }> = {
  REQUIRED_FIELD_MISSING: {
    what: (e) => `a required field is missing${fieldList(e)}`,
    fix: (e, t) => {
      const needs = t.schema && requiredOf(t.schema);
      const group = t.schema?.requiredOneOf?.find((g) => e.fields?.length === g.length && g.every((n) => e.fields?.includes(n)));
      const start = needs ? `${capitalized(withArticle(t.schema!.name))} needs ${needs}: add` : 'Add';
      if (group) return `${start} ${group.join(' or ')} to the body.`;
      return `${start} ${e.fields?.length ? e.fields.join(' and ') : 'them'} to the body, with a default (e.g. {{custom_attribute.\${company} | default: 'Unknown'}}) so an empty attribute still sends a value.`;
    },
  },
  INVALID_FIELD: {
    what: (e) => `Salesforce does not know a field of the body${fieldList(e)}`,
    fix: (_e, t) =>
      `Use the field's API name as in ${setupPath(t)} > Fields (custom fields end in __c), and check the integration user can see the field (field-level security). Do not send Id in a create.`,
  },
  MALFORMED_ID: {
    what: () => 'a record id in the URL or the body is not a valid Salesforce id',
    fix: (_e, t) =>
      `A record id has 15 or 18 letters and digits${t.schema ? `; ${withArticle(t.schema.name)} id starts with ${t.schema.keyPrefix}` : ''}. An update URL that ends with {{\${user_id}}} needs the Braze external_id to be that id: check the test user's external_id.`,
  },
  NOT_FOUND: {
    what: (e) => (/external ID field/i.test(e.message ?? '') ? "the URL's field is not an External ID field of the object" : 'no such record or resource'),
    fix: (e, t) =>
      /external ID field/i.test(e.message ?? '')
        ? `Upsert by a field marked External ID (and Unique): ${setupPath(t)} > Fields > the field > Edit.`
        : `Check the path (/services/data/vXX.X/sobjects/${t.object}/...) and that the record exists and was not deleted${t.upsert ? ` (with ?updateOnly=true an upsert that matches no ${t.object} answers this)` : ''}.`,
  },
  ENTITY_IS_DELETED: {
    what: () => 'the record was deleted',
    fix: () => 'Restore it from the recycle bin, or update another record.',
  },
  INVALID_SESSION_ID: {
    what: () => 'the access token was refused (missing, expired or not valid for the REST API)',
    fix: () => 'Check the token call in the Authorization header works (its answer is shown above); give the connected app the "api" scope; keep :cache_max_age shorter than the org\'s session timeout (a token cached longer than the session lasts is refused).',
  },
  STRING_TOO_LONG: {
    what: (e) => `a value is longer than the field allows${fieldList(e)}`,
    fix: (e, t) => {
      const lengths = (e.fields ?? []).flatMap((n) => {
        const f = t.schema?.fields.find((x) => x.name.toLowerCase() === n.toLowerCase());
        return f?.length ? [`${f.name} ${f.length}`] : [];
      });
      return `Shorten the value in Liquid, e.g. {{\${first_name} | truncate: 40, ''}}${lengths.length ? ` (${lengths.join(', ')})` : ''}.`;
    },
  },
  INVALID_EMAIL_ADDRESS: {
    what: (e) => `the email address is not valid${fieldList(e)}`,
    fix: () => 'Send the email only when it is set and well formed, or leave the field out; check the test user\'s email.',
  },
  INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: {
    what: (e) => `a picklist value is not one of the field's allowed values${fieldList(e)}`,
    fix: (_e, t) => `Use one of the picklist's API values exactly (letter case counts), as listed in ${setupPath(t)} > the field > Values.`,
  },
  REQUEST_LIMIT_EXCEEDED: {
    what: () => 'the org has used up its API calls for the last 24 hours',
    fix: () => 'Lower the campaign\'s rate limit in Braze, cache the token (:cache_max_age) so each message makes one call less, or ask Salesforce for a higher allowance.',
  },
  JSON_PARSER_ERROR: {
    what: () => 'the body is not valid JSON',
    fix: () => 'Pass every personalized string through json_escape ({{${first_name} | json_escape}}), check commas and quotes, and keep Content-Type: application/json.',
  },
  INVALID_FIELD_FOR_INSERT_UPDATE: {
    what: (e) => `a field cannot be set by an API call${fieldList(e)}`,
    fix: () => 'Remove read-only and system fields (Id, Name, CreatedDate, IsConverted...) from the body, or give the integration user edit access to the field.',
  },
  DUPLICATES_DETECTED: {
    what: (e) => {
      const ids = (e.duplicateResult?.matchResults ?? []).flatMap((m) => (m.matchRecords ?? []).map((r) => r.record?.Id)).filter(Boolean);
      return `a duplicate rule blocked the save${ids.length ? ` (matching: ${ids.join(', ')})` : ''}`;
    },
    fix: (_e, t) => `Update the existing ${t.object} instead (PATCH .../${t.object}/<id>, or an upsert by an external id), or add the header "Sforce-Duplicate-Rule-Header: allowSave=true" if the rule allows saving anyway.`,
  },
  DUPLICATE_VALUE: {
    what: (e) => `the record would duplicate one that exists${fieldList(e)}: a value that must be unique, or a membership that is there already`,
    fix: () => 'Nothing was saved. When the record exists already (a Lead or Contact in the campaign, say), this send changed nothing and a retry is harmless; else make the value unique, or upsert by an external id to update the record that holds it.',
  },
  DUPLICATE_EXTERNAL_ID: {
    what: (e) => `several records hold the external id${fieldList(e)}`,
    fix: () => 'Make the external id field Unique, and merge the records that share the value.',
  },
  INVALID_CROSS_REFERENCE_KEY: {
    what: (e) => `an id names no record it may point at${fieldList(e)}`,
    fix: () => 'Check the ids in the body (a Campaign\'s, a Lead\'s...) exist in this org and are of the object the field points at.',
  },
  FIELD_INTEGRITY_EXCEPTION: {
    what: (e) => `a value does not fit the field${fieldList(e)} (an id of another object, say)`,
    fix: () => 'Give the field an id of the object it points at (its key prefix: 701 a Campaign, 00Q a Lead, 003 a Contact).',
  },
  ALL_OR_NONE_OPERATION_ROLLED_BACK: {
    what: () => 'this record was valid, but another failed and allOrNone rolled every record back',
    fix: () => 'Fix the records that failed; with allOrNone false the valid ones are saved.',
  },
  MISSING_ARGUMENT: {
    what: (e) => `a value the request needs is missing${fieldList(e)}`,
    fix: () => 'Give each record of a collection update its id, and each record of a collection upsert its external id.',
  },
  INVALID_TYPE: {
    what: () => 'a record names no object of the org (attributes.type)',
    fix: () => 'Give each record "attributes": {"type": "<Object>"} with the object\'s API name (custom objects end in __c).',
  },
  FIELD_CUSTOM_VALIDATION_EXCEPTION: {
    what: () => 'a validation rule of the org refused the values',
    fix: () => 'The message is the rule\'s own text: change the values it names, or ask the Salesforce admin about the rule.',
  },
  UNKNOWN_EXCEPTION: {
    what: () => 'Salesforce had an internal error',
    fix: () => 'Try again; Braze retries 5xx answers. If it stays, contact Salesforce support with the ErrorId.',
  },
};

function fieldList(e: SfError): string {
  return e.fields?.length ? ` (${e.fields.join(', ')})` : '';
}

const OAUTH: { match: (error: string, description: string) => boolean; what: string; fix: string }[] = [
  {
    match: (e) => e === 'invalid_client_id',
    what: 'Salesforce does not know this consumer key (client_id)',
    fix: 'Copy the Consumer Key of the connected app (Setup > App Manager > the app > View > Manage Consumer Details) into [insert_client_id]. A new app can take up to 10 minutes to work.',
  },
  {
    match: (e) => e === 'invalid_client',
    what: 'the consumer secret (client_secret) is wrong for this consumer key',
    fix: 'Copy the Consumer Secret of the same connected app into [insert_client_secret]; url_param_escape it if it holds & or =.',
  },
  {
    match: (e, d) => e === 'invalid_grant' && /not supported on this domain/i.test(d),
    what: 'the token request went to a host that does not accept the client credentials flow (login.salesforce.com, test.salesforce.com or a setup host)',
    fix: 'Send the token request to the org\'s My Domain host: https://<MyDomainName>.my.salesforce.com/services/oauth2/token (sandbox: <name>--<sandbox>.sandbox.my.salesforce.com).',
  },
  {
    match: (e, d) => e === 'invalid_grant' && /no client credentials user/i.test(d),
    what: 'the connected app has no "Run As" user for the client credentials flow',
    fix: 'In the connected app\'s policies (Manage > Edit Policies), set Client Credentials Flow > Run As to an integration user with API access.',
  },
  {
    match: (e, d) => e === 'invalid_grant' && /no valid scopes/i.test(d),
    what: 'the connected app has no scope the client credentials flow accepts',
    fix: 'Add the "Manage user data via APIs (api)" scope to the connected app.',
  },
  {
    match: (e) => e === 'invalid_grant',
    what: 'Salesforce refused the grant',
    fix: 'Check that "Enable Client Credentials Flow" is on in the connected app and that the Run As user is active.',
  },
  {
    match: (e) => e === 'unsupported_grant_type',
    what: 'the grant type is not accepted',
    fix: 'Send grant_type=client_credentials form encoded (connected_content\'s default for :method post; do not set :content_type application/json), and enable "Client Credentials Flow" in the connected app.',
  },
  {
    match: (e) => e === 'invalid_request',
    what: 'the token request is malformed',
    fix: 'Use :method post and a :body of client_id=...&client_secret=...&grant_type=client_credentials.',
  },
];

const ok = (summary: string, details: string[] = []): Explanation => ({ ok: true, summary, details, fixes: [], codes: [] });

/** Explains one HTTP answer of Salesforce (REST or token endpoint), with the org's API usage when the answer says it. */
export function explainAnswer(status: number, bodyText: string, context: ExplainContext = {}): Explanation {
  const x = explainStatus(status, bodyText, context);
  const usage = usageOf(context.headers);
  if (usage) {
    x.usage = usage;
    x.details.push(usageLine(usage));
  }
  return x;
}

function explainStatus(status: number, bodyText: string, context: ExplainContext): Explanation {
  const json = parseJson(bodyText);
  const method = context.method?.toUpperCase();
  const target = targetOf(context);
  const subject = target.object === 'record' ? 'Record' : target.object;

  if (status === 201) {
    const id = isObject(json) && typeof json.id === 'string' ? json.id : undefined;
    const upsert = target.upsert ? [`The upsert found no ${target.object} whose ${target.upsert.field} is "${target.upsert.value}", so it created one.`] : [];
    const x = ok(id ? `${subject} created: ${id}` : 'Created (201)', upsert);
    if (id) x.created = { object: target.object, id };
    return x;
  }
  if (status === 204) {
    if (method === 'PATCH' && target.upsert) {
      return ok(`${subject} updated`, [`The upsert found the ${target.object} whose ${target.upsert.field} is "${target.upsert.value}" and updated it (API 45.0 and older answer 204 with no body; 46.0 and later 200 with its id).`]);
    }
    return ok(method === 'PATCH' ? `${subject} updated` : method === 'DELETE' ? `${subject} deleted` : 'Done (204 No Content)');
  }
  if (status >= 200 && status < 300) {
    if (context.tokenCall && isObject(json) && typeof json.access_token === 'string') return ok('Token received', ['Salesforce\'s token answer has no expires_in: a cached token is kept for :cache_max_age at most.']);
    if (isObject(json) && json.created === false && typeof json.id === 'string') {
      const found = target.upsert ? ` whose ${target.upsert.field} is "${target.upsert.value}"` : '';
      return ok(`${subject} updated: ${json.id}`, [`The upsert found the ${target.object}${found} and updated it: nothing was created.`]);
    }
    const results = recordResults(json);
    if (results) return explainResults(status, results, context);
    return ok(`OK (${status})`);
  }

  const x: Explanation = { ok: false, summary: '', details: [], fixes: [], codes: [] };

  if (isObject(json) && typeof json.error === 'string') {
    const error = json.error;
    const description = typeof json.error_description === 'string' ? json.error_description : '';
    const rule = OAUTH.find((r) => r.match(error, description));
    x.codes.push(error);
    x.summary = `${status} ${error}${description ? ` (${description})` : ''}: ${rule?.what ?? 'the token request was refused'}`;
    if (rule) x.fixes.push(rule.fix);
    x.details.push('The Authorization header gets no token, so the webhook itself will be answered 401 INVALID_SESSION_ID.');
    return x;
  }

  if (status === 410) {
    const v = /\/v(\d+\.\d+)\//.exec(context.url ?? '')?.[1];
    x.codes.push('GONE');
    x.summary = `410 Gone: the REST API version${v ? ` v${v}` : ''} is retired`;
    if (v && versionStatus(v) === 'retired') x.details.push(`Salesforce retired v${v} (versions 21.0 to 30.0 since Summer '25).`);
    if (Array.isArray(json)) for (const e of json as SfError[]) if (e.message) x.details.push(`${e.errorCode ?? 'error'}: "${e.message}"`);
    x.fixes.push(`Use a supported version in the URL, e.g. /services/data/v${newestVersion()}/ (Braze's recipe uses v60.0, still supported).`);
    return x;
  }
  if (status === 300) {
    const matches = Array.isArray(json) ? json.filter((u): u is string => typeof u === 'string') : [];
    const key = target.upsert ? ` (${target.upsert.field} "${target.upsert.value}")` : '';
    x.codes.push('MULTIPLE_CHOICES');
    x.summary = `300: the external id${key} matches ${matches.length > 1 ? `${matches.length} ${target.object} records` : 'several records'}: nothing was created or updated`;
    for (const u of matches) x.details.push(`Matching record: ${u.slice(u.lastIndexOf('/') + 1)} (${u})`);
    x.details.push('Braze counts a 3xx answer as not received and does not retry it.');
    x.fixes.push(`Make the external id field Unique${target.upsert ? ` (${setupPath(target)} > Fields > ${target.upsert.field} > Edit)` : ''} after merging the records that share the value, or update one record by its id.`);
    return x;
  }
  if (Array.isArray(json) && json.every(isObject) && json.length > 0) {
    const errors = json as SfError[];
    for (const e of errors) {
      const code = e.errorCode ?? 'UNKNOWN';
      if (!x.codes.includes(code)) x.codes.push(code);
      const rule = REST[code];
      x.details.push(`${code}: ${rule ? rule.what(e, target) : 'Salesforce refused the request'}${e.message ? ` — "${e.message}"` : ''}`);
      const fix = rule?.fix(e, target);
      if (fix && !x.fixes.includes(fix)) x.fixes.push(fix);
    }
    const first = errors[0];
    const rule = REST[first.errorCode ?? ''];
    x.summary = `${status} ${first.errorCode ?? 'error'}: ${rule ? rule.what(first, target) : (first.message ?? 'Salesforce refused the request')}`;
    if (first.errorCode === 'INVALID_SESSION_ID' && context.authorization !== undefined && /^\s*(Bearer)?\s*$/i.test(context.authorization)) {
      x.details.unshift('The Authorization header was sent with no token at all: the token call in that header failed or saved nothing (see the Connected Content calls).');
    }
    x.details.push(brazeView(status));
    return x;
  }

  if (status === 401) {
    x.codes.push('INVALID_SESSION_ID');
    x.summary = '401: the access token was refused';
    x.fixes.push(REST.INVALID_SESSION_ID.fix({}, target));
    return x;
  }
  if (status >= 300 && status < 400) {
    x.summary = `${status}: a redirect (not followed)`;
    x.details.push('Braze does not follow redirects and counts the webhook as not received, with no retry.');
    x.fixes.push('Call the org\'s My Domain host directly (https://<MyDomainName>.my.salesforce.com): instance URLs are not redirected any more.');
    return x;
  }
  if (status === 404) {
    x.codes.push('NOT_FOUND');
    x.summary = '404: the resource does not exist';
    x.fixes.push(REST.NOT_FOUND.fix({}, target));
    return x;
  }
  x.summary = `${status}: ${status >= 500 ? 'Salesforce had an error' : 'the request was refused'}`;
  if (bodyText.trim()) x.details.push(`Answer: ${bodyText.trim().slice(0, 300)}`);
  x.details.push(brazeView(status));
  return x;
}

/** One record's result in a 2xx answer that holds several (sObject Collections, Composite). */
interface RecordResult {
  success: boolean;
  id?: string;
  created?: boolean;
  errors: SfError[];
  /** The HTTP status of a Composite subrequest. */
  status?: number;
}

/**
 * The per-record results of a collection answer (`[{"id","success","errors"}]`) or of a Composite
 * one (`{"compositeResponse": [{"httpStatusCode","body"}]}`); undefined for other answers.
 */
function recordResults(json: unknown): RecordResult[] | undefined {
  if (Array.isArray(json) && json.length > 0 && json.every((r) => isObject(r) && typeof r.success === 'boolean')) {
    return (json as Record<string, unknown>[]).map((r) => ({
      success: r.success === true,
      id: typeof r.id === 'string' ? r.id : undefined,
      created: typeof r.created === 'boolean' ? r.created : undefined,
      errors: Array.isArray(r.errors) ? (r.errors.filter(isObject) as SfError[]) : [],
    }));
  }
  const composite = isObject(json) ? json.compositeResponse : undefined;
  if (!Array.isArray(composite) || !composite.every((r) => isObject(r) && typeof r.httpStatusCode === 'number')) return undefined;
  return (composite as Record<string, unknown>[]).map((r) => {
    const status = r.httpStatusCode as number;
    const body = r.body;
    return {
      success: status >= 200 && status < 300,
      status,
      id: isObject(body) && typeof body.id === 'string' ? body.id : undefined,
      errors: Array.isArray(body) ? (body.filter(isObject) as SfError[]) : [],
    };
  });
}

/** The object each record of a collection request names (`attributes.type`), by position. */
function recordTypes(requestBody: string | undefined): (string | undefined)[] {
  const json = parseJson(requestBody ?? '');
  const records = isObject(json) && Array.isArray(json.records) ? json.records : [];
  return records.map((r) => {
    const attributes = isObject(r) ? r.attributes : undefined;
    return isObject(attributes) && typeof attributes.type === 'string' ? attributes.type : undefined;
  });
}

function explainResults(status: number, results: readonly RecordResult[], context: ExplainContext): Explanation {
  const types = recordTypes(context.requestBody);
  const failed = results.filter((r) => !r.success);
  const name = (r: RecordResult) => {
    const i = results.indexOf(r);
    return `Record ${i + 1}${types[i] ? ` (${types[i]})` : ''}`;
  };
  if (failed.length === 0) {
    const created = results.filter((r) => r.created === true).length;
    const updated = results.filter((r) => r.created === false).length;
    const how = created || updated ? `: ${created} created, ${updated} updated` : '';
    return ok(`${results.length} record${results.length === 1 ? '' : 's'} saved${how}`, results.map((r) => `${name(r)}: ${r.id ?? 'saved'}`));
  }
  const x: Explanation = { ok: false, partialFailure: true, summary: '', details: [], fixes: [], codes: [] };
  x.summary = `${status} OK, but ${failed.length} of ${results.length} records failed`;
  for (const r of results) {
    if (r.success) {
      x.details.push(`${name(r)}: saved${r.id ? ` (${r.id})` : ''}`);
      continue;
    }
    const target = recordOf(types[results.indexOf(r)]);
    const words = r.errors.map((error) => {
      const e = { ...error, errorCode: error.errorCode ?? error.statusCode };
      const code = e.errorCode ?? 'UNKNOWN';
      if (!x.codes.includes(code)) x.codes.push(code);
      const rule = REST[code];
      const fix = rule?.fix(e, target);
      if (fix && !x.fixes.includes(fix)) x.fixes.push(fix);
      return `${code}: ${rule ? rule.what(e, target) : 'Salesforce refused it'}${e.message ? ` — "${e.message}"` : ''}`;
    });
    x.details.push(`${name(r)}: failed${r.status ? ` (${r.status})` : ''}${words.length ? `: ${words.join('; ')}` : ''}`);
  }
  x.details.push(
    `Braze counts this ${status} as delivered: these failures never reach the Message Activity Log, and Braze does not retry them.`,
  );
  x.fixes.push('Send one record per webhook (.../sobjects/<Object>/...), whose failure is an error Braze logs, or upsert it by an external id.');
  return x;
}

/** `Sforce-Limit-Info: api-usage=18/5000`. */
function usageOf(headers: Readonly<Record<string, string>> | undefined): ApiUsage | undefined {
  const value = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === 'sforce-limit-info')?.[1];
  const m = /api-usage=(\d+)\/(\d+)/.exec(value ?? '');
  return m ? { used: Number(m[1]), limit: Number(m[2]) } : undefined;
}

function usageLine({ used, limit }: ApiUsage): string {
  const left = Math.max(0, limit - used);
  return `The org has used ${used} of its ${limit} daily API calls (Sforce-Limit-Info): ${left} are left, and each message a campaign sends spends one.`;
}

function brazeView(status: number): string {
  if (status === 408 || status === 429 || status >= 500) return `Braze retries a ${status} answer (up to 5 times within 30 minutes).`;
  if (status >= 400) return `Braze does not retry a ${status} answer: the message is lost until the template or the data is fixed.`;
  return '';
}

/** Explains the outcome of a send (answer, timeout, cancel, network error, refusal). */
export function explainSendResult(result: SendResult, context: ExplainContext = {}): Explanation {
  switch (result.kind) {
    case 'answer': {
      const authorization = Object.entries(result.request.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
      return explainAnswer(result.status, result.bodyText, {
        method: result.request.method,
        url: result.request.url,
        authorization,
        headers: result.headers,
        requestBody: result.request.body,
        ...context,
      });
    }
    case 'timeout':
      return { ok: false, summary: `No answer within ${result.timeoutMs} ms (timeout)`, details: ['Braze gives a webhook 90 seconds and retries on timeout.'], fixes: ['Check the host is reachable, or raise --timeout.'], codes: ['TIMEOUT'] };
    case 'cancelled':
      return { ok: false, summary: `Cancelled after ${result.durationMs} ms`, details: [], fixes: [], codes: ['CANCELLED'] };
    case 'network-error':
      return { ok: false, summary: `The request failed: ${result.message}`, details: ['Braze would retry when the endpoint cannot be reached.'], fixes: ['Check the host name (the My Domain name in [insert_instance_name]) and the network.'], codes: ['NETWORK'] };
    case 'refused':
      return { ok: false, summary: `Not sent: ${result.message}`, details: [], fixes: ['Use an https URL.'], codes: ['REFUSED'] };
  }
}

/** Explains one Connected Content call (the token call, mostly). */
export function explainCall(call: ConnectedContentCall): Explanation {
  const tokenCall = /\/services\/oauth2\/token\/?$/.test(safePath(call.url));
  switch (call.outcome) {
    case 'timeout':
      return { ok: false, summary: 'No answer in time: Braze inserts nothing and the saved variable stays empty', details: call.notes, fixes: ['Make sure the endpoint answers within 2 seconds.'], codes: ['TIMEOUT'] };
    case 'network-error':
      return { ok: false, summary: 'The call failed', details: call.notes, fixes: ['Check the host name in the connected_content URL.'], codes: ['NETWORK'] };
    case 'refused':
      return { ok: false, summary: 'Not called', details: call.notes, fixes: ['Use an https URL with the placeholders filled in.'], codes: ['REFUSED'] };
    default:
      if (call.status === undefined) return { ok: false, summary: 'No answer', details: call.notes, fixes: [], codes: [] };
      return explainAnswer(call.status, call.responseText ?? '', { method: call.method, url: call.url, tokenCall });
  }
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function parseJson(text: string): unknown {
  if (!text || !/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

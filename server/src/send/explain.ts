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
import { builtinObject, dataPathOfUrl, newestVersion, t, versionStatus, withArticle, type SObject } from '../core';
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

// Lists of API names joined in the configured language ("LastName and Company"), pair by pair as before.
const and = (names: readonly string[]) => names.reduce((a, b) => t('{0} and {1}', a, b));
const or = (names: readonly string[]) => names.reduce((a, b) => t('{0} or {1}', a, b));

/** "LastName and Company", "CampaignId and one of LeadId or ContactId": what a create of the object needs. */
function requiredOf(schema: SObject): string | undefined {
  const needs = [...schema.fields.filter((f) => f.requiredOnCreate).map((f) => f.name), ...(schema.requiredOneOf ?? []).map((g) => t('one of {0}', or(g)))];
  return needs.length ? and(needs) : undefined;
}

/** Salesforce's Setup path of the object, as its (English) UI names it; passed whole into a sentence. */
const setupPath = (target: Target) => `Setup > Object Manager > ${target.schema?.label ?? target.object}`;

/** One English article per object name ("a Lead", "an Account"): a translation words each case its own way. */
const an = (name: string) => withArticle(name).startsWith('an ');

// Liquid next to a `{0}` would read as a placeholder to a translator: it is always an argument.
const LIQUID_DEFAULT = "{{custom_attribute.${company} | default: 'Unknown'}}";
const LIQUID_USER_ID = '{{${user_id}}}';
const LIQUID_TRUNCATE = "{{${first_name} | truncate: 40, ''}}";
const LIQUID_JSON_ESCAPE = '{{${first_name} | json_escape}}';

/** Each error code's clause (what went wrong) and fix; every message is whole per case, with or without the fields Salesforce named. */
const REST: Record<string, { what: (e: SfError, t: Target) => string; fix: (e: SfError, t: Target) => string }> = {
  REQUIRED_FIELD_MISSING: {
    what: (e) => (e.fields?.length ? t('a required field is missing ({0})', fields(e)) : t('a required field is missing')),
    fix: (e, tg) => {
      const needs = tg.schema && requiredOf(tg.schema);
      const group = tg.schema?.requiredOneOf?.find((g) => e.fields?.length === g.length && g.every((n) => e.fields?.includes(n)));
      const name = tg.schema?.name ?? tg.object;
      if (needs && group) return an(name) ? t('An {0} needs {1}: add {2} to the body.', name, needs, or(group)) : t('A {0} needs {1}: add {2} to the body.', name, needs, or(group));
      const missing = e.fields?.length ? and(e.fields) : undefined;
      if (needs && missing)
        return an(name)
          ? t('An {0} needs {1}: add {2} to the body, with a default (e.g. {3}) so an empty attribute still sends a value.', name, needs, missing, LIQUID_DEFAULT)
          : t('A {0} needs {1}: add {2} to the body, with a default (e.g. {3}) so an empty attribute still sends a value.', name, needs, missing, LIQUID_DEFAULT);
      if (needs)
        return an(name)
          ? t('An {0} needs {1}: add them to the body, with a default (e.g. {2}) so an empty attribute still sends a value.', name, needs, LIQUID_DEFAULT)
          : t('A {0} needs {1}: add them to the body, with a default (e.g. {2}) so an empty attribute still sends a value.', name, needs, LIQUID_DEFAULT);
      return missing
        ? t('Add {0} to the body, with a default (e.g. {1}) so an empty attribute still sends a value.', missing, LIQUID_DEFAULT)
        : t('Add them to the body, with a default (e.g. {0}) so an empty attribute still sends a value.', LIQUID_DEFAULT);
    },
  },
  INVALID_FIELD: {
    what: (e) => (e.fields?.length ? t('Salesforce does not know a field of the body ({0})', fields(e)) : t('Salesforce does not know a field of the body')),
    fix: (_e, tg) =>
      t("Use the field's API name as in {0} (custom fields end in __c), and check the integration user can see the field (field-level security). Do not send Id in a create.", `${setupPath(tg)} > Fields`),
  },
  MALFORMED_ID: {
    what: () => t('a record id in the URL or the body is not a valid Salesforce id'),
    fix: (_e, tg) => {
      if (!tg.schema) return t("A record id has 15 or 18 letters and digits. An update URL that ends with {0} needs the Braze external_id to be that id: check the test user's external_id.", LIQUID_USER_ID);
      const { name, keyPrefix } = tg.schema;
      return an(name)
        ? t("A record id has 15 or 18 letters and digits; an {0} id starts with {1}. An update URL that ends with {2} needs the Braze external_id to be that id: check the test user's external_id.", name, keyPrefix ?? '', LIQUID_USER_ID)
        : t("A record id has 15 or 18 letters and digits; a {0} id starts with {1}. An update URL that ends with {2} needs the Braze external_id to be that id: check the test user's external_id.", name, keyPrefix ?? '', LIQUID_USER_ID);
    },
  },
  NOT_FOUND: {
    what: (e) => (/external ID field/i.test(e.message ?? '') ? t("the URL's field is not an External ID field of the object") : t('no such record or resource')),
    fix: (e, tg) => {
      if (/external ID field/i.test(e.message ?? '')) return t('Upsert by a field marked External ID (and Unique): {0} > Fields > the field > Edit.', setupPath(tg));
      return tg.upsert
        ? t('Check the path (/services/data/vXX.X/sobjects/{0}/...) and that the record exists and was not deleted (with ?updateOnly=true an upsert that matches no {0} answers this).', tg.object)
        : t('Check the path (/services/data/vXX.X/sobjects/{0}/...) and that the record exists and was not deleted.', tg.object);
    },
  },
  ENTITY_IS_DELETED: {
    what: () => t('the record was deleted'),
    fix: () => t('Restore it from the recycle bin, or update another record.'),
  },
  INVALID_SESSION_ID: {
    what: () => t('the access token was refused (missing, expired or not valid for the REST API)'),
    fix: () =>
      t('Check the token call in the Authorization header works (its answer is shown above); give the connected app the "api" scope; keep :cache_max_age shorter than the org\'s session timeout (a token cached longer than the session lasts is refused).'),
  },
  STRING_TOO_LONG: {
    what: (e) => (e.fields?.length ? t('a value is longer than the field allows ({0})', fields(e)) : t('a value is longer than the field allows')),
    fix: (e, tg) => {
      const lengths = (e.fields ?? []).flatMap((n) => {
        const f = tg.schema?.fields.find((x) => x.name.toLowerCase() === n.toLowerCase());
        return f?.length ? [`${f.name} ${f.length}`] : [];
      });
      return lengths.length ? t('Shorten the value in Liquid, e.g. {0} ({1}).', LIQUID_TRUNCATE, lengths.join(', ')) : t('Shorten the value in Liquid, e.g. {0}.', LIQUID_TRUNCATE);
    },
  },
  INVALID_EMAIL_ADDRESS: {
    what: (e) => (e.fields?.length ? t('the email address is not valid ({0})', fields(e)) : t('the email address is not valid')),
    fix: () => t("Send the email only when it is set and well formed, or leave the field out; check the test user's email."),
  },
  INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: {
    what: (e) => (e.fields?.length ? t("a picklist value is not one of the field's allowed values ({0})", fields(e)) : t("a picklist value is not one of the field's allowed values")),
    fix: (_e, tg) => t("Use one of the picklist's API values exactly (letter case counts), as listed in {0} > the field > Values.", setupPath(tg)),
  },
  REQUEST_LIMIT_EXCEEDED: {
    what: () => t('the org has used up its API calls for the last 24 hours'),
    fix: () => t("Lower the campaign's rate limit in Braze, cache the token (:cache_max_age) so each message makes one call less, or ask Salesforce for a higher allowance."),
  },
  JSON_PARSER_ERROR: {
    what: () => t('the body is not valid JSON'),
    fix: () => t('Pass every personalized string through json_escape ({0}), check commas and quotes, and keep Content-Type: application/json.', LIQUID_JSON_ESCAPE),
  },
  INVALID_FIELD_FOR_INSERT_UPDATE: {
    what: (e) => (e.fields?.length ? t('a field cannot be set by an API call ({0})', fields(e)) : t('a field cannot be set by an API call')),
    fix: () => t('Remove read-only and system fields (Id, Name, CreatedDate, IsConverted...) from the body, or give the integration user edit access to the field.'),
  },
  DUPLICATES_DETECTED: {
    what: (e) => {
      const ids = (e.duplicateResult?.matchResults ?? []).flatMap((m) => (m.matchRecords ?? []).map((r) => r.record?.Id)).filter(Boolean);
      return ids.length ? t('a duplicate rule blocked the save (matching: {0})', ids.join(', ')) : t('a duplicate rule blocked the save');
    },
    fix: (_e, tg) =>
      t('Update the existing {0} instead (PATCH .../{0}/<id>, or an upsert by an external id), or add the header "Sforce-Duplicate-Rule-Header: allowSave=true" if the rule allows saving anyway.', tg.object),
  },
  DUPLICATE_VALUE: {
    what: (e) =>
      e.fields?.length
        ? t('the record would duplicate one that exists ({0}): a value that must be unique, or a membership that is there already', fields(e))
        : t('the record would duplicate one that exists: a value that must be unique, or a membership that is there already'),
    fix: () =>
      t('Nothing was saved. When the record exists already (a Lead or Contact in the campaign, say), this send changed nothing and a retry is harmless; else make the value unique, or upsert by an external id to update the record that holds it.'),
  },
  DUPLICATE_EXTERNAL_ID: {
    what: (e) => (e.fields?.length ? t('several records hold the external id ({0})', fields(e)) : t('several records hold the external id')),
    fix: () => t('Make the external id field Unique, and merge the records that share the value.'),
  },
  INVALID_CROSS_REFERENCE_KEY: {
    what: (e) => (e.fields?.length ? t('an id names no record it may point at ({0})', fields(e)) : t('an id names no record it may point at')),
    fix: () => t("Check the ids in the body (a Campaign's, a Lead's...) exist in this org and are of the object the field points at."),
  },
  FIELD_INTEGRITY_EXCEPTION: {
    what: (e) => (e.fields?.length ? t('a value does not fit the field ({0}) (an id of another object, say)', fields(e)) : t('a value does not fit the field (an id of another object, say)')),
    fix: () => t('Give the field an id of the object it points at (its key prefix: 701 a Campaign, 00Q a Lead, 003 a Contact).'),
  },
  ALL_OR_NONE_OPERATION_ROLLED_BACK: {
    what: () => t('this record was valid, but another failed and allOrNone rolled every record back'),
    fix: () => t('Fix the records that failed; with allOrNone false the valid ones are saved.'),
  },
  MISSING_ARGUMENT: {
    what: (e) => (e.fields?.length ? t('a value the request needs is missing ({0})', fields(e)) : t('a value the request needs is missing')),
    fix: () => t('Give each record of a collection update its id, and each record of a collection upsert its external id.'),
  },
  INVALID_TYPE: {
    what: () => t('a record names no object of the org (attributes.type)'),
    fix: () => t("Give each record {0} with the object's API name (custom objects end in __c).", '"attributes": {"type": "<Object>"}'),
  },
  FIELD_CUSTOM_VALIDATION_EXCEPTION: {
    what: () => t('a validation rule of the org refused the values'),
    fix: () => t("The message is the rule's own text: change the values it names, or ask the Salesforce admin about the rule."),
  },
  UNKNOWN_EXCEPTION: {
    what: () => t('Salesforce had an internal error'),
    fix: () => t('Try again; Braze retries 5xx answers. If it stays, contact Salesforce support with the ErrorId.'),
  },
};

/** The fields Salesforce named, as it named them (API names: no translation). */
function fields(e: SfError): string {
  return (e.fields ?? []).join(', ');
}

/** The token endpoint's errors; their texts are functions so that they follow the configured language. */
const OAUTH: { match: (error: string, description: string) => boolean; what: () => string; fix: () => string }[] = [
  {
    match: (e) => e === 'invalid_client_id',
    what: () => t('Salesforce does not know this consumer key (client_id)'),
    fix: () => t('Copy the Consumer Key of the connected app (Setup > App Manager > the app > View > Manage Consumer Details) into [insert_client_id]. A new app can take up to 10 minutes to work.'),
  },
  {
    match: (e) => e === 'invalid_client',
    what: () => t('the consumer secret (client_secret) is wrong for this consumer key'),
    fix: () => t('Copy the Consumer Secret of the same connected app into [insert_client_secret]; url_param_escape it if it holds & or =.'),
  },
  {
    match: (e, d) => e === 'invalid_grant' && /not supported on this domain/i.test(d),
    what: () => t('the token request went to a host that does not accept the client credentials flow (login.salesforce.com, test.salesforce.com or a setup host)'),
    fix: () => t("Send the token request to the org's My Domain host: https://<MyDomainName>.my.salesforce.com/services/oauth2/token (sandbox: <name>--<sandbox>.sandbox.my.salesforce.com)."),
  },
  {
    match: (e, d) => e === 'invalid_grant' && /no client credentials user/i.test(d),
    what: () => t('the connected app has no "Run As" user for the client credentials flow'),
    fix: () => t("In the connected app's policies (Manage > Edit Policies), set Client Credentials Flow > Run As to an integration user with API access."),
  },
  {
    match: (e, d) => e === 'invalid_grant' && /no valid scopes/i.test(d),
    what: () => t('the connected app has no scope the client credentials flow accepts'),
    fix: () => t('Add the "Manage user data via APIs (api)" scope to the connected app.'),
  },
  {
    match: (e) => e === 'invalid_grant',
    what: () => t('Salesforce refused the grant'),
    fix: () => t('Check that "Enable Client Credentials Flow" is on in the connected app and that the Run As user is active.'),
  },
  {
    match: (e) => e === 'unsupported_grant_type',
    what: () => t('the grant type is not accepted'),
    fix: () => t('Send grant_type=client_credentials form encoded (connected_content\'s default for :method post; do not set :content_type application/json), and enable "Client Credentials Flow" in the connected app.'),
  },
  {
    match: (e) => e === 'invalid_request',
    what: () => t('the token request is malformed'),
    fix: () => t('Use :method post and a :body of client_id=...&client_secret=...&grant_type=client_credentials.'),
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
  // "Record created" when the URL names no object, "Lead created" when it does: one message each.
  const record = target.object === 'record';

  if (status === 201) {
    const id = isObject(json) && typeof json.id === 'string' ? json.id : undefined;
    const upsert = target.upsert ? [t('The upsert found no {0} whose {1} is "{2}", so it created one.', target.object, target.upsert.field, target.upsert.value)] : [];
    const x = ok(id ? (record ? t('Record created: {0}', id) : t('{0} created: {1}', target.object, id)) : t('Created (201)'), upsert);
    if (id) x.created = { object: target.object, id };
    return x;
  }
  const updated = () => (record ? t('Record updated') : t('{0} updated', target.object));
  if (status === 204) {
    if (method === 'PATCH' && target.upsert) {
      return ok(updated(), [
        t('The upsert found the {0} whose {1} is "{2}" and updated it (API 45.0 and older answer 204 with no body; 46.0 and later 200 with its id).', target.object, target.upsert.field, target.upsert.value),
      ]);
    }
    if (method === 'PATCH') return ok(updated());
    if (method === 'DELETE') return ok(record ? t('Record deleted') : t('{0} deleted', target.object));
    return ok(t('Done (204 No Content)'));
  }
  if (status >= 200 && status < 300) {
    if (context.tokenCall && isObject(json) && typeof json.access_token === 'string') return ok(t('Token received'), [t("Salesforce's token answer has no expires_in: a cached token is kept for :cache_max_age at most.")]);
    if (isObject(json) && json.created === false && typeof json.id === 'string') {
      const found = target.upsert
        ? t('The upsert found the {0} whose {1} is "{2}" and updated it: nothing was created.', target.object, target.upsert.field, target.upsert.value)
        : t('The upsert found the {0} and updated it: nothing was created.', target.object);
      return ok(record ? t('Record updated: {0}', json.id) : t('{0} updated: {1}', target.object, json.id), [found]);
    }
    const results = recordResults(json);
    if (results) return explainResults(status, results, context);
    return ok(t('OK ({0})', status));
  }

  const x: Explanation = { ok: false, summary: '', details: [], fixes: [], codes: [] };

  if (isObject(json) && typeof json.error === 'string') {
    const error = json.error;
    const description = typeof json.error_description === 'string' ? json.error_description : '';
    const rule = OAUTH.find((r) => r.match(error, description));
    x.codes.push(error);
    // The status, Salesforce's error name and its own description stay as written; only our clause is translated.
    x.summary = `${status} ${error}${description ? ` (${description})` : ''}: ${rule?.what() ?? t('the token request was refused')}`;
    if (rule) x.fixes.push(rule.fix());
    x.details.push(t('The Authorization header gets no token, so the webhook itself will be answered 401 INVALID_SESSION_ID.'));
    return x;
  }

  if (status === 410) {
    const v = /\/v(\d+\.\d+)\//.exec(context.url ?? '')?.[1];
    x.codes.push('GONE');
    x.summary = v ? t('410 Gone: the REST API version v{0} is retired', v) : t('410 Gone: the REST API version is retired');
    if (v && versionStatus(v) === 'retired') x.details.push(t("Salesforce retired v{0} (versions 21.0 to 30.0 since Summer '25).", v));
    if (Array.isArray(json)) for (const e of json as SfError[]) if (e.message) x.details.push(`${e.errorCode ?? 'error'}: "${e.message}"`);
    x.fixes.push(t("Use a supported version in the URL, e.g. /services/data/v{0}/ (Braze's recipe uses v60.0, still supported).", newestVersion()));
    return x;
  }
  if (status === 300) {
    const matches = Array.isArray(json) ? json.filter((u): u is string => typeof u === 'string') : [];
    const up = target.upsert;
    const many = matches.length > 1;
    x.codes.push('MULTIPLE_CHOICES');
    x.summary = up
      ? many
        ? t('300: the external id ({0} "{1}") matches {2} {3} records: nothing was created or updated', up.field, up.value, matches.length, target.object)
        : t('300: the external id ({0} "{1}") matches several records: nothing was created or updated', up.field, up.value)
      : many
        ? t('300: the external id matches {0} {1} records: nothing was created or updated', matches.length, target.object)
        : t('300: the external id matches several records: nothing was created or updated');
    for (const u of matches) x.details.push(t('Matching record: {0} ({1})', u.slice(u.lastIndexOf('/') + 1), u));
    x.details.push(t('Braze counts a 3xx answer as not received and does not retry it.'));
    x.fixes.push(
      up
        ? t('Make the external id field Unique ({0} > Fields > {1} > Edit) after merging the records that share the value, or update one record by its id.', setupPath(target), up.field)
        : t('Make the external id field Unique after merging the records that share the value, or update one record by its id.'),
    );
    return x;
  }
  if (Array.isArray(json) && json.every(isObject) && json.length > 0) {
    const errors = json as SfError[];
    for (const e of errors) {
      const code = e.errorCode ?? 'UNKNOWN';
      if (!x.codes.includes(code)) x.codes.push(code);
      const rule = REST[code];
      // The code and Salesforce's own message stay as written around our clause.
      x.details.push(`${code}: ${rule ? rule.what(e, target) : t('Salesforce refused the request')}${e.message ? ` — "${e.message}"` : ''}`);
      const fix = rule?.fix(e, target);
      if (fix && !x.fixes.includes(fix)) x.fixes.push(fix);
    }
    const first = errors[0];
    const rule = REST[first.errorCode ?? ''];
    x.summary = `${status} ${first.errorCode ?? 'error'}: ${rule ? rule.what(first, target) : (first.message ?? t('Salesforce refused the request'))}`;
    if (first.errorCode === 'INVALID_SESSION_ID' && context.authorization !== undefined && /^\s*(Bearer)?\s*$/i.test(context.authorization)) {
      x.details.unshift(t('The Authorization header was sent with no token at all: the token call in that header failed or saved nothing (see the Connected Content calls).'));
    }
    x.details.push(brazeView(status));
    return x;
  }

  if (status === 401) {
    x.codes.push('INVALID_SESSION_ID');
    x.summary = t('401: the access token was refused');
    x.fixes.push(REST.INVALID_SESSION_ID.fix({}, target));
    return x;
  }
  if (status >= 300 && status < 400) {
    x.summary = t('{0}: a redirect (not followed)', status);
    x.details.push(t('Braze does not follow redirects and counts the webhook as not received, with no retry.'));
    x.fixes.push(t("Call the org's My Domain host directly (https://<MyDomainName>.my.salesforce.com): instance URLs are not redirected any more."));
    return x;
  }
  if (status === 404) {
    x.codes.push('NOT_FOUND');
    x.summary = t('404: the resource does not exist');
    x.fixes.push(REST.NOT_FOUND.fix({}, target));
    return x;
  }
  x.summary = status >= 500 ? t('{0}: Salesforce had an error', status) : t('{0}: the request was refused', status);
  if (bodyText.trim()) x.details.push(t('Answer: {0}', bodyText.trim().slice(0, 300)));
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
    return types[i] ? t('Record {0} ({1})', i + 1, types[i]!) : t('Record {0}', i + 1);
  };
  if (failed.length === 0) {
    const created = results.filter((r) => r.created === true).length;
    const updated = results.filter((r) => r.created === false).length;
    const one = results.length === 1;
    const summary =
      created || updated
        ? one
          ? t('{0} record saved: {1} created, {2} updated', results.length, created, updated)
          : t('{0} records saved: {1} created, {2} updated', results.length, created, updated)
        : one
          ? t('{0} record saved', results.length)
          : t('{0} records saved', results.length);
    return ok(summary, results.map((r) => (r.id ? `${name(r)}: ${r.id}` : t('{0}: saved', name(r)))));
  }
  const x: Explanation = { ok: false, partialFailure: true, summary: '', details: [], fixes: [], codes: [] };
  x.summary = t('{0} OK, but {1} of {2} records failed', status, failed.length, results.length);
  for (const r of results) {
    if (r.success) {
      x.details.push(r.id ? t('{0}: saved ({1})', name(r), r.id) : t('{0}: saved', name(r)));
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
      return `${code}: ${rule ? rule.what(e, target) : t('Salesforce refused it')}${e.message ? ` — "${e.message}"` : ''}`;
    });
    const why = words.join('; ');
    x.details.push(
      r.status
        ? words.length
          ? t('{0}: failed ({1}): {2}', name(r), r.status, why)
          : t('{0}: failed ({1})', name(r), r.status)
        : words.length
          ? t('{0}: failed: {1}', name(r), why)
          : t('{0}: failed', name(r)),
    );
  }
  x.details.push(t('Braze counts this {0} as delivered: these failures never reach the Message Activity Log, and Braze does not retry them.', status));
  x.fixes.push(t('Send one record per webhook (.../sobjects/<Object>/...), whose failure is an error Braze logs, or upsert it by an external id.'));
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
  return t('The org has used {0} of its {1} daily API calls (Sforce-Limit-Info): {2} are left, and each message a campaign sends spends one.', used, limit, left);
}

function brazeView(status: number): string {
  if (status === 408 || status === 429 || status >= 500) return t('Braze retries a {0} answer (up to 5 times within 30 minutes).', status);
  if (status >= 400) return t('Braze does not retry a {0} answer: the message is lost until the template or the data is fixed.', status);
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
      return { ok: false, summary: t('No answer within {0} ms (timeout)', result.timeoutMs), details: [t('Braze gives a webhook 90 seconds and retries on timeout.')], fixes: [t('Check the host is reachable, or raise --timeout.')], codes: ['TIMEOUT'] };
    case 'cancelled':
      return { ok: false, summary: t('Cancelled after {0} ms', result.durationMs), details: [], fixes: [], codes: ['CANCELLED'] };
    case 'network-error':
      return { ok: false, summary: t('The request failed: {0}', result.message), details: [t('Braze would retry when the endpoint cannot be reached.')], fixes: [t('Check the host name (the My Domain name in [insert_instance_name]) and the network.')], codes: ['NETWORK'] };
    case 'refused':
      return { ok: false, summary: t('Not sent: {0}', result.message), details: [], fixes: [t('Use an https URL.')], codes: ['REFUSED'] };
  }
}

/** Explains one Connected Content call (the token call, mostly). */
export function explainCall(call: ConnectedContentCall): Explanation {
  const tokenCall = /\/services\/oauth2\/token\/?$/.test(safePath(call.url));
  switch (call.outcome) {
    case 'timeout':
      return { ok: false, summary: t('No answer in time: Braze inserts nothing and the saved variable stays empty'), details: call.notes, fixes: [t('Make sure the endpoint answers within 2 seconds.')], codes: ['TIMEOUT'] };
    case 'network-error':
      return { ok: false, summary: t('The call failed'), details: call.notes, fixes: [t('Check the host name in the connected_content URL.')], codes: ['NETWORK'] };
    case 'refused':
      return { ok: false, summary: t('Not called'), details: call.notes, fixes: [t('Use an https URL with the placeholders filled in.')], codes: ['REFUSED'] };
    default:
      if (call.status === undefined) return { ok: false, summary: t('No answer'), details: call.notes, fixes: [], codes: [] };
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

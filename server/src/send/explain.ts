/**
 * Explains Salesforce's answers in plain words, with the likely fix.
 *
 * Sources (Salesforce REST API Developer Guide, "Status Codes and Error Responses",
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm; Salesforce Help,
 * "OAuth 2.0 flow errors", remoteaccess_oauth_flow_errors.htm): REST errors are a JSON array of
 * `{message, errorCode, fields?}`; OAuth token errors a JSON object `{error, error_description}`;
 * 201 `{"id","success","errors"}` on create, 204 on update; 410 for a retired API version
 * (21.0–30.0 since Summer '25); 401 INVALID_SESSION_ID for a missing/expired token; 403
 * REQUEST_LIMIT_EXCEEDED for the API allowance; Braze's side: 2xx received, 3xx not received and
 * not retried, 408/429/5xx retried, other 4xx not retried (§1a).
 */
import { newestVersion, versionStatus } from '../core';
import type { SendResult } from './send';
import type { ConnectedContentCall } from './types';

export interface Explanation {
  /** True for a 2xx answer. */
  ok: boolean;
  /** One line: "Lead created: 00Q...", "401 INVALID_SESSION_ID: the access token was refused". */
  summary: string;
  /** More lines: each error, what Braze would do. */
  details: string[];
  /** What to change, when something can be. */
  fixes: string[];
  /** The Salesforce error codes or OAuth error names met. */
  codes: string[];
}

export interface ExplainContext {
  method?: string;
  url?: string;
  /** The Authorization header sent, to tell an empty token from a refused one. */
  authorization?: string;
  /** True when the answer came from the OAuth token endpoint. */
  tokenCall?: boolean;
}

interface SfError {
  message?: string;
  errorCode?: string;
  fields?: string[];
  duplicateResult?: { matchResults?: { matchRecords?: { record?: { Id?: string } }[] }[] };
}

const REST: Record<string, { what: (e: SfError) => string; fix: (e: SfError) => string }> = {
  REQUIRED_FIELD_MISSING: {
    what: (e) => `a required field is missing${fieldList(e)}`,
    fix: (e) => `A Lead needs LastName and Company: add ${e.fields?.length ? e.fields.join(' and ') : 'them'} to the body, with a default (e.g. {{custom_attribute.\${company} | default: 'Unknown'}}) so an empty attribute still sends a value.`,
  },
  INVALID_FIELD: {
    what: (e) => `Salesforce does not know a field of the body${fieldList(e)}`,
    fix: () => 'Use the field\'s API name as in Setup > Object Manager > Lead > Fields (custom fields end in __c), and check the integration user can see the field (field-level security). Do not send Id in a create.',
  },
  MALFORMED_ID: {
    what: () => 'a record id in the URL or the body is not a valid Salesforce id',
    fix: () => 'The update URL ends with {{${user_id}}}: the Braze external_id must be the 15- or 18-character Lead id (it starts with 00Q). Check the test user\'s external_id.',
  },
  NOT_FOUND: {
    what: () => 'no such record or resource',
    fix: () => 'Check the path (/services/data/vXX.X/sobjects/Lead/...) and that the Lead id exists and was not deleted or converted.',
  },
  ENTITY_IS_DELETED: {
    what: () => 'the Lead was deleted',
    fix: () => 'Restore it from the recycle bin, or update another Lead.',
  },
  INVALID_SESSION_ID: {
    what: () => 'the access token was refused (missing, expired or not valid for the REST API)',
    fix: () => 'Check the token call in the Authorization header works (its answer is shown above); give the connected app the "api" scope; keep :cache_max_age shorter than the org\'s session timeout (a token cached longer than the session lasts is refused).',
  },
  STRING_TOO_LONG: {
    what: (e) => `a value is longer than the field allows${fieldList(e)}`,
    fix: () => 'Shorten the value in Liquid, e.g. {{${first_name} | truncate: 40, \'\'}} (FirstName 40, LastName 80, Company 255, Email 80, Title 128, City 40, PostalCode 20).',
  },
  INVALID_EMAIL_ADDRESS: {
    what: (e) => `the email address is not valid${fieldList(e)}`,
    fix: () => 'Send the email only when it is set and well formed, or leave the field out; check the test user\'s email.',
  },
  INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: {
    what: (e) => `a picklist value is not one of the field's allowed values${fieldList(e)}`,
    fix: () => 'Use one of the picklist\'s API values exactly (letter case counts), as listed in Setup > Object Manager > Lead > the field > Values.',
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
    fix: () => 'Update the existing Lead instead (PATCH .../Lead/<id>), or add the header "Sforce-Duplicate-Rule-Header: allowSave=true" if the rule allows saving anyway.',
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

/** Explains one HTTP answer of Salesforce (REST or token endpoint). */
export function explainAnswer(status: number, bodyText: string, context: ExplainContext = {}): Explanation {
  const json = parseJson(bodyText);
  const method = context.method?.toUpperCase();

  if (status === 201) {
    const id = isObject(json) && typeof json.id === 'string' ? json.id : undefined;
    return ok(id ? `Lead created: ${id}` : 'Created (201)');
  }
  if (status === 204) return ok(method === 'PATCH' ? 'Lead updated' : method === 'DELETE' ? 'Lead deleted' : 'Done (204 No Content)');
  if (status >= 200 && status < 300) {
    if (context.tokenCall && isObject(json) && typeof json.access_token === 'string') return ok('Token received', ['Salesforce\'s token answer has no expires_in: a cached token is kept for :cache_max_age at most.']);
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
  if (Array.isArray(json) && json.every(isObject) && json.length > 0) {
    const errors = json as SfError[];
    for (const e of errors) {
      const code = e.errorCode ?? 'UNKNOWN';
      if (!x.codes.includes(code)) x.codes.push(code);
      const rule = REST[code];
      x.details.push(`${code}: ${rule ? rule.what(e) : 'Salesforce refused the request'}${e.message ? ` — "${e.message}"` : ''}`);
      const fix = rule?.fix(e);
      if (fix && !x.fixes.includes(fix)) x.fixes.push(fix);
    }
    const first = errors[0];
    const rule = REST[first.errorCode ?? ''];
    x.summary = `${status} ${first.errorCode ?? 'error'}: ${rule ? rule.what(first) : (first.message ?? 'Salesforce refused the request')}`;
    if (first.errorCode === 'INVALID_SESSION_ID' && context.authorization !== undefined && /^\s*(Bearer)?\s*$/i.test(context.authorization)) {
      x.details.unshift('The Authorization header was sent with no token at all: the token call in that header failed or saved nothing (see the Connected Content calls).');
    }
    x.details.push(brazeView(status));
    return x;
  }

  if (status === 401) {
    x.codes.push('INVALID_SESSION_ID');
    x.summary = '401: the access token was refused';
    x.fixes.push(REST.INVALID_SESSION_ID.fix({}));
    return x;
  }
  if (status === 300) {
    x.summary = '300: the external id matches several records';
    x.fixes.push('Use the record id, or make the external id field unique.');
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
    x.fixes.push(REST.NOT_FOUND.fix({}));
    return x;
  }
  x.summary = `${status}: ${status >= 500 ? 'Salesforce had an error' : 'the request was refused'}`;
  if (bodyText.trim()) x.details.push(`Answer: ${bodyText.trim().slice(0, 300)}`);
  x.details.push(brazeView(status));
  return x;
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
      return explainAnswer(result.status, result.bodyText, { method: result.request.method, url: result.request.url, authorization, ...context });
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

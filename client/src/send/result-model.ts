/**
 * The model of the result view, built from a `WebhookRun`: status, time, the request as sent
 * (method, URL, headers, body), each Connected Content call, the answer's headers and body (JSON
 * pretty printed), Salesforce's answer in plain words with the fix, the new Lead's id.
 *
 * Every string of the model goes through `maskText` with the run's secrets (and the values of
 * secret headers are masked whatever they hold), so the model, the HTML made from it, the log
 * lines and the history made from it hold no secret. Pure: no vscode.
 */
import { randomUUID } from 'node:crypto';
import { maskHeaderValue, maskText, readUrl, SecretSet } from '../../../server/src/core';
import { bodyJsonProblem, type ConnectedContentCall, type Explanation, type WebhookRun } from '../../../server/src/send';
import { l10n } from '../l10n';
import { credentialProblem, credentialTitle, type CredentialProblem } from './credential-hint';

export interface ResultMeta {
  /** The result's id (the history's key); a new one when absent. */
  id?: string;
  /** The template's file name. */
  file: string;
  /** The test user's label (external id, braze id, email...). */
  user: string;
  /** Where the test user came from (file name, "sample user"). */
  userSource?: string;
  dryRun: boolean;
  /** When the send started. */
  startedAt: Date;
  /** The instance URL override in force, if any. */
  instanceUrlOverride?: string;
  /** The placeholder names of each field of the template (credential-hint.ts `fieldPlaceholders`). */
  fieldPlaceholders?: Readonly<Record<string, readonly string[]>>;
  /** Those whose value came from VS Code's secret storage (not given to the command). */
  storedPlaceholders?: readonly string[];
}

export interface ModelHeader {
  name: string;
  value: string;
}

export interface ModelExplanation {
  ok: boolean;
  summary: string;
  details: string[];
  fixes: string[];
  codes: string[];
}

export interface ModelCall {
  field: string;
  method: string;
  url: string;
  status?: number;
  outcome: ConnectedContentCall['outcome'];
  fromCache: boolean;
  durationMs: number;
  savedAs?: string;
  requestBody?: string;
  answer?: string;
  notes: string[];
  explanation: ModelExplanation;
}

export type ResultOutcome = 'answer' | 'timeout' | 'cancelled' | 'network-error' | 'refused' | 'rendered' | 'not-rendered';

export interface ResultModel {
  id: string;
  kind: 'send' | 'preview';
  outcome: ResultOutcome;
  /** True for a 2xx answer, or a preview that rendered. */
  ok: boolean;
  /** One line: "201 Created: Lead created: 00Q...", "Not rendered: ...". */
  title: string;
  file: string;
  templateName?: string;
  user: string;
  userSource?: string;
  startedAt: string;
  status?: number;
  statusText?: string;
  durationMs?: number;
  /** The record a 201 created: its object ("record" when the URL does not say) and id. */
  created?: { object: string; id: string };
  instanceUrlOverride?: string;
  explanation?: ModelExplanation;
  /** The refused token call's probable cause, when it is one of the credentials. */
  credential?: CredentialProblem;
  /** The request as sent (or, for a preview, as it would be sent). */
  request?: { method: string; url: string; renderedUrl?: string; headers: ModelHeader[]; body?: string; sent: boolean };
  response?: { headers: ModelHeader[]; body: string; json: boolean; redirectLocation?: string; truncated: boolean };
  renderFailure?: { kind: string; field?: string; message: string; missingPlaceholders: string[] };
  calls: ModelCall[];
  /** Each host the run called or would call, once, as fetch reaches it (the Connected Content calls', then the webhook's). */
  hosts: string[];
  notes: string[];
  /** What will go wrong that the answer may not say: a rendered body that is not JSON. */
  warnings: string[];
  droppedFromCache: number;
}

/** Bodies longer than this are cut in the view (the log never holds bodies at info level). */
export const MAX_SHOWN_BODY = 256 * 1024;

export function buildResultModel(run: WebhookRun, meta: ResultMeta): ResultModel {
  const r = run.rendered;
  const model: ResultModel = {
    id: meta.id ?? randomUUID(),
    kind: meta.dryRun ? 'preview' : 'send',
    outcome: 'not-rendered',
    ok: false,
    title: '',
    file: meta.file,
    templateName: r.ok ? r.name : undefined,
    user: meta.user,
    userSource: meta.userSource,
    startedAt: meta.startedAt.toISOString(),
    instanceUrlOverride: meta.instanceUrlOverride,
    calls: r.calls.map((c, i) => callModel(c, run.callExplanations[i])),
    hosts: hostsOf([...r.calls.map((c) => c.url), ...(r.ok ? [r.url] : [])]),
    notes: [...r.notes],
    warnings: [],
    droppedFromCache: run.droppedFromCache,
  };
  const credential = credentialProblem(r.calls, meta.fieldPlaceholders ?? {});
  if (credential) model.credential = credential;
  if (!r.ok) {
    model.renderFailure = { kind: r.kind, field: r.field, message: r.message, missingPlaceholders: r.missingPlaceholders ?? [] };
    model.title = r.kind === 'cancelled' ? l10n.t('Cancelled while rendering') : l10n.t('Not rendered: {0}', r.message);
    model.outcome = r.kind === 'cancelled' ? 'cancelled' : 'not-rendered';
    return maskModel(model, run.secrets);
  }
  model.request = {
    method: r.method,
    url: r.url,
    renderedUrl: r.renderedUrl !== r.url ? r.renderedUrl : undefined,
    headers: r.headers.map((h) => ({ ...h })),
    body: r.body,
    sent: false,
  };
  const notJson = bodyJsonProblem(r.body, r.headers);
  if (notJson) model.warnings.push(notJson);
  const stored = credential?.placeholder !== undefined && (meta.storedPlaceholders ?? []).includes(credential.placeholder.slice(1, -1));
  const result = run.result;
  if (!result) {
    model.outcome = 'rendered';
    model.ok = true;
    model.title = l10n.t('Preview: {0} (not sent)', `${r.method} ${r.url}`);
    if (credential) model.title = credentialTitle(credential, stored, l10n.t('The webhook would be sent without a token.'));
    return maskModel(model, run.secrets);
  }
  // What was actually sent: the User-Agent added, a GET's body dropped.
  model.request.headers = Object.entries(result.request.headers).map(([name, value]) => ({ name, value }));
  model.request.body = result.request.body;
  model.request.sent = result.kind !== 'refused';
  model.outcome = result.kind;
  model.durationMs = result.durationMs;
  model.notes.push(...result.notes);
  if (run.explanation) model.explanation = explanationModel(run.explanation);
  if (result.kind === 'answer') {
    model.status = result.status;
    model.statusText = result.statusText;
    // A collection's 200 with failed records is delivered for Braze but not a success.
    model.ok = result.status >= 200 && result.status < 300 && !run.explanation?.partialFailure;
    const body = prettyBody(result.bodyText);
    model.response = { headers: Object.entries(result.headers).map(([name, value]) => ({ name, value })), ...body, redirectLocation: result.redirectLocation };
    if (run.explanation?.created) model.created = { ...run.explanation.created };
    // "201 Created: Lead created: 00Q...", but "400 REQUIRED_FIELD_MISSING: ..." (the summary starts with the status).
    const summary = run.explanation?.summary ?? '';
    const status = `${result.status}${result.statusText ? ` ${result.statusText}` : ''}`;
    model.title = summary.startsWith(String(result.status)) ? summary : summary ? `${status}: ${summary}` : status;
  } else {
    model.title = run.explanation?.summary ?? result.kind;
  }
  if (credential) model.title = credentialTitle(credential, stored, l10n.t('Then the webhook: {0}.', model.title));
  if (run.droppedFromCache > 0) model.notes.push(run.droppedFromCache === 1 ? l10n.t('the cached token was dropped (1 cached answer): the next send fetches a new one') : l10n.t('the cached token was dropped ({0} cached answers): the next send fetches a new one', run.droppedFromCache));
  return maskModel(model, run.secrets);
}


function hostsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map((u) => readUrl(u)?.authority ?? u))];
}

function callModel(c: ConnectedContentCall, x: Explanation | undefined): ModelCall {
  return {
    field: c.field,
    method: c.method,
    url: c.url,
    status: c.status,
    outcome: c.outcome,
    fromCache: c.fromCache,
    durationMs: c.durationMs,
    savedAs: c.savedAs,
    requestBody: c.requestBody,
    answer: c.responseText !== undefined ? prettyBody(c.responseText).body : undefined,
    notes: [...c.notes],
    explanation: explanationModel(x ?? { ok: false, summary: l10n.t('No answer'), details: [], fixes: [], codes: [] }),
  };
}

function explanationModel(x: Explanation): ModelExplanation {
  return { ok: x.ok, summary: x.summary, details: x.details.filter(Boolean), fixes: [...x.fixes], codes: [...x.codes] };
}

/** A JSON body pretty printed (2 spaces); other text as it came. Cut at `MAX_SHOWN_BODY`. */
export function prettyBody(text: string): { body: string; json: boolean; truncated: boolean } {
  let body = text;
  let json = false;
  if (/^\s*[[{]/.test(text)) {
    try {
      body = JSON.stringify(JSON.parse(text) as unknown, null, 2);
      json = true;
    } catch {
      body = text;
    }
  }
  const truncated = body.length > MAX_SHOWN_BODY;
  return { body: truncated ? `${body.slice(0, MAX_SHOWN_BODY)}\n…` : body, json, truncated };
}

/** Masks every string of the model with the run's secrets and the secret-looking patterns. */
export function maskModel<T>(model: T, secrets: SecretSet | Iterable<string>): T {
  const set = secrets instanceof SecretSet ? secrets : new SecretSet(secrets);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskText(v, set);
    if (Array.isArray(v)) return v.map(walk);
    if (isObject(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      // A { name, value } pair is a header: a secret header's value is masked whatever it holds.
      if (isHeader(out)) out.value = maskHeaderValue(out.name, out.value);
      return out;
    }
    return v;
  };
  return walk(model) as T;
}

function isHeader(v: Record<string, unknown>): v is { name: string; value: string } {
  return Object.keys(v).length === 2 && typeof v.name === 'string' && typeof v.value === 'string';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The send engine: render a `.webhook` like Braze (render.ts), send it (send.ts), explain
 * Salesforce's answer (explain.ts), and collect the secrets met, which every output masks with
 * the core's rule (`maskText`). Pure Node: the VS Code client and the `braze-webhook-send` CLI
 * both use it. The rules it shares with other parts (masking, placeholders, URLs, the instance
 * override) are the core's, and are imported from there.
 *
 * A session (a VS Code window, a CLI run) keeps one `ConnectedContentCache` and passes it in each
 * `RenderContext`; `runWebhook` drops the cached answers of the hosts involved when Salesforce
 * answers 401, so a token that expired before its `:cache_max_age` is fetched again next time.
 */
import { SecretSet, secretsInJson, t } from '../core';
import { renderWebhook } from './render';
import { sendWebhook, type SendOptions, type SendResult } from './send';
import { explainCall, explainSendResult, type Explanation } from './explain';
import type { RenderContext, RenderedRequest, RenderFailure } from './types';
import type { WebhookDocument } from '../syntax';

export * from './types';
export { ConnectedContentCache, type CachedAnswer, type ConnectedContentCacheOptions } from './cache';
export { plannedCalls, type PlannedCall } from './destinations';
export { renderWebhook, placeholdersOf } from './render';
export { bodyJsonProblem } from './body-json';
export { fieldName, inField } from './field-place';
export { sendWebhook, DEFAULT_SEND_TIMEOUT_MS, type SendOptions, type SendResult, type SentRequest } from './send';
export { explainAnswer, explainSendResult, explainCall, type Explanation, type ExplainContext } from './explain';
export { loadTestUsers, buildScope, userLabel, SAMPLE_TEST_USER, TestUserSchema, MessageContextSchema, type TestUser, type MessageContext, type LoadedUsers } from './test-users';
export { brazeFilters, ZonedTime } from './filters';
export { DEFAULT_CONNECTED_CONTENT_TIMEOUT_MS } from './connected-content';

export interface WebhookRun {
  rendered: RenderedRequest | RenderFailure;
  /** Absent on a render failure or a dry run. */
  result?: SendResult;
  /** Of the answer; absent on a render failure or a dry run. */
  explanation?: Explanation;
  /** One per Connected Content call, in order. */
  callExplanations: Explanation[];
  /** Cached answers dropped because Salesforce answered 401. */
  droppedFromCache: number;
  /** Every secret met (placeholder values, tokens): mask output with it. */
  secrets: SecretSet;
}

/** Renders, then (unless `dryRun`) sends and explains; drops cached tokens on a 401. */
export async function runWebhook(doc: WebhookDocument, context: RenderContext, options: SendOptions & { dryRun?: boolean } = {}): Promise<WebhookRun> {
  const rendered = await renderWebhook(doc, context);
  if (rendered.ok && rendered.overridden) {
    const [to, from] = [new URL(rendered.url).origin, new URL(rendered.renderedUrl).origin];
    rendered.notes.push(options.dryRun ? t('webhook would be sent to {0} (instance override) instead of {1}', to, from) : t('webhook sent to {0} (instance override) instead of {1}', to, from));
  }
  const secrets = new SecretSet(rendered.secrets);
  const callExplanations = rendered.calls.map(explainCall);
  if (!rendered.ok || options.dryRun) return { rendered, callExplanations, droppedFromCache: 0, secrets };
  const result = await sendWebhook(rendered, { allowHttpHosts: context.allowHttpHosts, signal: context.signal, fetch: context.fetch, ...options });
  let droppedFromCache = 0;
  if (result.kind === 'answer' && result.status === 401 && context.cache) {
    droppedFromCache += context.cache.dropOnUnauthorized(result.request.url);
    for (const c of rendered.calls) droppedFromCache += context.cache.dropOnUnauthorized(c.url);
  }
  if (result.kind === 'answer') secrets.addAll(secretsInJson(result.json));
  return { rendered, result, explanation: explainSendResult(result), callExplanations, droppedFromCache, secrets };
}

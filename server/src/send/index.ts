/**
 * The send engine: render a `.webhook` like Braze (render.ts), send it (send.ts), explain
 * Salesforce's answer (explain.ts), mask secrets in whatever is shown (mask.ts). Pure Node: the
 * VS Code client and the `braze-webhook-send` CLI both use it.
 *
 * A session (a VS Code window, a CLI run) keeps one `ConnectedContentCache` and passes it in each
 * `RenderContext`; `runWebhook` drops the cached answers of the hosts involved when Salesforce
 * answers 401, so a token that expired before its `:cache_max_age` is fetched again next time.
 */
import { SecretSet } from '../core';
import { renderWebhook } from './render';
import { sendWebhook, type SendOptions, type SendResult } from './send';
import { explainCall, explainSendResult, type Explanation } from './explain';
import type { RenderContext, RenderedRequest, RenderFailure } from './types';
import type { WebhookDocument } from '../syntax';

export * from './types';
export { ConnectedContentCache, MAX_CACHED_BODY_BYTES, type CachedAnswer, type ConnectedContentCacheOptions } from './cache';
export { renderWebhook, placeholdersOf } from './render';
export { sendWebhook, DEFAULT_SEND_TIMEOUT_MS, type SendOptions, type SendResult, type SentRequest } from './send';
export { explainAnswer, explainSendResult, explainCall, type Explanation, type ExplainContext } from './explain';
export { SecretSet, maskText, maskSecretPatterns, MASK, isSecretHeader, secretPartOfHeader } from '../core';
export { loadTestUsers, buildScope, userLabel, SAMPLE_TEST_USER, TestUserSchema, MessageContextSchema, type TestUser, type MessageContext, type LoadedUsers } from './test-users';
export { fillPlaceholders, findPlaceholders, placeholderEnvName, placeholdersFromEnv, isSecretPlaceholder, placeholderName, ENV_PREFIX } from '../core';
export { applyInstanceOverride, isLoopbackHost, transportProblem } from '../core';
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
  const secrets = new SecretSet(rendered.secrets);
  const callExplanations = rendered.calls.map(explainCall);
  if (!rendered.ok || options.dryRun) return { rendered, callExplanations, droppedFromCache: 0, secrets };
  const result = await sendWebhook(rendered, { allowHttpHosts: context.allowHttpHosts, signal: context.signal, fetch: context.fetch, ...options });
  let droppedFromCache = 0;
  if (result.kind === 'answer' && result.status === 401 && context.cache) {
    droppedFromCache += context.cache.dropOnUnauthorized(result.request.url);
    for (const c of rendered.calls) droppedFromCache += context.cache.dropOnUnauthorized(c.url);
  }
  if (result.kind === 'answer') secrets.add(tokenIn(result.bodyText));
  return { rendered, result, explanation: explainSendResult(result), callExplanations, droppedFromCache, secrets };
}

function tokenIn(text: string): string | undefined {
  const m = /"access_token"\s*:\s*"([^"]+)"/.exec(text);
  return m?.[1];
}

/**
 * Sends a rendered webhook request and measures it.
 * - plain `http` only to loopback hosts (127.0.0.1, localhost, ::1) or hosts `allowHttpHosts`
 *   accepts; anything else must be `https` (a refusal is a result, nothing is sent);
 * - redirects are not followed (Braze counts a 30x as not received and does not retry): a 3xx is
 *   returned as the answer, with its Location and a note;
 * - a timeout (default 30 s) and a cancel (the caller's AbortSignal) give distinct results;
 * - a GET or DELETE carries no body (fetch cannot send one): the body is dropped with a note;
 * - the answer is read within `WEBHOOK_ANSWER_MAX_BYTES` (body.ts), before and after
 *   decompression, and within the time limit: a body cut there is said so in a note.
 */
import type { FetchLike, RenderedRequest } from './types';
import { t, transportProblem } from '../core';
import { megabytes, readBody, WEBHOOK_ANSWER_MAX_BYTES } from './body';
import { deadline, errorText } from './deadline';

export const DEFAULT_SEND_TIMEOUT_MS = 30_000;
const USER_AGENT = 'Braze Sender (braze-webhook-send)';

export interface SendOptions {
  /** Time limit for the whole exchange, ms (default 30000). */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetch?: FetchLike;
  allowHttpHosts?: (host: string) => boolean;
}

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export type SendResult =
  | {
      kind: 'answer';
      request: SentRequest;
      status: number;
      statusText: string;
      headers: Record<string, string>;
      bodyText: string;
      /** The body parsed as JSON, when it is JSON. */
      json?: unknown;
      durationMs: number;
      /** For a 3xx: where it pointed (not followed). */
      redirectLocation?: string;
      notes: string[];
    }
  | { kind: 'timeout'; request: SentRequest; timeoutMs: number; durationMs: number; notes: string[] }
  | { kind: 'cancelled'; request: SentRequest; durationMs: number; notes: string[] }
  | { kind: 'network-error'; request: SentRequest; message: string; durationMs: number; notes: string[] }
  | { kind: 'refused'; request: SentRequest; message: string; durationMs: 0; notes: string[] };

export async function sendWebhook(rendered: RenderedRequest, options: SendOptions = {}): Promise<SendResult> {
  const notes: string[] = [];
  const headers: Record<string, string> = {};
  for (const h of rendered.headers) headers[h.name] = h.value;
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'user-agent')) headers['User-Agent'] = USER_AGENT;
  let body = rendered.body;
  if (body !== undefined && (rendered.method === 'GET' || rendered.method === 'DELETE')) {
    notes.push(t('the body was not sent: a {0} request carries none', rendered.method));
    body = undefined;
  }
  const request: SentRequest = { method: rendered.method, url: rendered.url, headers, body };

  const problem = transportProblem(rendered.url, options.allowHttpHosts);
  if (problem) return { kind: 'refused', request, message: problem, durationMs: 0, notes };

  const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  const limit = deadline(timeoutMs, options.signal);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const res = await (options.fetch ?? fetch)(rendered.url, { method: rendered.method, headers, body, redirect: 'manual', signal: limit.signal });
    const read = await readBody(res, WEBHOOK_ANSWER_MAX_BYTES, limit.signal);
    const bodyText = read.tooLarge ? '' : read.text;
    if (read.tooLarge) notes.push(t("the answer's body is over {0} ({1}): it is not shown", megabytes(WEBHOOK_ANSWER_MAX_BYTES), read.why));
    const durationMs = elapsed();
    const resHeaders: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      resHeaders[k] = v;
    });
    let json: unknown;
    if (bodyText.trim() !== '') {
      try {
        json = JSON.parse(bodyText) as unknown;
      } catch {
        json = undefined;
      }
    }
    const result: SendResult = { kind: 'answer', request, status: res.status, statusText: res.statusText, headers: resHeaders, bodyText, json, durationMs, notes };
    if (res.status >= 300 && res.status < 400) {
      result.redirectLocation = res.headers.get('location') ?? undefined;
      notes.push(
        result.redirectLocation
          ? t('redirect not followed (Location: {0}): Braze does not follow it either and counts the webhook as not received', result.redirectLocation)
          : t('redirect not followed: Braze does not follow it either and counts the webhook as not received'),
      );
    }
    return result;
  } catch (e) {
    const durationMs = elapsed();
    if (options.signal?.aborted && !limit.timedOut()) return { kind: 'cancelled', request, durationMs, notes };
    if (limit.timedOut()) return { kind: 'timeout', request, timeoutMs, durationMs, notes };
    return { kind: 'network-error', request, message: errorText(e), durationMs, notes };
  } finally {
    limit.dispose();
  }
}

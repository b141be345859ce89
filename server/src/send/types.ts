import type { ConnectedContentCache } from './cache';
import type { MessageContext, TestUser } from './test-users';

export type FetchLike = typeof fetch;

export interface BasicAuthCredential {
  username: string;
  password: string;
}

/** What a render needs besides the template. */
export interface RenderContext {
  /** The test user (a Braze user export object). */
  user: TestUser;
  /** Message context (event_properties, canvas_entry_properties/context, api_trigger_properties, campaign, canvas), merged over the user's own. */
  message?: MessageContext;
  /** Values of `[insert_...]` placeholders, keyed by name without brackets: `{ insert_client_secret: '...' }`. */
  placeholders?: Readonly<Record<string, string>>;
  /** Placeholder names whose values are secret besides those named like secrets (see placeholders.ts). */
  secretPlaceholders?: readonly string[];
  /** Credentials for `:basic_auth <name>` (Braze keeps them in Settings > Connected Content). */
  basicAuth?: Readonly<Record<string, BasicAuthCredential>>;
  /** Header sets for `:auth_credentials <name>`. */
  authCredentials?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The session's Connected Content cache; without one, nothing is cached. */
  cache?: ConnectedContentCache;
  /** HTTP client for Connected Content calls (default: global fetch). */
  fetch?: FetchLike;
  /** Connected Content time limit, ms (default 2000, as Braze). */
  connectedContentTimeoutMs?: number;
  /** Sends every Salesforce host to this origin (the local stand-in), or refuses the run (core `applyInstanceOverride`). */
  instanceUrlOverride?: string;
  /** Hosts to which plain http is allowed besides loopback. */
  allowHttpHosts?: (host: string) => boolean;
  /** Cancels the render (its Connected Content calls). */
  signal?: AbortSignal;
}

export type FieldLabel = string;

/** One Connected Content call made (or served from the cache) during a render. */
export interface ConnectedContentCall {
  /** Which field held the tag: `URL`, `header Authorization`, `body`. */
  field: FieldLabel;
  method: 'GET' | 'POST';
  /** The URL called (after the instance override). */
  url: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  fromCache: boolean;
  /** HTTP status, when an answer came. */
  status?: number;
  durationMs: number;
  /** The answer text (first 64 KB); absent when none came or it was over the 1 MB cap. */
  responseText?: string;
  outcome: 'saved' | 'inserted' | 'empty-404' | 'redirect' | 'timeout' | 'network-error' | 'http-error' | 'too-large' | 'refused';
  /** The variable the JSON answer was saved in. */
  savedAs?: string;
  notes: string[];
}

export interface RenderedHeader {
  name: string;
  value: string;
}

export interface RenderedRequest {
  ok: true;
  name?: string;
  method: string;
  /** Where the request goes (after the instance override). */
  url: string;
  /** The URL as rendered from the template (before the instance override). */
  renderedUrl: string;
  /** True when the instance override sent `url` elsewhere than `renderedUrl`. */
  overridden?: boolean;
  headers: RenderedHeader[];
  body?: string;
  calls: ConnectedContentCall[];
  /** Secret strings met while rendering (placeholder values marked secret, tokens): mask them in any output. */
  secrets: string[];
  notes: string[];
}

export interface RenderFailure {
  ok: false;
  /** `limit`: a render bound of limits.ts was reached; `refused`: a URL's host is hidden behind another, or the instance override cannot contain it (nothing was sent). */
  kind: 'document' | 'placeholder' | 'aborted' | 'liquid' | 'connected-content' | 'invalid-url' | 'cancelled' | 'limit' | 'refused';
  /** The field being rendered, when the failure belongs to one. */
  field?: FieldLabel;
  message: string;
  /** For `placeholder`: the placeholders without a value, as written. */
  missingPlaceholders?: string[];
  /** For `aborted`: the reason given to abort_message, if any. */
  abortReason?: string;
  calls: ConnectedContentCall[];
  secrets: string[];
  notes: string[];
}

/**
 * `POST /services/oauth2/token` — Salesforce's OAuth 2.0 client-credentials flow, and the store of
 * issued access tokens.
 *
 * Sources (Salesforce Help, "OAuth 2.0 Client Credentials Flow" and "OAuth 2.0 flow errors"):
 * - Request: `grant_type=client_credentials&client_id=...&client_secret=...`, form encoded, POSTed to
 *   the org's My Domain host (Braze's recipe in braze-inc/braze-docs
 *   `_docs/_user_guide/get_started/b2b_use_cases/b2b_salesforce_sales_cloud.md`).
 * - Success body `access_token, signature, scope, instance_url, id, token_type: "Bearer", issued_at`
 *   and NO `expires_in` (help.salesforce.com sample `service.conversation_transcript_api_sample1.htm`;
 *   jsforce's `TokenResponse` type, jsforce.github.io/jsforce/types/oauth2.TokenResponse.html:
 *   `id` is "https://login.salesforce.com/id/orgID/userID"). `issued_at` is milliseconds since the
 *   epoch as a string; `signature` is the Base64 HMAC-SHA256 of `id + issued_at` keyed with the
 *   client secret (Salesforce's OAuth token response description).
 * - Errors: HTTP 400, JSON object `{"error","error_description"}` (help.salesforce.com
 *   `remoteaccess_oauth_flow_errors.htm`). Descriptions seen across public code and docs:
 *   `invalid_client_id`/"client identifier invalid" (bad consumer key), `invalid_client`/"invalid
 *   client credentials" (bad secret), `invalid_grant`/"request not supported on this domain"
 *   (client-credentials request sent to login.salesforce.com / test.salesforce.com or the setup
 *   domain *.salesforce-setup.com).
 * - `unsupported_grant_type`/"grant type not supported", also the answer when the request is not
 *   form encoded (the Content-Type is missing or is JSON): developer forums
 *   (dfc-org-production.my.site.com/forums/ForumsMain?id=906F00000008nFOIAY;
 *   stackoverflow.com/questions/10890467) — the fix there was the
 *   `application/x-www-form-urlencoded` Content-Type.
 *
 * Assumed: client authentication by HTTP Basic (RFC 6749 §2.3.1) is accepted like the form fields;
 * query-string parameters are read too (Salesforce's examples often put them there); the order of
 * the checks (grant type, then host, then client id, then secret); a GET answers 400
 * `invalid_request`/"must use HTTP POST"; tokens are opaque random strings in Salesforce's
 * `<orgId>!<random>` look, and their lifetime (Salesforce follows the session timeout, "typically
 * 2 hours", third-party) is unlimited unless the control sets one.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { ORG_ID, USER_ID } from './ids';
import { headerValue, type StandinRequest, type StandinResponse } from './http-types';

export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

export const DEMO_CLIENT: ClientCredentials = { clientId: 'demo-client-id', clientSecret: 'demo-client-secret' };

/** Hosts that refuse the client-credentials flow (Salesforce Help, remoteaccess_oauth_flow_errors.htm; public setup guides). */
const GENERIC_LOGIN_HOSTS = new Set(['login.salesforce.com', 'test.salesforce.com']);

export function isGenericLoginHost(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return GENERIC_LOGIN_HOSTS.has(host) || host.endsWith('.salesforce-setup.com');
}

interface IssuedToken {
  readonly clientId: string;
  readonly issuedAt: number;
}

/** At most this many live tokens are kept; the oldest are forgotten first. */
const MAX_TOKENS = 10_000;

export type TokenCheck = 'valid' | 'unknown' | 'expired';

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();
  private lifetimeMs: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  issue(clientId: string): { token: string; issuedAt: number } {
    const token = `${ORG_ID.slice(0, 15)}!${randomBytes(48).toString('base64url')}`;
    const issuedAt = this.now();
    this.tokens.set(token, { clientId, issuedAt });
    while (this.tokens.size > MAX_TOKENS) {
      const oldest = this.tokens.keys().next().value;
      if (oldest === undefined) break;
      this.tokens.delete(oldest);
    }
    return { token, issuedAt };
  }

  check(token: string): TokenCheck {
    const t = this.tokens.get(token);
    if (!t) return 'unknown';
    if (this.lifetimeMs !== null && this.now() - t.issuedAt >= this.lifetimeMs) return 'expired';
    return 'valid';
  }

  /** Every token issued so far becomes invalid. */
  expireAll(): void {
    this.tokens.clear();
  }

  /** Tokens older than this are refused (null: no limit). */
  setLifetime(ms: number | null): void {
    this.lifetimeMs = ms;
  }

  get lifetime(): number | null {
    return this.lifetimeMs;
  }

  /** The raw token strings, for masking them out of the request log. */
  liveTokens(): IterableIterator<string> {
    return this.tokens.keys();
  }

  get size(): number {
    return this.tokens.size;
  }
}

function oauthError(error: string, description: string): StandinResponse {
  return { status: 400, body: { error, error_description: description } };
}

function basicCredentials(authorization: string | undefined): ClientCredentials | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=._-]+)\s*$/i.exec(authorization ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const dec = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  return { clientId: dec(decoded.slice(0, colon)), clientSecret: dec(decoded.slice(colon + 1)) };
}

export interface TokenContext {
  readonly clients: readonly ClientCredentials[];
  readonly tokens: TokenStore;
  /** The stand-in's own base URL, answered as `instance_url`. */
  readonly instanceUrl: string;
}

export function handleToken(req: StandinRequest, ctx: TokenContext): StandinResponse {
  if (req.method !== 'POST') return oauthError('invalid_request', 'must use HTTP POST');

  const params = new URLSearchParams(req.url.search);
  const contentType = (headerValue(req.headers, 'content-type') ?? '').toLowerCase();
  if (contentType.split(';')[0].trim() === 'application/x-www-form-urlencoded') {
    for (const [k, v] of new URLSearchParams(req.body)) params.set(k, v);
  }

  if (params.get('grant_type') !== 'client_credentials') {
    return oauthError('unsupported_grant_type', 'grant type not supported');
  }
  if (isGenericLoginHost(headerValue(req.headers, 'host'))) {
    return oauthError('invalid_grant', 'request not supported on this domain');
  }

  const basic = basicCredentials(headerValue(req.headers, 'authorization'));
  const clientId = params.get('client_id') ?? basic?.clientId ?? '';
  const clientSecret = params.get('client_secret') ?? basic?.clientSecret ?? '';

  const client = ctx.clients.find((c) => c.clientId === clientId);
  if (!client) return oauthError('invalid_client_id', 'client identifier invalid');
  if (client.clientSecret !== clientSecret) return oauthError('invalid_client', 'invalid client credentials');

  const { token, issuedAt } = ctx.tokens.issue(client.clientId);
  const id = `${ctx.instanceUrl}/id/${ORG_ID}/${USER_ID}`;
  const issued = String(issuedAt);
  const signature = createHmac('sha256', client.clientSecret).update(id + issued).digest('base64');
  return {
    status: 200,
    body: {
      access_token: token,
      signature,
      scope: 'api',
      instance_url: ctx.instanceUrl,
      id,
      token_type: 'Bearer',
      issued_at: issued,
    },
  };
}

/** The token of an `Authorization: Bearer <token>` (or legacy `OAuth <token>`) header. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const m = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m ? m[1] : undefined;
}

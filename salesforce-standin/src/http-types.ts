/**
 * Request/answer types shared by the stand-in's handlers, and Salesforce's REST error shape.
 *
 * Sources:
 * - REST errors are a JSON array of `{ "message", "errorCode", "fields"? }`: Salesforce REST API
 *   Developer Guide, "Create a Record" (developer.salesforce.com/docs/atlas.en-us.api_rest.meta/
 *   api_rest/dome_sobject_create.htm) and "Status Codes and Error Responses" (errorcodes.htm).
 * - `Content-Type: application/json;charset=UTF-8` on REST answers: a captured Salesforce exchange in
 *   omniphx/forrest README.md (section "Debug").
 * - 404 `[{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}]` (errorcodes.htm;
 *   captured answers); 405 METHOD_NOT_ALLOWED "HTTP Method 'POST' not allowed. Allowed are
 *   HEAD,GET,PATCH,DELETE" (wording captured from Salesforce: "HTTP Method 'PATCH' not allowed.
 *   Allowed are GET,HEAD,POST", "... Allowed are HEAD,GET").
 *
 * Assumed: the `Allow` header of a 405 lists the same methods; HEAD is read like GET.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface StandinRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface StandinResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON when not undefined; undefined means no body (e.g. 204). */
  readonly body?: unknown;
}

export interface SfError {
  readonly message: string;
  readonly errorCode: string;
  readonly fields?: readonly string[];
}

export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

export function sfError(errorCode: string, message: string, fields?: readonly string[]): SfError {
  return fields === undefined ? { message, errorCode } : { message, errorCode, fields };
}

/** An answer whose body is Salesforce's error array. */
export function sfErrorResponse(status: number, ...errors: SfError[]): StandinResponse {
  return { status, body: errors };
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v.join(', ') : v;
}

export function notFound(): StandinResponse {
  return sfErrorResponse(404, sfError('NOT_FOUND', 'The requested resource does not exist'));
}

export function methodNotAllowed(method: string, allowed: string): StandinResponse {
  return {
    status: 405,
    headers: { Allow: allowed.replace(/,/g, ', ') },
    body: [sfError('METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are ${allowed}`)],
  };
}

export function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/**
 * The org's API request allocation: the calls counted since start (or a reset), the allocation, the
 * `Sforce-Limit-Info` header and the refusal once it is used up.
 *
 * Sources:
 * - "This response header is returned in each request to REST API (except for calls to the
 *   Versions URI, /, which do not count towards your org's limit)"; `Sforce-Limit-Info:
 *   api-usage=18/5000`, "The first number is the number of API calls used, and the second number is
 *   the API limit for the organization" (REST API Developer Guide, "Limit Info Header",
 *   developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_api_usage.htm).
 * - A Developer Edition org gets 15,000 requests per 24 hours ("For a Developer Edition org that
 *   made 14,500 calls at 5:00 AM Wednesday, 499 calls at 11:00 PM Wednesday, only one more call can
 *   successfully be made until 5:00 AM Thursday": Salesforce Developer Limits and Allocations Quick
 *   Reference, "API Request Limits and Allocations", salesforce-app-limits-platform-api); a
 *   captured exchange shows `api-usage=264/15000` (omniphx/forrest README.md, "Debug").
 * - Once used up: 403 `[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]`
 *   (errorcodes.htm: 403 REQUEST_LIMIT_EXCEEDED; the message captured in public clients' tests).
 *
 * Assumed: the count never rolls over (no 24-hour window); every authenticated data request counts
 * one, whatever its answer, a collection request too ("The entire request counts as a single
 * call"); a refused request does not count; the 403 answer carries the header as well.
 */
import { sfError, sfErrorResponse, type StandinResponse } from './http-types';

const DEVELOPER_EDITION_DAILY_LIMIT = 15_000;

export function requestLimitExceeded(): StandinResponse {
  return sfErrorResponse(403, sfError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'));
}

export interface ApiUsageState {
  readonly used: number;
  readonly limit: number;
}

export class ApiUsage {
  private used = 0;
  private limit: number;

  constructor(private readonly configuredLimit: number = DEVELOPER_EDITION_DAILY_LIMIT) {
    this.limit = configuredLimit;
  }

  /** Counts one call; false when the allocation is used up. */
  consume(): boolean {
    if (this.used >= this.limit) return false;
    this.used += 1;
    return true;
  }

  get state(): ApiUsageState {
    return { used: this.used, limit: this.limit };
  }

  /** Sets the count and/or the allocation. */
  set(values: { used?: number; limit?: number }): void {
    if (values.limit !== undefined) this.limit = values.limit;
    if (values.used !== undefined) this.used = values.used;
  }

  /** The allocation runs out now: the next call is refused. */
  exhaust(): void {
    this.used = this.limit;
  }

  /** `n` more calls are allowed (null: back to the configured allocation). */
  allowMore(n: number | null): void {
    this.limit = n === null ? this.configuredLimit : this.used + n;
  }

  reset(): void {
    this.used = 0;
    this.limit = this.configuredLimit;
  }

  headers(): Record<string, string> {
    return { 'Sforce-Limit-Info': `api-usage=${this.used}/${this.limit}` };
  }

  /** The answer once the allocation is used up. */
  refusal(): StandinResponse {
    return { ...requestLimitExceeded(), headers: this.headers() };
  }
}

/**
 * What every Salesforce template shares, written once: the request line to the newest API
 * version's `/sobjects/<Object>/`, the token call (cached, and guarded so that a send without a
 * token is aborted rather than sent unauthenticated), the JSON headers, and the JSON body whose
 * Braze values are json_escape'd. Pure: no vscode.
 */
import { newestVersion } from '../../../server/src/core';
import { renderText, type Part, type Slot } from './template-parts';

/** Braze's own OAuth example caches the token 900 s (Connected Content, "Making an API call"). */
export const TOKEN_CACHE_SECONDS = 900;

export const PLACEHOLDER_INSTANCE = '[insert_instance_name]';
export const PLACEHOLDER_CLIENT_ID = '[insert_client_id]';
export const PLACEHOLDER_CLIENT_SECRET = '[insert_client_secret]';

export interface TemplateOptions {
  /** What comes before `.my.salesforce.com` (`acme`, `acme--uat.sandbox`); omitted: a tab stop on the docs' placeholder. */
  instance?: string;
  /** `67.0`; defaults to the newest version the knowledge knows. */
  apiVersion?: string;
}

export interface RequestShape {
  method: 'POST' | 'PATCH';
  /** The sObject's API name: `Lead`, `Contact`... */
  object: string;
  /** What follows `/sobjects/<object>/` (a record id, or an external id field and its value); its tab stops come after the instance's. */
  path?: (next: () => number) => Part[];
  /** Header lines after Content-Type. */
  headers?: readonly string[];
}

/** The request line, the Authorization header with its token call, Content-Type, the other headers, and the blank line before the body. */
export function requestHead(request: RequestShape, o: TemplateOptions, next: () => number): Part[] {
  const instance: Part = o.instance ?? { stop: next(), default: PLACEHOLDER_INSTANCE };
  const path = request.path?.(next) ?? [];
  const clientId: Slot = { stop: next(), default: PLACEHOLDER_CLIENT_ID };
  const secret: Slot = { stop: next(), default: PLACEHOLDER_CLIENT_SECRET };
  const version = o.apiVersion ?? newestVersion();
  return [
    `${request.method} https://`, instance, `.my.salesforce.com/services/data/v${version}/sobjects/${request.object}/`, ...path, '\n',
    'Authorization: {% connected_content https://', instance, '.my.salesforce.com/services/oauth2/token\n',
    '    :method post\n',
    '    :body client_id=', clientId, '&client_secret=', secret, '&grant_type=client_credentials\n',
    `    :cache_max_age ${TOKEN_CACHE_SECONDS}\n`,
    "    :save result %}{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}\n",
    'Content-Type: application/json\n',
    ...(request.headers ?? []).map((h) => `${h}\n`),
    '\n',
  ];
}

/** A Braze value in a JSON string: `{{<liquid> | json_escape}}`, so a quote or a line break in it keeps the body valid JSON. */
export const escaped = (liquid: string | Slot): Part[] => ['{{', liquid, ' | json_escape}}'];

export interface Member {
  key: string | Slot;
  /** The parts between the value's quotes. */
  value: readonly Part[];
  /** The whole member is this one tab stop, so Delete removes it; its value then holds no tab stop. Optional members go last. */
  optionalStop?: number;
}

/** The JSON object, one member a line, the final cursor after the last member. */
export function jsonBody(members: readonly Member[]): Part[] {
  const parts: Part[] = ['{\n'];
  members.forEach((m, i) => {
    const separator = i === 0 ? '' : ',\n';
    const member: Part[] = ['  "', m.key, '": "', ...m.value, '"'];
    if (m.optionalStop === undefined) parts.push(separator, ...member);
    else parts.push({ stop: m.optionalStop, default: separator + renderText(member) });
  });
  parts.push({ stop: 0, default: '' }, '\n}\n');
  return parts;
}

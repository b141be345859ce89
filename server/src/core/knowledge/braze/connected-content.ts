/**
 * Options of Braze's `{% connected_content URL :option value ... %}` tag, and the members of the
 * JSON Salesforce answers to the OAuth token request (saved with `:save result` and read as
 * `result.access_token`).
 *
 * Sources: braze-docs `.../personalize/connected_content/making_an_api_call.md` (GET and POST
 * only; `:basic_auth`, `:auth_credentials`, `:headers`), `local_connected_content_variables.md`
 * (`:save`, `:body`, `:content_type`, status code key), `caching_responses.md` (`:cache_max_age`
 * 5 minutes to 4 hours, `:no_cache`), `connected_content_retries.md` (`:retry`),
 * `user_profile_fields_connected_content.md` (`:rerender`). Token answer: Salesforce Help sample
 * for the OAuth token response (no `expires_in`).
 */
import type { ConnectedContentOption, TokenResponseMember } from '../schema';
import { brazeDocs } from './docs';

/** Bounds of `:cache_max_age`, in seconds (5 minutes to 4 hours). */
export const CACHE_MAX_AGE_MIN = 300;
export const CACHE_MAX_AGE_MAX = 14_400;
/** How long Braze keeps a GET answer when no `:cache_max_age` is given, in seconds. */
export const DEFAULT_GET_CACHE_SECONDS = 300;
/** Connected Content methods. Braze sends only GET and POST. */
export const CONNECTED_CONTENT_METHODS = ['get', 'post'] as const;
/** The variable a JSON answer is saved in when the tag has no `:save`. */
export const DEFAULT_SAVE_VARIABLE = 'connected';

export const connectedContentOptions: readonly ConnectedContentOption[] = [
  {
    name: ':method',
    description: 'HTTP method of the call: get (the default) or post; Braze sends no other method.',
    docsUrl: brazeDocs.connectedContent,
    takesValue: true,
    valueKind: 'enum',
    values: [...CONNECTED_CONTENT_METHODS],
    default: 'get',
  },
  {
    name: ':body',
    description: 'Request body for a POST: key=value&key2=value2, a {{variable}}, or JSON without spaces.',
    docsUrl: brazeDocs.connectedContentPost,
    takesValue: true,
    valueKind: 'form',
    notes: 'With :content_type application/json a form-style body is sent as JSON.',
  },
  {
    name: ':headers',
    description: 'Extra request headers as a JSON object of names and values.',
    docsUrl: brazeDocs.connectedContentAuth,
    takesValue: true,
    valueKind: 'json',
  },
  {
    name: ':content_type',
    description: 'Media type of the request; Braze sets both Content-Type and Accept to it.',
    docsUrl: brazeDocs.connectedContentPost,
    takesValue: true,
    valueKind: 'mime',
    default: 'application/json for GET; application/x-www-form-urlencoded for POST',
  },
  {
    name: ':save',
    description: 'Variable that receives the parsed JSON answer (default name: connected).',
    docsUrl: brazeDocs.connectedContentVariables,
    takesValue: true,
    valueKind: 'identifier',
    default: DEFAULT_SAVE_VARIABLE,
    notes: 'Visible only in the webhook field (URL, header value or body) that holds the tag.',
  },
  {
    name: ':cache_max_age',
    description: 'Seconds to cache the answer, 300 to 14400; the only way a POST answer is cached.',
    docsUrl: brazeDocs.connectedContentCaching,
    takesValue: true,
    valueKind: 'number',
    min: CACHE_MAX_AGE_MIN,
    max: CACHE_MAX_AGE_MAX,
    default: 'GET: up to 300 seconds; POST: not cached',
  },
  {
    name: ':no_cache',
    description: 'Turns off caching of a GET answer, so every render calls the URL.',
    docsUrl: brazeDocs.connectedContentCaching,
    takesValue: false,
    valueKind: 'none',
  },
  {
    name: ':basic_auth',
    description: 'Name of a basic-auth credential stored in Braze (Settings > Connected Content).',
    docsUrl: brazeDocs.connectedContentAuth,
    takesValue: true,
    valueKind: 'identifier',
    notes: 'If the credential is deleted, calls that use it are aborted.',
  },
  {
    name: ':auth_credentials',
    description: 'Name of a token credential stored in Braze that adds its header values.',
    docsUrl: brazeDocs.connectedContentAuth,
    takesValue: true,
    valueKind: 'identifier',
  },
  {
    name: ':retry',
    description: 'Retries a failed call up to five times with backoff, then aborts the message.',
    docsUrl: brazeDocs.connectedContentRetries,
    takesValue: false,
    valueKind: 'none',
    notes: 'Not available for in-app messages.',
  },
  {
    name: ':rerender',
    description: 'Renders Liquid found in the answer text (one level deep).',
    docsUrl: brazeDocs.connectedContentProfileFields,
    takesValue: false,
    valueKind: 'none',
    notes: 'Profile fields in the answer render only if the message used them before the call.',
  },
];

const tokenHelp = 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_client_credentials_flow.htm&type=5';

/** Members of Salesforce's token answer (client credentials flow), plus the one Braze adds. */
export const tokenResponseMembers: readonly TokenResponseMember[] = [
  {
    name: 'access_token',
    description: 'The bearer token to send as "Authorization: Bearer <token>".',
    type: 'string',
    addedByBraze: false,
    sample: '00D5g000004ABCD!AQ0AQFakeTokenValueForTests',
    docsUrl: tokenHelp,
  },
  {
    name: 'instance_url',
    description: "The org's My Domain base URL, to use for REST calls.",
    type: 'string',
    addedByBraze: false,
    sample: 'https://acme.my.salesforce.com',
    docsUrl: tokenHelp,
  },
  {
    name: 'id',
    description: 'Identity URL of the run-as user (org id and user id).',
    type: 'string',
    addedByBraze: false,
    sample: 'https://login.salesforce.com/id/00D5g000004ABCDEAA/0055g00000AbCdEAAV',
    docsUrl: tokenHelp,
  },
  {
    name: 'token_type',
    description: 'Always Bearer.',
    type: 'string',
    addedByBraze: false,
    sample: 'Bearer',
    docsUrl: tokenHelp,
  },
  {
    name: 'issued_at',
    description: 'When the token was issued, in Unix milliseconds (as a string).',
    type: 'string',
    addedByBraze: false,
    sample: '1735732800000',
    docsUrl: tokenHelp,
  },
  {
    name: 'signature',
    description: 'Base64 HMAC-SHA256 of id and issued_at, signed with the consumer secret.',
    type: 'string',
    addedByBraze: false,
    sample: 'dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ==',
    docsUrl: tokenHelp,
  },
  {
    name: 'scope',
    description: 'Scopes granted to the token, space separated (api is needed for REST).',
    type: 'string',
    addedByBraze: false,
    sample: 'api',
    docsUrl: tokenHelp,
  },
  {
    name: '__http_status_code__',
    description: 'HTTP status Braze adds to a saved JSON object answer.',
    type: 'number',
    addedByBraze: true,
    sample: '200',
    docsUrl: brazeDocs.connectedContentStatus,
  },
];

/**
 * The OAuth token call of a Salesforce webhook: the `{% connected_content %}` tag in the
 * `Authorization` header, its options, its form body, and how the header uses the saved answer
 * (`Bearer {{result.access_token}}`). Shared by the `oauth-*` checks.
 */
import { DEFAULT_SAVE_VARIABLE, findPlaceholders } from '../../core';
import type { ConnectedContentOption, Field, Header, LiquidOutput, LiquidTag, Span, WebhookDocument } from '../../syntax';
import { outputsOf, tagsOf } from './fields';
import { headersFor } from './header-names';
import { analyzeField, analyzeWord, type UrlAnalysis, type UrlPart } from './url';

/**
 * The cache time to suggest for the token, in seconds: Braze's own OAuth example uses
 * `:cache_max_age 900` "to match the time that the access token is valid for"
 * (braze-docs `.../personalize/connected_content/making_an_api_call.md`).
 */
export const RECOMMENDED_TOKEN_CACHE_SECONDS = 900;

/** The variable Braze saves a JSON answer in when no `:save` is given (`local_connected_content_variables.md`). */

/** The member of Salesforce's token answer that holds the token. */
export const ACCESS_TOKEN = 'access_token';

export interface TokenCall {
  /** The Authorization header (however it is spelt) that holds the call. */
  header: Header;
  tag: LiquidTag;
  /** The URL of the call, analyzed; undefined when the tag has none. */
  url?: UrlAnalysis;
  options: ConnectedContentOption[];
  /** The variable the answer is saved in: `:save`'s value, or `connected`. */
  savedName: string;
}

/** The request URL of the document, analyzed; undefined when the request line has none. */
export function requestUrl(doc: WebhookDocument): UrlAnalysis | undefined {
  const url = doc.requestLine?.url;
  return url && url.text !== '' ? analyzeField(url) : undefined;
}

/** The headers that stand for `Authorization` (typos and translations included). */
export function authorizationHeaders(doc: WebhookDocument): Header[] {
  return headersFor(doc, 'Authorization');
}

/** Every `connected_content` tag in an Authorization header: the token calls. */
export function tokenCalls(doc: WebhookDocument): TokenCall[] {
  const calls: TokenCall[] = [];
  for (const header of authorizationHeaders(doc)) {
    for (const tag of tagsOf(header.value)) {
      const cc = tag.connectedContent;
      if (tag.name.text !== 'connected_content' || !cc) continue;
      const save = findOption(cc.options, 'save')?.value?.text;
      calls.push({
        header,
        tag,
        url: cc.url ? analyzeWord(cc.url, header.value.liquid.filter((n) => n !== tag), doc.text) : undefined,
        options: cc.options,
        savedName: save !== undefined && save !== '' ? save : DEFAULT_SAVE_VARIABLE,
      });
    }
  }
  return calls;
}

/** Every `connected_content` tag of the document, in any field. */
export function connectedContentTags(doc: WebhookDocument): LiquidTag[] {
  const fields = [doc.requestLine?.url, ...doc.headers.map((h) => h.value), doc.body];
  return fields.flatMap((f) => (f ? tagsOf(f).filter((t) => t.name.text === 'connected_content' && t.connectedContent) : []));
}

/** The last option of that name (written without its colon). */
export function findOption(options: readonly ConnectedContentOption[], name: string): ConnectedContentOption | undefined {
  let found: ConnectedContentOption | undefined;
  for (const o of options) if (o.name.text.toLowerCase() === name) found = o;
  return found;
}

export interface FormParam extends Span {
  key: UrlPart;
  /** The value after `=`; undefined when there is no `=`. */
  value?: UrlPart;
  /** True when Liquid stands in the value. */
  liquid: boolean;
  /** True when the value is a documentation placeholder. */
  placeholder: boolean;
}

/**
 * Reads a form body `k=v&k2=v2` written at file offset `base`. Undefined when the body is a
 * variable or JSON (`{{token_body}}`, `{"a":1}`), which cannot be read here.
 */
export function parseFormBody(text: string, base: number): FormParam[] | undefined {
  if (/^\s*\{/.test(text)) return undefined;
  const params: FormParam[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('&', s);
    if (e === -1) e = text.length;
    const raw = text.slice(s, e);
    if (raw !== '') {
      const eq = raw.indexOf('=');
      const keyText = eq === -1 ? raw : raw.slice(0, eq);
      const param: FormParam = {
        start: base + s,
        end: base + e,
        key: { start: base + s, end: base + s + keyText.length, text: keyText },
        liquid: false,
        placeholder: false,
      };
      if (eq !== -1) {
        const v = raw.slice(eq + 1);
        param.value = { start: base + s + eq + 1, end: base + e, text: v };
        param.liquid = /\{\{|\{%/.test(v);
        param.placeholder = findPlaceholders(v).length > 0;
      }
      params.push(param);
    }
    s = e + 1;
  }
  return params;
}

export interface BearerUse {
  /** The output that reads the token: `{{result.access_token}}`, or the first output after the tag. */
  output?: LiquidOutput;
  /** The variable path the output reads (`result.access_token`). */
  path?: string[];
  /** The `Bearer` word before the output (file offsets), if written. */
  bearer?: Span;
}

/** How the header of a token call uses the answer. */
export function bearerUse(doc: WebhookDocument, call: TokenCall): BearerUse {
  const after = outputsOf(call.header.value).filter((o) => o.start >= call.tag.end);
  const reads = (o: LiquidOutput, name: string) => o.expression?.variables.some((v) => v.path[0] === name) === true;
  const output = after.find((o) => reads(o, call.savedName)) ?? after[0];
  const use: BearerUse = {};
  if (!output) return use;
  use.output = output;
  const v = output.expression?.variables.find((x) => x.path[0] === call.savedName) ?? output.expression?.variables[0];
  if (v) use.path = v.path;
  const before = doc.text.slice(call.tag.end, output.start);
  const m = /\b(Bearer|OAuth)\s+$/i.exec(before);
  if (m) use.bearer = { start: call.tag.end + m.index, end: call.tag.end + m.index + m[1].length };
  return use;
}

/** The file offset right after the last option of a tag (or its URL): where a new option goes. */
export function endOfArguments(tag: LiquidTag): number {
  const cc = tag.connectedContent;
  let end = cc?.url?.end ?? tag.args.start;
  for (const o of cc?.options ?? []) end = Math.max(end, o.end);
  return end;
}

/**
 * Where to insert a new option before `before` (an option): on its own line with the same indent
 * when `before` starts a line, else on the same line. Gives the offset and the text to insert.
 */
export function insertOptionBefore(text: string, before: Span, option: string): { at: number; newText: string } {
  let p = before.start;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  if (p === 0 || text[p - 1] === '\n') {
    const indent = text.slice(p, before.start);
    return { at: before.start, newText: `${option}\n${indent}` };
  }
  return { at: before.start, newText: `${option} ` };
}

/** The abort guard for a saved token: stops the send when the token call failed. */
export function guardText(savedName: string): string {
  return `{% if ${savedName}.${ACCESS_TOKEN} == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}`;
}

/** The form body of a client credentials token request, with the recipe's placeholders. */
export const TOKEN_BODY = 'client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials';

/** A complete Authorization header value for `host` (Braze's recipe, cached and guarded). */
export function tokenHeaderValue(host: string, savedName = 'result'): string {
  return (
    `{% connected_content https://${host}/services/oauth2/token :method post :body ${TOKEN_BODY} ` +
    `:cache_max_age ${RECOMMENDED_TOKEN_CACHE_SECONDS} :save ${savedName} %}${guardText(savedName)}Bearer {{${savedName}.${ACCESS_TOKEN}}}`
  );
}

/** The host to suggest for a token call: the request URL's host when it is written out, else the recipe's. */
export function suggestedTokenHost(url: UrlAnalysis | undefined): string {
  return url?.host && !url.hostLiquid && url.host.text !== '' ? url.host.text : '[insert_instance_name].my.salesforce.com';
}

/** The tags of a field with that name. */
export function tagsOfName(field: Field, name: string): LiquidTag[] {
  return tagsOf(field).filter((t) => t.name.text === name);
}

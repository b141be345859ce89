/**
 * The OAuth token call of a Salesforce webhook: the `{% connected_content %}` tag in the
 * `Authorization` header, its options, its form body, and how the header uses the saved answer
 * (`Bearer {{result.access_token}}`). Shared by the `oauth-*` checks.
 */
import { abortWhenBlankText } from './abort-guard';
import { DEFAULT_SAVE_VARIABLE, findPlaceholders } from '../../core';
import type { ConnectedContentOption, Field, Header, LiquidNode, LiquidOutput, LiquidTag, Span, WebhookDocument } from '../../syntax';
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

/** Every `connected_content` tag in an Authorization header: the token calls (found once per parse; read-only). */
export function tokenCalls(doc: WebhookDocument): TokenCall[] {
  let calls = TOKEN_CALLS.get(doc);
  if (calls) return calls;
  calls = [];
  for (const header of authorizationHeaders(doc)) {
    for (const tag of tagsOf(header.value)) {
      const cc = tag.connectedContent;
      if (!cc) continue;
      const save = findOption(cc.options, 'save')?.value?.text;
      calls.push({
        header,
        tag,
        url: cc.url ? analyzeWord(cc.url, liquidWithin(header.value, cc.url), doc.text) : undefined,
        options: cc.options,
        savedName: save !== undefined && save !== '' ? save : DEFAULT_SAVE_VARIABLE,
      });
    }
  }
  TOKEN_CALLS.set(doc, calls);
  return calls;
}

const TOKEN_CALLS = new WeakMap<WebhookDocument, TokenCall[]>();

/** The nodes of a field that start inside `span` (the outputs in a URL), found by a binary search: nodes are sorted by start. */
export function liquidWithin(field: Field, span: Span): LiquidNode[] {
  const nodes = field.liquid;
  const inside: LiquidNode[] = [];
  for (let i = firstAtOrAfter(nodes, (n) => n.start, span.start); i < nodes.length && nodes[i].start < span.end; i++) inside.push(nodes[i]);
  return inside;
}

/** Every `connected_content` tag of the document, in any field (a line of a `{% liquid %}` tag included). */
export function connectedContentTags(doc: WebhookDocument): LiquidTag[] {
  const fields = [doc.requestLine?.url, ...doc.headers.map((h) => h.value), doc.body];
  return fields.flatMap((f) => (f ? tagsOf(f).filter((t) => t.connectedContent) : []));
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
  const index = outputIndex(call.header.value);
  const after = (indices: readonly number[]) => indices[firstAtOrAfter(indices, (i) => index.outputs[i].start, call.tag.end)];
  const reading = index.byName.get(call.savedName);
  const at = (reading && after(reading)) ?? firstAtOrAfter(index.outputs, (o) => o.start, call.tag.end);
  const output = index.outputs[at];
  const use: BearerUse = {};
  if (!output) return use;
  use.output = output;
  const v = output.expression?.variables.find((x) => x.path[0] === call.savedName) ?? output.expression?.variables[0];
  if (v) use.path = v.path;
  let bearer = index.bearers.get(output);
  if (bearer === undefined) {
    const word = wordBefore(doc.text, output.start, /\s/, 'bearer'.length);
    index.bearers.set(output, (bearer = word && word.blanks > 0 && /^(bearer|oauth)$/i.test(word.word) ? { start: word.start, end: word.end } : null));
  }
  if (bearer && bearer.start >= call.tag.end) use.bearer = bearer;
  return use;
}

interface OutputIndex {
  outputs: LiquidOutput[];
  /** Indices into `outputs`, by the first name of each variable the output reads. */
  byName: Map<string, number[]>;
  /** The `Bearer`/`OAuth` word right before each output, once looked for. */
  bearers: Map<LiquidOutput, Span | null>;
}

/** The outputs of a field, read once per parse: a header may hold many token calls. */
function outputIndex(field: Field): OutputIndex {
  let index = OUTPUTS.get(field);
  if (index) return index;
  const outputs = outputsOf(field);
  const byName = new Map<string, number[]>();
  outputs.forEach((o, i) => {
    for (const name of new Set(o.expression?.variables.map((v) => v.path[0]))) {
      const list = byName.get(name);
      if (list) list.push(i);
      else byName.set(name, [i]);
    }
  });
  OUTPUTS.set(field, (index = { outputs, byName, bearers: new Map() }));
  return index;
}

const OUTPUTS = new WeakMap<Field, OutputIndex>();

/** The index of the first item whose key is at least `value`, keys rising (the length when none is). */
function firstAtOrAfter<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The word (`\w+`, at most `longest` characters) that ends before `end` and the `blank`s after
 * it (`blanks`: their number), read backwards: `Bearer ` before an output. Undefined when no
 * word, or a longer one, stands there: a long word is never read whole.
 */
export function wordBefore(text: string, end: number, blank: RegExp, longest: number): { start: number; end: number; word: string; blanks: number } | undefined {
  let p = end;
  while (p > 0 && blank.test(text[p - 1])) p--;
  let s = p;
  while (s > 0 && p - s <= longest && /\w/.test(text[s - 1])) s--;
  return s < p && p - s <= longest ? { start: s, end: p, word: text.slice(s, p), blanks: end - p } : undefined;
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
  return abortWhenBlankText(`${savedName}.${ACCESS_TOKEN}`, 'Salesforce token request failed');
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

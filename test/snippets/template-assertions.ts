/**
 * What the template and snippet tests check of a template: its snippet expands to its text, filled
 * in as a user would it passes the language service with no error or warning (and none of the
 * advice the templates follow), and left unfilled only the `[insert_...]` placeholders are reported.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService, type LanguageService } from '../../server/src/language';
import { renderWebhook, SAMPLE_TEST_USER, type MessageContext, type RenderedRequest, type TestUser } from '../../server/src/send';
import { parseWebhook } from '../../server/src/syntax';
import type { BuiltTemplate } from '../../client/src/templates/template-parts';
import { expandSnippet, type TabStopInfo } from '../support/snippet-expander';

/** What a user types in a tab stop, by the default it shows; other tab stops keep their default. */
const SAMPLES: Record<string, string> = {
  '[insert_instance_name]': 'acme',
  '[insert_client_id]': '3MVG9example',
  // The secret stays out of the template: a Content Block holds it in Braze.
  '[insert_client_secret]': '{{content_blocks.${sf_secret}}}',
  // A Campaign id (prefix 701) with its checksum.
  '[insert_campaign_id]': '701Dn000000T3slIAC',
};
export const typeSamples = (stop: TabStopInfo): string | undefined => SAMPLES[stop.default];

const builtin = getLanguageService();
let version = 0;
export function diagnose(text: string, name = 'template', service: LanguageService = builtin): Diagnostic[] {
  return service.doValidation(TextDocument.create(`file:///templates/${encodeURIComponent(name)}-${++version}.webhook`, 'braze-webhook', version, text));
}
export const errorsAndWarnings = (found: Diagnostic[]): Diagnostic[] => found.filter((d) => (d.severity ?? 1) <= 2);

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
export const show = (text: string, found: Diagnostic[]): string =>
  `\ntemplate:\n${text}\ndiagnostics:\n${found.map((d) => `  ${d.code} [${SEVERITY[d.severity ?? 1]}] ${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`).join('\n') || '  (none)'}`;

/** The advice the templates follow: a cached token, a guard, json_escape. */
export const ADVICE = ['oauth-cache', 'oauth-guard', 'json-escape'];

/** The snippet expands to the text, with no VS Code variable by mistake. */
export function assertConsistent(t: BuiltTemplate): void {
  const e = expandSnippet(t.snippet);
  assert.deepEqual(e.unknownVariables, []);
  assert.equal(e.text, t.text);
}

/** Filled in as a user would: no error, no warning, and none of the advice. */
export function assertClean(t: BuiltTemplate, service?: LanguageService): void {
  const text = expandSnippet(t.snippet, { value: typeSamples }).text;
  assert.doesNotMatch(text, /\[insert_/);
  const found = diagnose(text, 'filled', service);
  assert.deepEqual(errorsAndWarnings(found), [], show(text, found));
  assert.deepEqual(found.filter((d) => ADVICE.includes(String(d.code))), [], show(text, found));
}

/** Unfilled: if anything is an error or a warning, it is a placeholder check on an [insert_...]. */
export function assertOnlyPlaceholders(t: BuiltTemplate): void {
  const found = errorsAndWarnings(diagnose(t.text, 'unfilled'));
  for (const d of found) assert.equal(d.code, 'placeholder', show(t.text, found));
}

/** The JSON body of a template's text (what follows its first line that is `{`). */
export function bodyOf(text: string): Record<string, string> {
  return JSON.parse(text.slice(text.indexOf('\n{\n') + 1)) as Record<string, string>;
}

/**
 * A template's text filled in and rendered like Braze for a test user, its token call answered
 * by a stub (nothing is sent).
 */
export async function renderFilled(t: BuiltTemplate, user: TestUser = SAMPLE_TEST_USER, message?: MessageContext): Promise<RenderedRequest> {
  const text = expandSnippet(t.snippet, { value: typeSamples }).text;
  const token = async (): Promise<Response> => new Response(JSON.stringify({ access_token: 'tok', token_type: 'Bearer' }), { headers: { 'Content-Type': 'application/json' } });
  const rendered = await renderWebhook(parseWebhook(text), { user, message, placeholders: { insert_client_secret: 's3cret' }, fetch: token });
  assert.ok(rendered.ok, `the template does not render: ${rendered.ok ? '' : rendered.message}`);
  return rendered;
}

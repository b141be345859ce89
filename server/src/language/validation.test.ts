import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { getLanguageService, parseSettings } from '.';

const TEXT = [
  'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
  'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=[insert_client_id]&client_secret={{content_blocks.${sf_secret}}}&grant_type=client_credentials :save result %}Bearer {{result.access_token}}',
  'Content-Type: application/json',
  '',
  '{"lastName": "{{${last_name}}}", "Company": "{{custom_attribute.${company}}}"}',
].join('\n');

const diagnose = (text: string, raw?: unknown) => {
  const { settings, warnings } = parseSettings(raw);
  assert.deepEqual(warnings, []);
  return getLanguageService().doValidation(TextDocument.create('file:///v.webhook', 'braze-webhook', 1, text), settings);
};
const codes = (text: string, raw?: unknown) => diagnose(text, raw).map((d) => `${d.code}:${d.severity}`);

test('defaults: each check at its own severity', () => {
  assert.deepEqual(codes(TEXT), ['oauth-cache:4', 'oauth-guard:4', 'placeholder:1', 'field-case:4', 'json-escape:3', 'field-may-be-empty:4', 'json-escape:3', 'field-may-be-empty:4']);
});

test('brazeWebhooks.checks changes a severity or turns a check off', () => {
  const changed = codes(TEXT, { checks: { 'json-escape': 'warning', 'oauth-cache': 'off', placeholder: 'off' } });
  assert.deepEqual(changed, ['oauth-guard:4', 'field-case:4', 'json-escape:2', 'field-may-be-empty:4', 'json-escape:2', 'field-may-be-empty:4']);
});

test('# braze-webhook-disable-next-line silences the named codes on the next line only, or all of them', () => {
  const lines = TEXT.split('\n');
  // In the body, where a `#` line would be sent, the directive is a Liquid comment.
  const named = [...lines.slice(0, 4), '{% comment %} braze-webhook-disable-next-line json-escape {% endcomment %}', lines[4]].join('\n');
  assert.ok(!codes(named).some((c) => c.startsWith('json-escape')));
  assert.ok(codes(named).includes('field-case:4'));
  const all = [lines[0], '# braze-webhook-disable-next-line', ...lines.slice(1)].join('\n');
  assert.ok(!codes(all).some((c) => c.startsWith('oauth-') || c.startsWith('placeholder')));
});

test('the former lead-* codes still work in brazeWebhooks.checks and in disable comments; the current code wins over its alias', () => {
  const off = parseSettings({ checks: { 'lead-field-case': 'off', 'lead-id': 'warning', 'lead-field-unknown': 'hint', 'field-unknown': 'error' } });
  assert.deepEqual(off.warnings, []);
  assert.deepEqual(off.settings.checks, { 'field-case': 'off', 'record-id': 'warning', 'field-unknown': 'error' });
  assert.ok(!codes(TEXT, { checks: { 'lead-field-case': 'off' } }).some((c) => c.startsWith('field-case')));
  assert.ok(codes(TEXT, { checks: { 'lead-field-case': 'error' } }).includes('field-case:1'));
  const lines = TEXT.split('\n');
  const silenced = [...lines.slice(0, 4), '{% comment %} braze-webhook-disable-next-line lead-field-case {% endcomment %}', lines[4]].join('\n');
  assert.ok(!codes(silenced).some((c) => c.startsWith('field-case')));
  assert.ok(codes(silenced).includes('json-escape:3'), 'only the named check');
  const id = 'PATCH https://acme.my.salesforce.com/services/data/v60.0/sobjects/Contact/0015g00000AbCdE\n';
  assert.ok(codes(id).includes('record-id:1'));
  assert.ok(!codes(`# braze-webhook-disable-next-line lead-id\n${id}`).includes('record-id:1'));
});

test('a malformed setting gives one warning naming it, and only that value is ignored', () => {
  const parsed = parseSettings({ checks: { 'json-escape': 'loud', 'oauth-cache': 'off', 'no-such-check': 'off' }, leadDescribePath: 7 });
  assert.equal(parsed.warnings.length, 3, parsed.warnings.join('\n'));
  assert.match(parsed.warnings[0], /brazeWebhooks\.checks\.json-escape/);
  assert.match(parsed.warnings[1], /brazeWebhooks\.checks\.no-such-check.*no check/);
  assert.match(parsed.warnings[2], /brazeWebhooks\.leadDescribePath/);
  assert.deepEqual(parsed.settings.checks, { 'oauth-cache': 'off' }, 'the valid entry stays in force');
  assert.equal(parsed.settings.leadDescribePath, '.salesforce/Lead.describe.json');
  assert.deepEqual(parseSettings({ checks: 'off' }).settings.checks, {});
  assert.equal(parseSettings({ checks: 'off', leadDescribePath: 'x.json' }).settings.leadDescribePath, 'x.json', 'a bad checks value leaves the other settings alone');
});

test('an offense may carry its own severity (a deprecated API version warns, a retired one is an error)', () => {
  const deprecated = diagnose(TEXT.replace('v60.0', 'v35.0')).find((d) => d.code === 'url-api-version');
  const retired = diagnose(TEXT.replace('v60.0', 'v29.0')).find((d) => d.code === 'url-api-version');
  assert.equal(deprecated?.severity, DiagnosticSeverity.Warning);
  assert.equal(retired?.severity, DiagnosticSeverity.Error);
});

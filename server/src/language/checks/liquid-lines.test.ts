/**
 * A `connected_content` written as a line of `{% liquid %}` is called by the renderer like any
 * other (liquidjs runs each line as a tag): every check must see it as it sees a plain one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '..';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { liquidVariableScope } from './liquid-variable-scope';

const service = getLanguageService();
const REQUEST = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n';
const BODY = '{"LastName": "x", "Company": "y"}';

/** Each finding as [code, message, the text it covers]. */
function findings(text: string): string[][] {
  const document = TextDocument.create('file:///t.webhook', 'braze-webhook', 1, text);
  const words = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value);
  return service.doValidation(document).map((d) => [String(d.code), words(d.message), text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end))]);
}

/** The same template with the tag written plain and as a `{% liquid %}` line. */
function bothWays(template: (tag: string) => string, args: string): [string[][], string[][]] {
  return [findings(template(`{% connected_content ${args} %}`)), findings(template(`{% liquid connected_content ${args} %}`))];
}

const ISSUE = 'https://any.host/ :method post :body s=[insert_client_secret]';

test('the issue\'s hidden destination gets the placeholder finding a plain connected_content gets', () => {
  const [plain, line] = bothWays((tag) => `${REQUEST}Content-Type: application/json\n\n${tag}${BODY}`, ISSUE);
  assert.ok(plain.some(([code]) => code === 'placeholder'));
  assert.deepEqual(line, plain);
});

test('in the Authorization header, it is the token call: its URL, body, cache, guard and placeholder findings', () => {
  const [plain, line] = bothWays((tag) => `${REQUEST}Authorization: ${tag}Bearer {{result.access_token}}\nContent-Type: application/json\n\n${BODY}`, ISSUE);
  for (const code of ['oauth-token-url', 'oauth-host-mismatch', 'oauth-body', 'oauth-save', 'oauth-cache', 'oauth-guard', 'placeholder']) assert.ok(plain.some(([c]) => c === code), code);
  assert.deepEqual(line, plain);
});

test('a secret written inline, a login host and a placeholder in the URL are found in a line too', () => {
  const args = 'https://login.salesforce.com/services/oauth2/token :method post :body client_id=a&client_secret=abc123&grant_type=client_credentials :save result';
  const [plain, line] = bothWays((tag) => `${REQUEST}Authorization: ${tag}Bearer {{result.access_token}}\nContent-Type: application/json\n\n${BODY}`, args);
  for (const code of ['secret-inline', 'oauth-token-url']) assert.ok(plain.some(([c]) => c === code), code);
  assert.deepEqual(line, plain);
  const [plainUrl, lineUrl] = bothWays((tag) => `${REQUEST}Content-Type: application/json\n\n${tag}${BODY}`, 'https://[insert_instance_name].my.salesforce.com/x :save r');
  assert.match(plainUrl.find(([c]) => c === 'placeholder')![1], /is not a valid URL/);
  assert.deepEqual(lineUrl, plainUrl);
});

test('a variable saved by a line is scoped to its field like any other', () => {
  const [plain, line] = bothWays((tag) => `${REQUEST}Authorization: ${tag}Bearer {{token.access_token}}\nContent-Type: application/json\n\n{"LastName": "{{token.access_token}}", "Company": "y"}`, 'https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials :cache_max_age 900 :save token');
  const scope = (found: string[][]) => found.filter(([c]) => c === 'liquid-variable-scope');
  assert.equal(scope(plain).length, 1);
  assert.deepEqual(scope(line), scope(plain));
});

test('its quick fix repeats the line as a tag of its own in the field that reads the variable', () => {
  const text = `${REQUEST}Authorization: {% liquid connected_content https://a.example.com/t :save token %}Bearer {{token.access_token}}\n\n{"LastName": "{{token.x}}"}`;
  const [found] = runCheck(liquidVariableScope, text);
  assert.match(applyFix(text, found.fixes![0]), /\n\n\{% connected_content https:\/\/a\.example\.com\/t :save token %\}\n\{"LastName"/);
});

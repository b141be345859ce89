import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { liquidVariableScope } from './liquid-variable-scope';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { repoPath } from '../../../../test/support/paths';

const examples = repoPath('examples');
const CC = '{% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body grant_type=client_credentials :save result %}';

test('a token saved in Authorization and read in the body: error, fix repeats the tag', () => {
  const text = `POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nAuthorization: ${CC}Bearer {{result.access_token}}\n\n{"Description": "{{result.instance_url}}"}`;
  const found = runCheck(liquidVariableScope, text);
  assert.deepEqual(found.map((o) => o.slice), ['result.instance_url']);
  assert.match(found[0].message, /"result" is set in the Authorization header, .* empty in the body/);
  assert.equal(
    applyFix(text, found[0].fixes![0]),
    `POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nAuthorization: ${CC}Bearer {{result.access_token}}\n\n${CC}\n{"Description": "{{result.instance_url}}"}`,
  );
});

test('a folded header: the repeated tag is the joined text Braze sees', () => {
  const text =
    'POST https://x.com/{{token}}\nAuthorization: {% connected_content https://x.com/t\n    :method post\n    :save token %}Bearer {{token}}\n';
  const found = runCheck(liquidVariableScope, text);
  assert.deepEqual(found.map((o) => o.slice), ['token']);
  assert.match(found[0].message, /set in the Authorization header, .* empty in the URL/);
  assert.equal(
    applyFix(text, found[0].fixes![0]),
    'POST {% connected_content https://x.com/t :method post :save token %}https://x.com/{{token}}\nAuthorization: {% connected_content https://x.com/t\n    :method post\n    :save token %}Bearer {{token}}\n',
  );
});

test('assign, capture, for, catalog_items, increment and the default "connected" are definitions', () => {
  const text =
    'POST https://x.com/\n' +
    'X-A: {% assign a = 1 %}{% capture c %}x{% endcapture %}{% for i in (1..2) %}{% endfor %}{% catalog_items games 1 %}{% increment n %}{% connected_content https://y.com %}\n\n' +
    '{{a}}{{c}}{{i}}{{items[0].name}}{{n}}{{connected.x}}';
  const found = runCheck(liquidVariableScope, text);
  assert.deepEqual(found.map((o) => o.slice), ['a', 'c', 'i', 'items[0].name', 'n', 'connected.x']);
  assert.equal(found[1].fixes, undefined); // capture is a block: no one-tag fix
  assert.equal(applyFix(text, found[0].fixes![0]).endsWith('\n\n{% assign a = 1 %}\n{{a}}{{c}}{{i}}{{items[0].name}}{{n}}{{connected.x}}'), true);
});

test('no offense: same-field use, namespaces, attributes, never-defined names, the examples', () => {
  const text =
    `POST https://x.com/\nAuthorization: ${CC}Bearer {{result.access_token}}\n\n` +
    '{% assign n = custom_attribute.${company} %}{"a": "{{n}} {{${first_name}}} {{event_properties.${x}}} {{content_blocks.${f}}} {{undefined_here}}"}' +
    '{% for i in (1..2) %}{{forloop.index}}{% endfor %}';
  assert.deepEqual(runCheck(liquidVariableScope, text), []);
  for (const f of ['create-lead.webhook', 'update-lead-to-mql.webhook']) assert.deepEqual(runCheck(liquidVariableScope, readFileSync(join(examples, f), 'utf8')), []);
});

test('does not throw on partial trees', () => {
  for (const t of ['', 'POST', 'POST https://x/\nA: {% connected_content %}\n\n{{', 'POST https://x/\nA: {% assign %}\n\n{{ }}']) {
    assert.doesNotThrow(() => runCheck(liquidVariableScope, t));
  }
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { unknownTag } from './unknown-tag';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { repoPath } from '../../../../test/support/paths';

const HEAD = 'POST https://example.com/hook\n\n';
const examples = repoPath('examples');

test("a Shopify theme tag Braze does not run: the knowledge's reason", () => {
  const found = runCheck(unknownTag, HEAD + "{% include 'footer' %}");
  assert.deepEqual(found.map((o) => o.slice), ['include']);
  assert.match(found[0].message, /does not support the tag "include": .*Content Blocks/);
  assert.equal(found[0].fixes, undefined);
});

test('a misspelt tag: closest known tag, fix replaces the name', () => {
  const text = HEAD + '{% asign x = 1 %}{% if x %}{% endfi %}';
  const found = runCheck(unknownTag, text);
  assert.deepEqual(found.map((o) => o.slice), ['asign', 'endfi']);
  assert.match(found[0].message, /Unknown Liquid tag "asign": did you mean "assign"\?/);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{% assign x = 1 %}{% if x %}{% endfi %}');
  assert.equal(applyFix(text, found[1].fixes![0]), HEAD + '{% asign x = 1 %}{% if x %}{% endif %}');
});

test('an unknown tag with nothing close: no fix', () => {
  const found = runCheck(unknownTag, HEAD + '{% frobnicate %}');
  assert.deepEqual(found.map((o) => o.slice), ['frobnicate']);
  assert.match(found[0].message, /Unknown Liquid tag "frobnicate"/);
  assert.equal(found[0].fixes, undefined);
});

test("no offense on Braze's tags, the examples, and tags inside raw", () => {
  const text =
    HEAD +
    "{% connected_content https://x.com :save r %}{% abort_message() %}{% catalog_items games 1 %}{% capture c %}x{% endcapture %}" +
    '{% raw %}{% frobnicate %}{% endraw %}{% comment %}{% nope %}{% endcomment %}{% for i in (1..2) %}{% break %}{% endfor %}';
  assert.deepEqual(runCheck(unknownTag, text), []);
  for (const f of ['create-lead.webhook', 'update-lead-to-mql.webhook']) assert.deepEqual(runCheck(unknownTag, readFileSync(join(examples, f), 'utf8')), []);
});

test('does not throw on partial trees', () => {
  for (const t of ['', HEAD + '{%', HEAD + '{% %}', HEAD + '{%- -%}']) assert.doesNotThrow(() => runCheck(unknownTag, t));
});

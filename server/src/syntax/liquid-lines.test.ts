/**
 * `{% liquid %}`: liquidjs runs each line of its arguments as a tag, so the parser reads each as
 * one, with file offsets, and a `connected_content` there is a tag like any other.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LiquidTag, Span, WebhookDocument } from './ast';
import { parseWebhook } from './parse';
import { translateBrazeLiquid } from '../core';

const at = (doc: WebhookDocument, span: Span | undefined) => (span ? doc.text.slice(span.start, span.end) : undefined);
const bodyTags = (doc: WebhookDocument) => (doc.body?.liquid ?? []).filter((n): n is LiquidTag => n.type === 'tag');

test('the issue\'s case: a connected_content line is a tag with its URL and options, at their file offsets', () => {
  const doc = parseWebhook('POST https://x.example.com/\n\n{% liquid connected_content https://any.host/ :method post :body s=[insert_client_secret] %}');
  const [liquid, line] = bodyTags(doc);
  assert.equal(liquid.name.text, 'liquid');
  assert.equal(line.name.text, 'connected_content');
  assert.equal(at(doc, line), 'connected_content https://any.host/ :method post :body s=[insert_client_secret]');
  assert.deepEqual(line.liquidTag, { start: liquid.start, end: liquid.end });
  assert.equal(at(doc, line.connectedContent?.url), 'https://any.host/');
  assert.deepEqual(line.connectedContent?.options.map((o) => [at(doc, o.name), at(doc, o.value)]), [['method', 'post'], ['body', 's=[insert_client_secret]']]);
  assert.deepEqual(doc.problems, []);
});

test('every line is read as its tag: assignments, conditions, echo, outputs in a connected_content URL; comment lines are skipped', () => {
  const text = [
    'POST https://x.example.com/',
    '',
    '{%- liquid',
    '  # the token',
    '  connected_content https://auth.example.com/{{ tenant }}/token :save token',
    '  assign score = custom_attribute.${lead score} | default: 0',
    '  if score > 80',
    '    echo token.access_token | upcase',
    '  endif',
    '-%}',
  ].join('\n');
  const doc = parseWebhook(text);
  assert.deepEqual(doc.problems, []);
  const nodes = doc.body!.liquid;
  assert.deepEqual(nodes.map((n) => (n.type === 'tag' ? n.name.text : `output ${at(doc, n)}`)), ['liquid', 'connected_content', 'output {{ tenant }}', 'assign', 'if', 'echo', 'endif']);
  const [, cc, , assign, condition, echo] = nodes as LiquidTag[];
  assert.equal(at(doc, cc.connectedContent?.url), 'https://auth.example.com/{{ tenant }}/token');
  assert.equal(at(doc, assign.assigns), 'score');
  assert.deepEqual(assign.expression?.variables.map((v) => v.path.join('.')), ['custom_attribute.${lead score}']);
  assert.deepEqual(doc.attributes.map((a) => at(doc, a)), ['custom_attribute.${lead score}']);
  assert.deepEqual(condition.expression?.variables.map((v) => at(doc, v)), ['score']);
  assert.deepEqual(echo.expression?.filters.map((f) => at(doc, f.name)), ['upcase']);
});

test('the lines of a folded header keep their file offsets across the fold', () => {
  const doc = parseWebhook('POST https://x.example.com/\nAuthorization: {% liquid\n  connected_content https://a.example.com/t :save r\n  %}Bearer {{ r.access_token }}\n\n');
  const tags = doc.headers[0].value.liquid.filter((n): n is LiquidTag => n.type === 'tag');
  assert.equal(at(doc, tags[1]), 'connected_content https://a.example.com/t :save r');
  assert.equal(at(doc, tags[1].connectedContent?.url), 'https://a.example.com/t');
  assert.equal(at(doc, tags[1].connectedContent?.options[0].value), 'r');
});

test('a block must close within its {% liquid %} tag, and a line must start with a tag name', () => {
  const doc = parseWebhook('POST https://x.example.com/\n\n{% liquid\n  if a\n  echo 1\n  "x"\n%}{% endif %}');
  assert.deepEqual(
    doc.problems.map((p) => [p.kind, at(doc, p), p.message]),
    [
      ['block-unclosed', 'if a', '"{% if %}" is not closed: add "{% endif %}" in the same {% liquid %} tag'],
      ['tag-name-missing', '"x"', '""x"" in {% liquid %} is not a tag: each line starts with a tag name'],
      ['block-end-unopened', '{% endif %}', '"{% endif %}" has no "{% if %}" before it in this field'],
    ],
  );
});

test('the translation keeps {{ }} in a connected_content line (its tag renders them) and drops them in the other lines', () => {
  const field = '{% liquid\nconnected_content https://x.example.com/{{a}} :save r\necho {{b}}\n%}';
  assert.equal(translateBrazeLiquid(field).text, '{% liquid\nconnected_content https://x.example.com/{{a}} :save r\necho   b  \n%}');
});

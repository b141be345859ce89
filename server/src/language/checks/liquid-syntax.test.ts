import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { liquidSyntax } from './liquid-syntax';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { repoPath } from '../../../../test/support/paths';

const HEAD = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n';
const examples = repoPath('examples');

test('no offense on the examples and on Braze\'s loose Liquid', () => {
  for (const f of ['create-lead.webhook', 'update-lead-to-mql.webhook']) {
    assert.deepEqual(runCheck(liquidSyntax, readFileSync(join(examples, f), 'utf8')), []);
  }
  const loose =
    HEAD +
    '{% if {{time_left}} > 0 %}{% assign d = {{event_properties.${date}}} | date: \'%s\' %}{% endif %}' +
    '{% assign region_name = regions | property_accessor: {{${country} | downcase}} %}' +
    '${{${price}}}{% abort_message () %}{{ \'it’s\' | append: "x" }}{{${first_name} | default: \'there\' | json_escape}}';
  assert.deepEqual(runCheck(liquidSyntax, loose), []);
});

test('curly double quotes in an output: one offense, fixed to straight quotes', () => {
  const text = HEAD + '{"FirstName": "{{${first_name} | default: “there”}}"}';
  const found = runCheck(liquidSyntax, text);
  assert.deepEqual(found.map((o) => o.slice), ['“there”']);
  assert.match(found[0].message, /“there”/);
  assert.match(found[0].message, /straight quotes; write "there"/);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{"FirstName": "{{${first_name} | default: "there"}}"}');
});

test('curly single quotes in a tag, and a lone curly quote', () => {
  const text = HEAD + '{% assign greeting = ‘Hello’ %}{% if x == ”a %}{% endif %}';
  const found = runCheck(liquidSyntax, text);
  assert.deepEqual(found.map((o) => o.slice), ['‘Hello’', '”']);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + "{% assign greeting = 'Hello' %}{% if x == ”a %}{% endif %}");
  assert.equal(applyFix(text, found[1].fixes![0]), HEAD + '{% assign greeting = ‘Hello’ %}{% if x == "a %}{% endif %}');
});

test('a curly-quoted condition in an unclosed if: both the quotes and the block are reported', () => {
  const found = runCheck(liquidSyntax, HEAD + '{% if x == “a” %}yes');
  assert.deepEqual(found.map((o) => o.slice), ['{% if x == “a” %}', '“a”']);
  assert.match(found[0].message, /is not closed: add "\{% endif %\}"/);
});

test('a curly quote inside a straight-quoted string is text, not a quote', () => {
  assert.deepEqual(runCheck(liquidSyntax, HEAD + '{{ "O’Brien" }}'), []);
});

test('an extra brace: specific message, fix removes the extra braces', () => {
  const text = HEAD + '{"Company": "{{{custom_attribute.${company}}}}"}';
  const found = runCheck(liquidSyntax, text);
  assert.deepEqual(found.map((o) => o.slice), ['{{{custom_attribute.${company}}}}']);
  assert.match(found[0].message, /\{\{\{custom_attribute\.\$\{company\}\}\}\} has an extra brace/);
  assert.match(found[0].message, /write \{\{custom_attribute\.\$\{company\}\}\}$/);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{"Company": "{{custom_attribute.${company}}}"}');
});

test('filter syntax: missing colon (with fix), empty colon, no name after "|", not a name', () => {
  const missing = HEAD + '{{ ${first_name} | default "there" }}';
  let found = runCheck(liquidSyntax, missing);
  assert.deepEqual(found.map((o) => o.slice), ['| default "there"']);
  assert.match(found[0].message, /"default" .* takes its arguments after a colon: write "default: "there""/);
  assert.equal(applyFix(missing, found[0].fixes![0]), HEAD + '{{ ${first_name} | default: "there" }}');

  found = runCheck(liquidSyntax, HEAD + '{{ x | default: }}');
  assert.deepEqual(found.map((o) => o.slice), ['| default:']);
  assert.match(found[0].message, /"default:" .* nothing after its colon/);

  const empty = HEAD + '{{ x | }}';
  found = runCheck(liquidSyntax, empty);
  assert.deepEqual(found.map((o) => o.slice), ['{{ x | }}']);
  assert.match(found[0].message, /"\|" in \{\{ x \| \}\} has no filter name/);
  assert.equal(applyFix(empty, found[0].fixes![0]), HEAD + '{{ x }}');

  found = runCheck(liquidSyntax, HEAD + '{{ x | 3 }}');
  assert.deepEqual(found.map((o) => o.slice), ['3']);
  assert.match(found[0].message, /"3" after "\|" .* is not a filter name/);

  found = runCheck(liquidSyntax, HEAD + '{% assign a = x | append "b" %}');
  assert.deepEqual(found.map((o) => o.slice), ['| append "b"']);
});

test('parser problems are still reported', () => {
  const found = runCheck(liquidSyntax, HEAD + '{"a": "{{ ${first_name}"}\n{% if x %}');
  assert.ok(found.length >= 1);
  assert.ok(found.some((o) => /not closed/.test(o.message)));
});

test('does not throw on partial trees', () => {
  for (const t of ['', 'POST', 'POST https://x/{{', HEAD + '{{', HEAD + '{{{', HEAD + '{% if “', HEAD + '{{ x | default “a']) {
    assert.doesNotThrow(() => runCheck(liquidSyntax, t));
  }
});

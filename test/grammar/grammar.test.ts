/**
 * Tests for syntaxes/braze-webhook.tmLanguage.json (and a few checks of
 * language-configuration.json). Run with:
 *   node --import tsx --test test/grammar/grammar.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OnigScanner } from 'vscode-oniguruma';
import { FIXTURES, GRAMMAR_PATH, ROOT, describeTokens, loadGrammar, scopesAt, splitLines, tokenizeText, tokenizeTextBinary } from './tokenize';

const sample = fs.readFileSync(path.join(FIXTURES, 'create-lead.webhook'), 'utf8');

const JSON_KEY = 'support.type.property-name.json';
const OUTPUT = 'meta.embedded.output.liquid';
const TAG = 'meta.embedded.tag.liquid';
const ATTRIBUTE = 'variable.other.attribute.braze';
const NAMESPACE = 'variable.language.namespace.braze';
const OPTION = 'variable.parameter.option.connected-content.braze';
const HEADER_NAME = 'support.type.property-name.header.braze-webhook';

function includesAll(actual: string[], expected: string[], what: string): void {
  const missing = expected.filter(s => !actual.includes(s));
  assert.deepEqual(missing, [], `${what}: missing ${missing.join(', ')}; has ${actual.join(' ')}`);
}

function includesNone(actual: string[], unwanted: string[], what: string): void {
  const present = unwanted.filter(s => actual.includes(s));
  assert.deepEqual(present, [], `${what}: should not have ${present.join(', ')}; has ${actual.join(' ')}`);
}

/** Asserts the scopes of a substring of `text` (its first occurrence after `after`, if given). */
async function expectScopes(text: string, substring: string, expected: string[], options: { after?: string; occurrence?: number; not?: string[] } = {}) {
  const scopes = await scopesAt(text, substring, options);
  const what = JSON.stringify(substring) + (options.after ? ` after ${JSON.stringify(options.after)}` : '');
  includesAll(scopes, expected, what);
  if (options.not) includesNone(scopes, options.not, what);
}

test('comments: # and //, with the @name annotation and the disable directive', async () => {
  await expectScopes(sample, '#', ['comment.line.number-sign.braze-webhook', 'punctuation.definition.comment.braze-webhook']);
  await expectScopes(sample, '@name', ['comment.line.number-sign.braze-webhook', 'storage.type.annotation.name.braze-webhook']);
  await expectScopes(sample, 'Salesforce Sales Cloud > Create Lead', ['comment.line.number-sign.braze-webhook', 'entity.name.section.template-name.braze-webhook']);
  await expectScopes(sample, '// another comment style', ['comment.line.double-slash.braze-webhook']);
  // A comment between the request line and the headers is a comment, not a header.
  await expectScopes(sample, 'braze-webhook-disable-next-line', ['comment.line.number-sign.braze-webhook', 'keyword.other.directive.braze-webhook'], { not: [HEADER_NAME] });
  await expectScopes(sample, 'header-unknown', ['comment.line.number-sign.braze-webhook', 'constant.other.rule-code.braze-webhook']);
  await expectScopes(sample, 'liquid-syntax', ['constant.other.rule-code.braze-webhook']);
});

test('request line: method and URL, with placeholders and Liquid in the URL', async () => {
  await expectScopes(sample, 'POST', ['meta.request-line.braze-webhook', 'keyword.other.http-method.braze-webhook'], { not: ['meta.body.braze-webhook'] });
  await expectScopes(sample, 'https://', ['meta.url.braze-webhook', 'markup.underline.link.braze-webhook']);
  await expectScopes(sample, '.my.salesforce.com/services/data/v60.0/sobjects/Lead/', ['meta.url.braze-webhook', 'markup.underline.link.braze-webhook']);
  await expectScopes(sample, 'insert_instance_name', ['meta.url.braze-webhook', 'variable.other.placeholder.braze-webhook']);
  await expectScopes(sample, 'user_id', ['meta.url.braze-webhook', OUTPUT, ATTRIBUTE], { not: ['markup.underline.link.braze-webhook'] });
  await expectScopes(sample, '{{', ['meta.url.braze-webhook', OUTPUT, 'punctuation.section.embedded.begin.liquid']);
});

test('a lowercase method is still coloured as the request line', async () => {
  const text = 'post https://example.com\nAccept: */*\n';
  await expectScopes(text, 'post', ['keyword.other.http-method.braze-webhook']);
  await expectScopes(text, 'Accept', [HEADER_NAME]);
});

test('header names and values', async () => {
  for (const name of ['Authorization', 'Content-Type', 'Sforce-Auto-Assign']) {
    await expectScopes(sample, name, ['meta.header.braze-webhook', HEADER_NAME], { not: [JSON_KEY] });
  }
  await expectScopes(sample, ':', ['punctuation.separator.key-value.braze-webhook'], { after: 'Content-Type' });
  await expectScopes(sample, 'application/json', ['meta.header-value.braze-webhook', 'string.unquoted.header-value.braze-webhook'], { after: 'Content-Type' });
  await expectScopes(sample, 'Bearer ', ['meta.header-value.braze-webhook', 'string.unquoted.header-value.braze-webhook'], { not: [TAG] });
  await expectScopes(sample, 'access_token', ['meta.header-value.braze-webhook', OUTPUT, 'variable.other.member.liquid']);
});

test('the JSON key scope (or any JSON scope) is never applied to a header-section line', async () => {
  const lines = await tokenizeText(sample);
  const headerSection = lines.slice(0, splitLines(sample).indexOf('', 3));
  assert.ok(headerSection.length > 10);
  for (const token of headerSection.flat()) {
    const json = token.scopes.filter(s => s.endsWith('.json'));
    assert.deepEqual(json, [], `line ${token.line} ${JSON.stringify(token.text)} has ${json.join(' ')}`);
    assert.ok(!token.scopes.includes('meta.body.braze-webhook'), `line ${token.line} is in the body`);
  }
});

test('the body starts after the first blank line that follows the headers', async () => {
  const lines = await tokenizeText(sample);
  const blank = splitLines(sample).indexOf('', 3);
  assert.ok(lines[blank - 1].every(t => !t.scopes.includes('meta.body.braze-webhook')));
  assert.ok(lines[blank].every(t => t.scopes.includes('meta.body.braze-webhook')));
  assert.ok(lines.slice(blank).flat().every(t => t.scopes.includes('meta.body.braze-webhook')));
  // A blank line between leading comments and the request line does not start the body.
  assert.ok(lines[2].every(t => !t.scopes.includes('meta.body.braze-webhook')));
});

test('Liquid tag names: tags and control flow', async () => {
  await expectScopes(sample, 'connected_content', [TAG, 'meta.connected-content.braze', 'entity.name.tag.liquid']);
  await expectScopes(sample, '{%', [TAG, 'punctuation.section.embedded.begin.liquid'], { after: 'Authorization: ' });
  await expectScopes(sample, 'if', [TAG, 'keyword.control.liquid'], { after: 'Sforce-Auto-Assign: {%- ' });
  await expectScopes(sample, 'else', [TAG, 'keyword.control.liquid'], { after: 'TRUE{%- ' });
  await expectScopes(sample, 'endif', [TAG, 'keyword.control.liquid'], { after: 'FALSE{%- ' });
  await expectScopes(sample, 'raw', [TAG, 'entity.name.tag.liquid'], { after: '"Raw": "{% ' });
  const assign = '{% assign greeting = "Hi" %}';
  await expectScopes(assign, 'assign', [TAG, 'entity.name.tag.liquid']);
  await expectScopes(assign, 'greeting', [TAG, 'variable.other.liquid']);
  await expectScopes(assign, '=', [TAG, 'keyword.operator.assignment.liquid']);
  await expectScopes(assign, '"Hi"', [TAG, 'string.quoted.double.liquid']);
});

test('whitespace control and {{ }} inside a tag', async () => {
  await expectScopes(sample, '{%-', [TAG, 'punctuation.section.embedded.begin.liquid'], { after: 'Sforce-Auto-Assign: ' });
  await expectScopes(sample, '-%}', [TAG, 'punctuation.section.embedded.end.liquid'], { after: 'Sforce-Auto-Assign: ' });
  await expectScopes(sample, '{{', [TAG, OUTPUT, 'punctuation.section.embedded.begin.liquid'], { after: 'Sforce-Auto-Assign: {%- if ' });
  await expectScopes(sample, 'auto assign', [TAG, OUTPUT, ATTRIBUTE]);
  await expectScopes(sample, '==', [TAG, 'keyword.operator.comparison.liquid'], { not: [OUTPUT] });
  await expectScopes(sample, 'true', [TAG, 'constant.language.liquid'], { after: '== ' });
  await expectScopes(sample, 'TRUE', ['string.unquoted.header-value.braze-webhook'], { not: [TAG] });
});

test('filters', async () => {
  for (const filter of ['default', 'json_escape', 'truncate']) {
    await expectScopes(sample, filter, [OUTPUT, 'support.function.filter.liquid']);
  }
  await expectScopes(sample, '|', [OUTPUT, 'punctuation.separator.pipe.liquid'], { after: '"FirstName"' });
  await expectScopes(sample, "''", [OUTPUT, 'string.quoted.single.liquid']);
  await expectScopes(sample, '40', [OUTPUT, 'constant.numeric.liquid']);
});

test('Braze attribute references and their namespaces', async () => {
  await expectScopes(sample, 'company name', [OUTPUT, 'meta.attribute-reference.braze', ATTRIBUTE]);
  await expectScopes(sample, 'custom_attribute', [OUTPUT, 'meta.attribute-reference.braze', NAMESPACE], { after: '"Company"', not: [ATTRIBUTE] });
  await expectScopes(sample, '.', ['punctuation.accessor.braze'], { after: '"Company": "{{custom_attribute' });
  await expectScopes(sample, '${', [ATTRIBUTE, 'punctuation.definition.variable.begin.braze'], { after: '"Company"' });
  await expectScopes(sample, 'campaign', [NAMESPACE]);
  await expectScopes(sample, 'email_address', [TAG, ATTRIBUTE], { not: [OUTPUT] });
  for (const ns of ['event_properties', 'canvas_entry_properties', 'context', 'api_trigger_properties', 'canvas', 'subscribed_state', 'most_recently_used_device', 'targeted_device', 'content_blocks']) {
    await expectScopes(`{{${ns}.\${x y}}}`, ns, [NAMESPACE]);
  }
  // Not a known namespace: an ordinary Liquid variable.
  await expectScopes('{{something.${x}}}', 'something', ['variable.other.liquid'], { not: [NAMESPACE] });
});

test('connected_content options on header continuation lines', async () => {
  await expectScopes(sample, ':method', ['meta.header.braze-webhook', TAG, 'meta.connected-content.braze', OPTION]);
  await expectScopes(sample, 'post', ['keyword.other.http-method.braze-webhook'], { after: ':method' });
  await expectScopes(sample, ':body', [OPTION]);
  await expectScopes(sample, 'client_id=', [TAG], { not: [OPTION, 'variable.other.liquid'] });
  await expectScopes(sample, 'insert_client_id', [TAG, 'variable.other.placeholder.braze-webhook']);
  await expectScopes(sample, ':headers', [OPTION]);
  await expectScopes(sample, '"Accept"', [TAG, 'string.quoted.double.liquid']);
  await expectScopes(sample, 'user_id', [TAG, 'string.quoted.double.liquid', OUTPUT, ATTRIBUTE], { after: '"X-User"' });
  await expectScopes(sample, ':cache_max_age', [OPTION]);
  await expectScopes(sample, '900', ['constant.numeric.liquid']);
  await expectScopes(sample, ':save', [OPTION]);
  await expectScopes(sample, 'result', ['variable.other.liquid'], { after: ':save' });
  await expectScopes(sample, '%}', [TAG, 'punctuation.section.embedded.end.liquid'], { after: ':save result ' });
  // The ':' of 'https://' in the tag's URL is not an option.
  await expectScopes(sample, '://', ['meta.url.braze-webhook', 'markup.underline.link.braze-webhook'], { after: 'connected_content ', not: [OPTION] });
  const oneLine = '{% connected_content https://x.example/{{${user_id}}}/y :retry :no_cache :content_type application/json %}';
  await expectScopes(oneLine, ':retry', [OPTION]);
  await expectScopes(oneLine, ':no_cache', [OPTION]);
  await expectScopes(oneLine, 'application/json', ['string.unquoted.content-type.braze']);
  await expectScopes(oneLine, '/y', ['meta.url.braze-webhook', 'markup.underline.link.braze-webhook']);
  await expectScopes(oneLine, '%}', ['punctuation.section.embedded.end.liquid'], { not: ['meta.url.braze-webhook'] });
});

test('JSON keys in the body', async () => {
  for (const key of ['FirstName', 'Company', 'Count', 'Email', 'Lead_Stage__c']) {
    await expectScopes(sample, `"${key}"`, ['meta.body.braze-webhook', 'meta.structure.dictionary.json', 'string.json', JSON_KEY], { not: ['string.quoted.double.json'] });
  }
  await expectScopes(sample, ':', ['punctuation.separator.dictionary.key-value.json'], { after: '"Lead_Stage__c"' });
});

test('a JSON string value containing {{${first_name}}} keeps its Liquid scopes', async () => {
  const greeting = 'Hi {{${first_name}}}!';
  await expectScopes(sample, 'Hi ', ['meta.structure.dictionary.value.json', 'string.quoted.double.json'], { not: [OUTPUT, JSON_KEY] });
  await expectScopes(sample, '{{', ['string.quoted.double.json', OUTPUT, 'punctuation.section.embedded.begin.liquid'], { after: '"Hi ' });
  await expectScopes(sample, 'first_name', ['string.quoted.double.json', OUTPUT, 'meta.attribute-reference.braze', ATTRIBUTE], { after: '"Hi ' });
  await expectScopes(sample, '}}', ['string.quoted.double.json', OUTPUT, 'punctuation.section.embedded.end.liquid'], { after: '"Hi {{${first_name}' });
  await expectScopes(sample, '!', ['string.quoted.double.json'], { after: 'Hi {{${first_name}}}', not: [OUTPUT] });
  await expectScopes(sample, '"', ['punctuation.definition.string.end.json'], { after: greeting });
  await expectScopes(sample, '"MQL"', ['string.quoted.double.json'], { not: [JSON_KEY] });
});

test('Liquid between JSON tokens', async () => {
  // An output as a bare value.
  await expectScopes(sample, '{{custom_attribute.${n}}}', ['meta.structure.dictionary.value.json', OUTPUT], { not: ['string.quoted.double.json'] });
  // A tag at key position; the key after it is still a key.
  await expectScopes(sample, 'if', ['meta.structure.dictionary.json', TAG, 'keyword.control.liquid'], { after: '"Count"', not: ['string.quoted.double.json'] });
  await expectScopes(sample, 'blank', [TAG, 'constant.language.liquid']);
  await expectScopes(sample, 'endif', [TAG, 'keyword.control.liquid'], { after: '"Email"' });
  await expectScopes(sample, '"Source"', [JSON_KEY]);
  // Object and array values that follow a tag in value position.
  const text = 'POST https://x\n\n{"a": {% if x %}{"b": [1, {{y}}]}{% else %}null{% endif %}, "c": 2}\n';
  await expectScopes(text, '"b"', [JSON_KEY]);
  await expectScopes(text, 'y', ['meta.structure.array.json', OUTPUT, 'variable.other.liquid']);
  await expectScopes(text, 'null', ['constant.language.json']);
  await expectScopes(text, '"c"', [JSON_KEY]);
  await expectScopes(text, '2', ['constant.numeric.json']);
});

test('JSON numbers, constants, escapes and punctuation', async () => {
  await expectScopes(sample, '42', ['meta.structure.array.json', 'constant.numeric.json']);
  await expectScopes(sample, '-1.5e3', ['constant.numeric.json']);
  await expectScopes(sample, 'true', ['constant.language.json'], { after: '"Tags"' });
  await expectScopes(sample, 'null', ['constant.language.json'], { after: '"Tags"' });
  await expectScopes(sample, '\\n', ['string.quoted.double.json', 'constant.character.escape.json']);
  await expectScopes(sample, '\\"', ['constant.character.escape.json'], { after: 'break ' });
  await expectScopes(sample, '[', ['punctuation.definition.array.begin.json'], { after: '"Tags": ' });
  await expectScopes(sample, ',', ['punctuation.separator.array.json'], { after: '"webhook"' });
  await expectScopes(sample, ',', ['punctuation.separator.dictionary.pair.json'], { after: '\\"quoted\\""' });
  await expectScopes(sample, '{', ['meta.body.braze-webhook', 'punctuation.definition.dictionary.begin.json'], { after: '-%}\n\n' });
});

test('{% comment %} and {% raw %} blocks', async () => {
  await expectScopes(sample, '{% comment %}', ['comment.block.liquid']);
  await expectScopes(sample, '"Hidden"', ['comment.block.liquid'], { not: [JSON_KEY] });
  await expectScopes(sample, 'first_name', ['comment.block.liquid'], { after: '"Hidden"', not: [OUTPUT, ATTRIBUTE] });
  await expectScopes(sample, '{% endcomment %}', ['comment.block.liquid']);
  await expectScopes(sample, '{{not_liquid}}', ['string.unquoted.raw.liquid'], { not: [OUTPUT] });
  await expectScopes(sample, 'endraw', [TAG, 'entity.name.tag.liquid']);
  const multiLine = 'POST https://x\n\n{% comment %}\n{"a": 1}\n{% endcomment %}\n{"b": 2}\n';
  await expectScopes(multiLine, '"a"', ['comment.block.liquid'], { not: [JSON_KEY] });
  await expectScopes(multiLine, '"b"', [JSON_KEY], { not: ['comment.block.liquid'] });
  await expectScopes('{% # note %}', 'note', ['comment.line.number-sign.liquid']);
});

test('unclosed Liquid in the URL or a header value does not swallow the next header', async () => {
  const text = [
    'POST https://x.example/{{${user_id}',
    'X-One: {% if x',
    'X-Two: {{ y',
    '  still X-Two',
    'Content-Type: application/json',
    '',
    '{"a": 1}',
  ].join('\n');
  await expectScopes(text, 'X-One', [HEADER_NAME], { not: [OUTPUT] });
  await expectScopes(text, 'X-Two', [HEADER_NAME], { not: [TAG] });
  await expectScopes(text, 'still X-Two', [OUTPUT]);
  await expectScopes(text, 'Content-Type', [HEADER_NAME], { not: [OUTPUT] });
  await expectScopes(text, '"a"', [JSON_KEY]);
});

test('a body that is not JSON still gets Liquid', async () => {
  const text = 'POST https://x\nContent-Type: application/x-www-form-urlencoded\n\nname={{${first_name} | url_param_escape}}&stage=MQL\n';
  await expectScopes(text, 'first_name', ['meta.body.braze-webhook', OUTPUT, ATTRIBUTE]);
  await expectScopes(text, 'url_param_escape', ['support.function.filter.liquid']);
  await expectScopes(text, '&stage=MQL', ['meta.body.braze-webhook'], { not: [OUTPUT] });
});

test('pathological lines tokenize without throwing', async () => {
  const braces = '{'.repeat(10_000);
  const brackets = '['.repeat(10_000);
  const cases = {
    'body': `POST https://x\n\n${braces}\n"after"`,
    'body, in a JSON object': `POST https://x\n\n{\n${braces}\n"after"`,
    'JSON string': `POST https://x\n\n{"a": "${braces}"}\n"after"`,
    'URL': `POST https://x/${braces}\nX-After: 1`,
    'header value': `POST https://x\nX-A: ${braces}\nX-After: 1`,
    'percent signs in a tag': `POST https://x\n\n{% if ${'%'.repeat(10_000)}\n"after"`,
  };
  for (const [name, text] of Object.entries(cases)) {
    const lines = await tokenizeText(text);
    const source = splitLines(text);
    assert.equal(lines.length, source.length, name);
    lines.forEach((tokens, i) => {
      assert.ok(tokens.length > 0, `${name}: line ${i} has tokens`);
      assert.equal(tokens[tokens.length - 1].endIndex, source[i].length, `${name}: line ${i} is covered`);
    });
  }
  // 10,000 nested arrays: with `tokenizeLine` each token would carry up to
  // 10,000 scope names, so tokenize as VS Code does (binary tokens).
  const nested = await tokenizeTextBinary(`POST https://x\n\n${brackets}\n"after"`);
  assert.equal(nested.length, 4);
  assert.ok(nested.every(tokens => tokens.length >= 2));
  // The header after a pathological URL or header value is still a header.
  await expectScopes(`POST https://x/${braces}\nX-After: 1`, 'X-After', [HEADER_NAME]);
  await expectScopes(`POST https://x\nX-A: ${braces}\nX-After: 1`, 'X-After', [HEADER_NAME]);
});

test('the helper reports tokens line by line with the carried rule stack', async () => {
  const lines = await tokenizeText(sample);
  assert.equal(lines.length, splitLines(sample).length);
  // The connected_content tag opened on one line is still open on the next ones.
  const methodLine = splitLines(sample).findIndex(l => l.includes(':method'));
  assert.ok(lines[methodLine].some(t => t.scopes.includes(TAG)), describeTokens([lines[methodLine]]));
});

// ---- The grammar file itself -------------------------------------------------

type Rule = Record<string, unknown>;
const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as Rule & { repository: Record<string, Rule> };

function* walk(node: unknown, at: string): Generator<[string, string, unknown]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walk(node[i], `${at}[${i}]`);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      yield [at, key, value];
      yield* walk(value, `${at}.${key}`);
    }
  }
}

test('grammar: scope name and every scope end in .braze-webhook, .liquid, .braze or .json', () => {
  assert.equal(raw.scopeName, 'source.braze-webhook');
  const bad: string[] = [];
  for (const [at, key, value] of walk(raw.repository, 'repository')) {
    if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
      for (const scope of value.split(/\s+/)) if (!/\.(braze-webhook|liquid|braze|json)$/.test(scope)) bad.push(`${at}: ${scope}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('grammar: every include points at a repository entry, and every entry is used', () => {
  const used = new Set<string>();
  const missing: string[] = [];
  for (const [at, key, value] of walk(raw, '')) {
    if (key === 'include' && typeof value === 'string') {
      assert.match(value, /^#/, `${at}: only local includes`);
      used.add(value.slice(1));
      if (!(value.slice(1) in raw.repository)) missing.push(`${at}: ${value}`);
    }
  }
  assert.deepEqual(missing, []);
  assert.deepEqual(Object.keys(raw.repository).filter(k => !used.has(k)), []);
});

test('grammar: every regular expression compiles with Oniguruma', async () => {
  await loadGrammar(); // loads the WebAssembly
  const failures: string[] = [];
  for (const [at, key, value] of walk(raw, '')) {
    if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') {
      try {
        new OnigScanner([value]).dispose();
      } catch (e) {
        failures.push(`${at}.${key}: ${(e as Error).message}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

// ---- language-configuration.json ---------------------------------------------

test('language configuration: comments, Liquid auto-closing and the word pattern', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
  assert.equal(config.comments.lineComment, '#');
  const pairs = new Map<string, string>(config.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]));
  assert.equal(pairs.get('{{'), ' }}');
  assert.equal(pairs.get('{%'), ' %}');
  assert.equal(pairs.get('"'), '"');
  const words = (s: string) => s.match(new RegExp(config.wordPattern, 'g'));
  assert.deepEqual(words('"Lead_Stage__c": "MQL"'), ['Lead_Stage__c', 'MQL']);
  assert.deepEqual(words('{{${first_name}}}'), ['first_name']);
  assert.deepEqual(words('Content-Type: application/json'), ['Content-Type', 'application', 'json']);
  for (const rule of config.onEnterRules) {
    new RegExp(rule.beforeText);
    if (rule.afterText) new RegExp(rule.afterText);
  }
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  assert.ok(increase.test('  "Address": {'));
  assert.ok(!increase.test('  "Name": "{{${first_name}}}",'));
  assert.ok(decrease.test('  },'));
  assert.ok(decrease.test('{% endif %}'));
});

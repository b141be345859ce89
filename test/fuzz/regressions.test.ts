/**
 * Inputs that once cost more than linear time (seconds, minutes) or threw, each now called
 * through every language-service function within the hang guard of `budget.ts`: the findings of
 * the "never hang" issue, of reading the code, and of the fuzzer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/language';
import { parseWebhook } from '../../server/src/syntax';
import { withinBudget } from './budget';
import { callEverything } from './service-calls';

const REQUEST = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n';
const HEAD = `${REQUEST}Content-Type: application/json\n\n`;
const AT_END_AND_MIDDLE = { positions: [1, 0.5, 0], ranges: [[0, 1] as [number, number]] };

/** Every call on `text`, the cursor at its end, middle and start. */
const everything = (text: string) => callEverything(text, AT_END_AND_MIDDLE);

test('completion after a 10,000- and a 30,000-character body value (a /\\w*$/ over the body, once per Lead field)', () => {
  for (const n of [10_000, 30_000]) {
    const text = `${HEAD}{"LastName": "${'a'.repeat(n)}", `;
    everything(text);
    const document = TextDocument.create('file:///long-value.webhook', 'braze-webhook', 1, text);
    const items = withinBudget('doComplete', text.length, () => getLanguageService().doComplete(document, document.positionAt(text.length)));
    assert.ok(items.items.some((i) => i.label === 'Company'), 'the Lead fields are still offered');
  }
});

test('an output holding 2,000 and 8,000 "[" (liquidjs readValue retried at each character, each failure recounting lines)', () => {
  for (const n of [2_000, 8_000]) everything(`${HEAD}{"a": "{{ ${'['.repeat(n)} }}"}`);
  everything(`${HEAD}{% assign x = ${'['.repeat(8_000)} %}`);
});

test('10 KB and 100 KB of unclosed "{{ x", and of unclosed "{%" (the tokenizer rescanned to the end of the field each time)', () => {
  for (const n of [2_000, 20_000]) {
    everything(`${HEAD}{"a": "${'{{ x '.repeat(n)}"}`);
    everything(`${HEAD}{"a": "${'{% if '.repeat(n)}"}`);
  }
});

test('fuzzer: outputs liquidjs cannot read, by the thousand ({{{]%}}: each error liquidjs built formatted its stack)', () => {
  everything(`${HEAD}${'{{{]%}}'.repeat(3_000)}`);
});

test('fuzzer: 30,000 unclosed outputs with quotes (a problem object spread apart for each)', () => {
  everything(`${HEAD}${'{{ "{{ x.'.repeat(15_000)}`);
});

test('a body nested 10,000 deep: completion inside it threw a RangeError from jsonc-parser', () => {
  everything(`${HEAD}${'['.repeat(10_000)}`);
  everything(`${HEAD}${'{"a": '.repeat(5_000)}`);
});

test('an unclosed {% raw %} gets one problem, not one at every other character after it', () => {
  const doc = parseWebhook(`${HEAD}{"a": "{% raw %}${'{{ x '.repeat(1_000)}"}`);
  assert.deepEqual(doc.problems.map((p) => p.kind), ['block-unclosed']);
  everything(`${HEAD}{"a": "{% raw %}${'{{ x '.repeat(5_000)}"}`);
});

test('completion after a long word in an output, at its end and after a blank (end-anchored regular expressions)', () => {
  everything(`${HEAD}{"a": "{{ ${'a'.repeat(30_000)}`);
  everything(`${HEAD}{"a": "{{ ${'a'.repeat(30_000)} `);
  everything(`${HEAD}{"a": "{{ \${${'a b '.repeat(8_000)}`);
  everything(`${REQUEST.trimEnd()}${'a'.repeat(30_000)}/\n\n{}`);
});

test('a URL holding 20,000 blanks (each finding quoted the rest of the URL)', () => {
  everything(`POST https://acme.my.salesforce.com/${'a '.repeat(20_000)}\n\n{}`);
});

test('10,000 duplicate headers and 20,000 header lines without a colon (line numbers counted from the start; a colon searched past the line)', () => {
  everything(`${REQUEST}${'X-A: 1\n'.repeat(10_000)}\n{}`);
  everything(`${REQUEST}${'abc\n'.repeat(20_000)}\n{}`);
});

test('a header folded over 10,000 lines with Liquid on each (offsets mapped through every fold)', () => {
  everything(`${REQUEST}X-A: 1\n${'  {{a}}\n'.repeat(10_000)}\n{}`);
});

test('thousands of {% elsif %} with filters (the opening block searched backwards for each)', () => {
  everything(`${HEAD}{"a": "{% if x %}${'{% elsif a | size > 1 %}'.repeat(3_000)}{% endif %}"}`);
});

test('thousands of token calls in one Authorization header (each looked through every output of the header)', () => {
  const call = '{% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post %}';
  everything(`${REQUEST}Authorization: ${call.repeat(2_000)}${' '.repeat(20_000)}Bearer {{result.access_token}}\n\n{}`);
});

test('thousands of variables read in the body and set in a header', () => {
  everything(`${REQUEST}X-A: ${'{% assign v = 1 %}'.repeat(3_000)}\n\n{"a": "${'{{v}}'.repeat(10_000)}"}`);
});

test('outputs nested as filter arguments and left open, 20,000 deep (liquidjs read each to the end)', () => {
  everything(`${HEAD}{"a": "{{ x | plus: ${'{{ '.repeat(20_000)} }}"}`);
});

test('thousands of empty filters in one long output: each of their messages quotes the output shortly', () => {
  const text = `${HEAD}{"a": "{{ x ${'| '.repeat(10_000)}}}"}`;
  everything(text);
  const document = TextDocument.create('file:///pipes.webhook', 'braze-webhook', 1, text);
  const filters = getLanguageService().doValidation(document).filter((d) => d.code === 'liquid-syntax');
  assert.equal(filters.length, 10_000);
  const longest = Math.max(...filters.map((d) => String(d.message).length));
  assert.ok(longest < 300, `a message of ${longest} characters`);
});

test('an Email value with a long domain (a regular expression backtracked over the dots)', () => {
  everything(`${HEAD}{"LastName": "x", "Company": "y", "Email": "a@${'.'.repeat(30_000)} x"}`);
});

test('a long identifier before an unclosed "[" (the retries read the identifier again from each character)', () => {
  everything(`${HEAD}{"a": "{{ ${'a'.repeat(50_000)}[ }}"}`);
  everything(`${HEAD}{"a": "{{ ${'1'.repeat(50_000)}[ }}"}`);
});

test('20,000 unclosed {% capture %} in the body (each searched the rest of the body for its end tag)', () => {
  everything(`${HEAD}${'{% capture x %}'.repeat(20_000)}{}`);
});

test('disable directives repeated on one long line, and a @name comment with a long run of blanks', () => {
  everything(`${HEAD}{% comment %}braze-webhook-disable-next-line ${'braze-webhook-disable-next-line '.repeat(5_000)}{% endcomment %}\n{}`);
  everything(`# @name a${' '.repeat(50_000)}b\n${HEAD}{}`);
});

test('curly quotes by the thousand in an output, and a {% liquid %} tag of 20,000 lines', () => {
  everything(`${HEAD}{"a": "{{ x | default: ${'\u201C'.repeat(20_000)} }}"}`);
  everything(`${HEAD}{"a": "{% liquid ${'echo x | upcase\n'.repeat(20_000)} %}"}`);
});

test('connected_content arguments: thousands of "{{" in a URL, of "{" in :headers, of stray words', () => {
  everything(`${HEAD}{"a": "{% connected_content https://x.example.com/${'{{'.repeat(20_000)} %}"}`);
  everything(`${HEAD}{"a": "{% connected_content https://x.example.com :headers ${'{'.repeat(20_000)} %}"}`);
  everything(`${HEAD}{"a": "{% connected_content https://x.example.com ${'a '.repeat(20_000)} %}"}`);
});

test('thousands of unclosed "[insert_" (the placeholder pattern stops at the next "[")', () => {
  everything(`${HEAD}{"a": "${'[insert_'.repeat(10_000)}"}`);
});

test('ifs nested 20,000 deep and brackets nested 100,000 deep with a branch: the paths analysis recursed per level', () => {
  everything(`${HEAD}{"LastName": "x"${'{% if a %}'.repeat(20_000)}, "A": 1${'{% endif %}'.repeat(20_000)}}`);
  everything(`${HEAD}{"A": {% if a %}1{% else %}2{% endif %}, "B": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
  everything(`${HEAD}{"A": {% if a %}1{% else %}2{% endif %}, "B": ${'['.repeat(300)}{% if b %}]{% endif %}${']'.repeat(299)}}`);
});

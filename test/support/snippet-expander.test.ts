import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeSnippetText } from '../../server/src/core';
import { expandSnippet, parseSnippet } from './snippet-expander';

describe('expandSnippet', () => {
  test('plain text is kept; the cursor ends at the end', () => {
    const e = expandSnippet('POST https://acme.my.salesforce.com/');
    assert.equal(e.text, 'POST https://acme.my.salesforce.com/');
    assert.equal(e.finalOffset, e.text.length);
    assert.deepEqual(e.tabStops, []);
  });

  test('tab stops, placeholders and $0 with their ranges', () => {
    const e = expandSnippet('a $1 b ${2:two} c ${3} $0d');
    assert.equal(e.text, 'a  b two c  d');
    assert.deepEqual(
      e.tabStops.map((t) => [t.index, t.default, t.value, t.ranges]),
      [
        [1, '', '', [{ start: 2, end: 2 }]],
        [2, 'two', 'two', [{ start: 5, end: 8 }]],
        [3, '', '', [{ start: 11, end: 11 }]],
        [0, '', '', [{ start: 12, end: 12 }]],
      ],
    );
    assert.equal(e.finalOffset, 12);
  });

  test('typed values replace defaults, and mirrors follow', () => {
    const body = 'https://${1:[insert_instance_name]}.my.salesforce.com ... https://$1.my.salesforce.com';
    assert.equal(expandSnippet(body).text, 'https://[insert_instance_name].my.salesforce.com ... https://[insert_instance_name].my.salesforce.com');
    const e = expandSnippet(body, { value: (s) => (s.default === '[insert_instance_name]' ? 'acme' : undefined) });
    assert.equal(e.text, 'https://acme.my.salesforce.com ... https://acme.my.salesforce.com');
    assert.equal(e.tabStops[0]?.ranges.length, 2);
    // A mirror written before the placeholder still gets its default.
    assert.equal(expandSnippet('$1-${1:x}').text, 'x-x');
  });

  test('choices: the first option is the default; the value function sees the options', () => {
    assert.equal(expandSnippet('${1|MQL,SQL,Lead|}').text, 'MQL');
    const seen: (string[] | undefined)[] = [];
    const e = expandSnippet('${1|MQL,SQL|}', { value: (s) => (seen.push(s.choices), 'SQL') });
    assert.equal(e.text, 'SQL');
    assert.deepEqual(seen, [['MQL', 'SQL']]);
    assert.equal(expandSnippet('${1|a\\,b,c\\|d|}').text, 'a,b');
    assert.equal(expandSnippet('${1|a,c\\|d|}', { value: (s) => s.choices?.[1] }).text, 'c|d');
  });

  test('nested placeholders: kept at their defaults, replaced when the outer one is typed over', () => {
    const body = '${1:Bearer ${2:token}}';
    assert.equal(expandSnippet(body).text, 'Bearer token');
    assert.equal(expandSnippet(body, { value: (s) => (s.index === 2 ? 'abc' : undefined) }).text, 'Bearer abc');
    assert.equal(expandSnippet(body, { value: (s) => (s.index === 1 ? 'Basic x' : undefined) }).text, 'Basic x');
  });

  test('escapes: \\$ \\} \\\\ anywhere; another backslash is literal', () => {
    assert.equal(expandSnippet('{{\\${first_name\\}}}').text, '{{${first_name}}}');
    assert.equal(expandSnippet('${1:\\${last_name\\}}').text, '${last_name}');
    assert.equal(expandSnippet('a\\\\b').text, 'a\\b');
    assert.equal(expandSnippet('a\\nb').text, 'a\\nb');
    assert.equal(expandSnippet('"{{${2:\\${last_name\\}} | json_escape}}"').text, '"{{${last_name} | json_escape}}"');
    // `}` needs no escape outside a placeholder; inside one it ends it.
    assert.equal(expandSnippet('{% if x %}}').text, '{% if x %}}');
    assert.equal(expandSnippet('${1:a}b}').text, 'ab}');
  });

  test('a Braze attribute written without escaping becomes a VS Code variable: its name, reported', () => {
    const e = expandSnippet('{{${first_name}}}');
    assert.equal(e.text, '{{first_name}}');
    assert.deepEqual(e.unknownVariables, ['first_name']);
    const f = expandSnippet('$user_id and ${company}');
    assert.equal(f.text, 'user_id and company');
    assert.deepEqual(f.unknownVariables, ['user_id', 'company']);
  });

  test('known variables give their value, or their default when empty', () => {
    assert.equal(expandSnippet('${TM_FILENAME_BASE:untitled}.webhook', { variables: { TM_FILENAME_BASE: 'lead' } }).text, 'lead.webhook');
    assert.equal(expandSnippet('${TM_FILENAME_BASE:untitled}.webhook').text, 'untitled.webhook');
    assert.equal(expandSnippet('$CURRENT_YEAR', { variables: { CURRENT_YEAR: '2026' } }).text, '2026');
  });

  test('what does not parse is literal text', () => {
    assert.equal(expandSnippet('$').text, '$');
    assert.equal(expandSnippet('cost: $ 5').text, 'cost: $ 5');
    assert.equal(expandSnippet('${1:open').text, '${1:open');
    assert.equal(expandSnippet('${ 1}').text, '${ 1}');
    assert.equal(expandSnippet('${1|a,b').text, '${1|a,b');
  });

  test('transforms are refused', () => {
    assert.throws(() => expandSnippet('${1/(.*)/$1/}'), /transforms are not supported/);
  });

  test('parseSnippet gives the tree', () => {
    assert.deepEqual(parseSnippet('a${1:b$2}c'), [
      { kind: 'text', text: 'a' },
      { kind: 'placeholder', index: 1, children: [{ kind: 'text', text: 'b' }, { kind: 'tabstop', index: 2 }] },
      { kind: 'text', text: 'c' },
    ]);
  });
});

describe('escapeSnippetText', () => {
  test('round-trips any text through the expander', () => {
    for (const text of ['{{${first_name} | json_escape}}', 'a\\b $1 ${x} }', '{% if {{time_left}} > 0 %}$', '']) {
      assert.equal(expandSnippet(escapeSnippetText(text)).text, text);
    }
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '.';

const TEXT = [
  '# one', // 0
  '# two', // 1
  'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', // 2
  'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token', // 3
  '    :method post', // 4
  '    :save result %}Bearer {{result.access_token}}', // 5
  'Content-Type: application/json', // 6
  '', // 7
  '{', // 8
  '  "LastName": "x",', // 9
  '  {% if ${country} == "KR" %}', // 10
  '  "Country": "KR",', // 11
  '  {% endif %}', // 12
  '  "Tags": [', // 13
  '    "a"', // 14
  '  ]', // 15
  '}', // 16
].join('\n');

test('folding: comment runs, a header over several lines, Liquid blocks and the JSON body', () => {
  const ranges = getLanguageService().getFoldingRanges(TextDocument.create('file:///f.webhook', 'braze-webhook', 1, TEXT));
  assert.deepEqual(ranges, [
    { startLine: 0, endLine: 1, kind: 'comment' },
    { startLine: 3, endLine: 5, kind: undefined },
    { startLine: 8, endLine: 15, kind: undefined },
    { startLine: 10, endLine: 11, kind: 'region' },
    { startLine: 13, endLine: 14, kind: undefined },
  ]);
});

test('an unclosed block folds nothing and breaks nothing', () => {
  const ranges = getLanguageService().getFoldingRanges(TextDocument.create('file:///g.webhook', 'braze-webhook', 1, TEXT.replace('  {% endif %}', '')));
  assert.ok(!ranges.some((r) => r.kind === 'region'));
});

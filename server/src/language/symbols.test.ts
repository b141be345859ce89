import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { getLanguageService } from '.';

const example = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'create-lead.webhook'), 'utf8');

const contains = (outer: DocumentSymbol['range'], inner: DocumentSymbol['range']) =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));

test('the outline: the request line, each header, the body with its keys', () => {
  const document = TextDocument.create('file:///s.webhook', 'braze-webhook', 1, example.replace('"company": "{{custom_attribute.${company}}}"', '"company": {"name": "x", "tags": [{"a": 1}]}'));
  const symbols = getLanguageService().findDocumentSymbols(document);
  assert.deepEqual(
    symbols.map((s) => [s.name, s.kind]),
    [
      ['POST https://[insert_instance_name].my.salesforce.com/services/data/v60.0/sobjects/Lead/', 6],
      ['Authorization', 7],
      ['Content-Type', 7],
      ['Body', 19],
    ],
  );
  assert.equal(symbols[0].detail, 'Salesforce Sales Cloud > Create Lead');
  assert.equal(symbols[2].detail, 'application/json');
  const body = symbols[3].children!;
  assert.deepEqual(body.map((s) => s.name), ['firstName', 'lastName', 'email', 'company']);
  assert.equal(body[0].detail, '"{{${first_name}}}"');
  assert.deepEqual(body[3].children!.map((s) => s.name), ['name', 'tags']);
  assert.deepEqual(body[3].children![1].children!.map((s) => [s.name, s.children?.map((c) => c.name)]), [['[0]', ['a']]]);
  const walk = (list: DocumentSymbol[]) => {
    for (const s of list) {
      assert.ok(contains(s.range, s.selectionRange), `${s.name}: the selection lies in the range`);
      assert.ok(s.name.length > 0);
      walk(s.children ?? []);
    }
  };
  walk(symbols);
});

test('a broken file still gets the parts it has', () => {
  const symbols = getLanguageService().findDocumentSymbols(TextDocument.create('file:///b.webhook', 'braze-webhook', 1, 'POST\nX-Long: ' + 'v'.repeat(300) + '\n\n{"a": '));
  assert.deepEqual(symbols.map((s) => s.name), ['POST', 'X-Long', 'Body']);
  assert.equal(symbols[1].detail!.length, 120, 'long details are cut');
});

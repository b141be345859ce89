import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '.';

const TEMPLATE = [
  'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
  'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=[insert_client_id]&client_secret=s3cr3t&grant_type=client_credentials :save result %}Bearer {{result.access_token}}',
  'Content-Type: application/json',
  '',
  '{"apellido": "{{${last_name} | json_escape}}", "Company": "x"}',
].join('\n');

function actionsFor(code: string) {
  const service = getLanguageService();
  const document = TextDocument.create('file:///t.webhook', 'braze-webhook', 1, TEMPLATE);
  const diagnostics = service.doValidation(document).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `no ${code} diagnostic`);
  return { document, actions: service.doCodeActions(document, diagnostics[0].range, diagnostics) };
}

test('a quick fix arrives as a code action whose workspace edit rewrites the file', () => {
  const { document, actions } = actionsFor('lead-field-unknown');
  const fix = actions.find((a) => a.title === 'Change the key to "LastName"');
  assert.ok(fix, actions.map((a) => a.title).join(', '));
  assert.equal(fix.kind, 'quickfix');
  assert.equal(fix.isPreferred, true);
  const [edit] = fix.edit!.changes!['file:///t.webhook'] as TextEdit[];
  const text = document.getText();
  assert.equal(text.slice(0, document.offsetAt(edit.range.start)) + edit.newText + text.slice(document.offsetAt(edit.range.end)), TEMPLATE.replace('"apellido"', '"LastName"'));
});

test('filling a placeholder is a command for the editor, with no edit: the secret does not go into the file by default', () => {
  const { actions } = actionsFor('placeholder');
  assert.equal(actions.length, 1);
  assert.equal(actions[0].edit, undefined);
  assert.deepEqual(actions[0].command?.arguments, [{ placeholder: '[insert_client_id]', secret: false }]);
  assert.equal(actions[0].command?.command, 'brazeWebhooks.fillPlaceholder');
});

test('the secret itself appears in no diagnostic message', () => {
  const service = getLanguageService();
  const document = TextDocument.create('file:///t.webhook', 'braze-webhook', 1, TEMPLATE);
  const diagnostics = service.doValidation(document);
  assert.ok(diagnostics.some((d) => d.code === 'secret-inline'));
  for (const d of diagnostics) assert.doesNotMatch(String(d.message), /s3cr3t/);
});

test('diagnostics from another source get no actions', () => {
  const service = getLanguageService();
  const document = TextDocument.create('file:///t.webhook', 'braze-webhook', 1, TEMPLATE);
  const foreign = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'other', data: { fixes: [{ title: 't', edits: [] }] } }];
  assert.deepEqual(service.doCodeActions(document, foreign[0].range, foreign), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Range, TextEdit } from 'vscode-languageserver-types';
import { defaultClientSupport, getLanguageService } from '.';

const TEMPLATE = [
  'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
  'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=[insert_client_id]&client_secret=s3cr3t&grant_type=client_credentials :save result %}Bearer {{result.access_token}}',
  'Content-Type: application/json',
  '',
  '{"apellido": "{{${last_name} | json_escape}}", "Company": "x"}',
].join('\n');

function actionsFor(code: string, text = TEMPLATE, service = getLanguageService()) {
  const document = TextDocument.create('file:///t.webhook', 'braze-webhook', 1, text);
  const diagnostics = service.doValidation(document).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `no ${code} diagnostic`);
  return { document, actions: service.doCodeActions(document, diagnostics[0].range, ['quickfix']) };
}

/** The text after a code action's edit. */
function applied(document: TextDocument, action: CodeAction): string {
  const edits = (action.edit?.changes?.[document.uri] ?? []) as TextEdit[];
  return TextDocument.applyEdits(document, edits);
}

test('a quick fix arrives as a code action whose workspace edit rewrites the file', () => {
  const { document, actions } = actionsFor('field-unknown');
  const fix = actions.find((a) => a.title === 'Change the key to "LastName"');
  assert.ok(fix, actions.map((a) => a.title).join(', '));
  assert.equal(fix.kind, 'quickfix');
  assert.equal(fix.isPreferred, true);
  assert.equal(applied(document, fix), TEMPLATE.replace('"apellido"', '"LastName"'));
  assert.equal(fix.diagnostics?.[0].code, 'field-unknown');
  assert.equal(fix.diagnostics?.[0].data, undefined, 'the fixes stay in the service');
});

test('a placeholder gets a plain edit to a Content Block reference; the fill-in command only for a client that has it', () => {
  const plain = actionsFor('placeholder');
  assert.equal(plain.actions.length, 1);
  const [edit] = plain.actions;
  assert.equal(edit.command, undefined);
  assert.match(edit.title, /^Replace \[insert_client_id\] with \{\{content_blocks\.\$\{client_id\}\}\} \(then create the Content Block "client_id" in Braze, or type the value over it\)$/);
  assert.equal(applied(plain.document, edit), TEMPLATE.replace('[insert_client_id]', '{{content_blocks.${client_id}}}'));

  const vscode = actionsFor('placeholder', TEMPLATE, getLanguageService({ client: { ...defaultClientSupport, fillPlaceholderCommand: true } }));
  assert.deepEqual(vscode.actions.map((a) => [a.command?.command, a.isPreferred]), [['brazeWebhooks.fillPlaceholder', true], [undefined, undefined]]);
  assert.deepEqual(vscode.actions[0].command?.arguments, [{ placeholder: '[insert_client_id]', secret: false }]);
});

test('a secret placeholder goes to a Content Block: every occurrence, and the title says so', () => {
  const text = TEMPLATE.replace('s3cr3t', '[insert_client_secret]').replace('"x"', '"[insert_client_secret]"');
  const { document, actions } = actionsFor('placeholder', text.replace('[insert_client_id]', 'id'));
  assert.match(actions[0].title, /^Keep \[insert_client_secret\] in a Content Block: write \{\{content_blocks\.\$\{client_secret\}\}\}/);
  assert.equal(applied(document, actions[0]), text.replace('[insert_client_id]', 'id').replaceAll('[insert_client_secret]', '{{content_blocks.${client_secret}}}'));
});

test('the secret itself appears in no diagnostic message', () => {
  const service = getLanguageService();
  const document = TextDocument.create('file:///t.webhook', 'braze-webhook', 1, TEMPLATE);
  const diagnostics = service.doValidation(document);
  assert.ok(diagnostics.some((d) => d.code === 'secret-inline'));
  for (const d of diagnostics) assert.doesNotMatch(String(d.message), /s3cr3t/);
});

test('the fixes come from the current text: after an edit, the range of an old diagnostic gets the fix at its new place', () => {
  const service = getLanguageService();
  const korean = TEMPLATE.replace('"apellido"', '"이름"').replace('"x"', '"😀 x"');
  const v1 = TextDocument.create('file:///k.webhook', 'braze-webhook', 1, korean);
  const [old] = service.doValidation(v1).filter((d) => d.code === 'field-unknown');
  // The body line is indented: the client still holds the diagnostic of version 1.
  const v2 = TextDocument.update(v1, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '    ' }], 2);
  const line: Range = { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } };
  const [fix] = service.doCodeActions(v2, { start: line.start, end: old.range.end }).filter((a) => a.title === 'Change the key to "FirstName"');
  assert.ok(fix);
  assert.equal(applied(v2, fix), v2.getText().replace('"이름"', '"FirstName"'));
  assert.deepEqual(fix.diagnostics?.[0].range, { start: { line: 4, character: 5 }, end: { line: 4, character: 9 } });
});

test('only the problems that touch the requested range get fixes; a cursor at a diagnostic\'s edge counts', () => {
  const service = getLanguageService();
  const document = TextDocument.create('file:///r.webhook', 'braze-webhook', 1, TEMPLATE);
  const atRequestLine = service.doCodeActions(document, { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, ['quickfix']);
  assert.deepEqual(atRequestLine, []);
  const key = service.doValidation(document).find((d) => d.code === 'field-unknown')!;
  const titles = service.doCodeActions(document, { start: key.range.end, end: key.range.end }, ['quickfix']).map((a) => a.title);
  assert.ok(titles.includes('Change the key to "LastName"'), titles.join(', '));
});

test('source.fixAll applies every safe fix at once (preferred, no input needed), and leaves the placeholders', () => {
  const text = [
    'POST https://[insert_instance_name].my.salesforce.com/services/data/v60.0/sobjects/Lead/',
    "Authorization: {% connected_content https://[insert_instance_name].my.salesforce.com/services/oauth2/token :method post :body client_id=3MVG9example&client_secret={{content_blocks.${sf_secret}}}&grant_type=client_credentials :cache_max_age 900 :save result %}{% if result.access_token == blank %}{% abort_message('no token') %}{% endif %}Bearer {{result.access_token}}",
    'Content-Type: application/json',
    '',
    '{"FirstName": "{{${first_name}}}", "LastName": "{{${last_name}}}", "Company": "{{custom_attribute.${company}}}"}',
  ].join('\n');
  const service = getLanguageService();
  const document = TextDocument.create('file:///all.webhook', 'braze-webhook', 1, text);
  const actions = service.doCodeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll');
  assert.equal(actions[0].title, 'Fix all safe problems (3)');
  assert.equal(
    applied(document, actions[0]),
    text.replace('{{${first_name}}}', '{{${first_name} | json_escape}}').replace('{{${last_name}}}', '{{${last_name} | json_escape}}').replace('}}}"}', '} | json_escape}}"}'),
  );
  assert.deepEqual(service.doCodeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.organizeImports']), []);
});

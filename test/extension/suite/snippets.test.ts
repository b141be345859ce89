/// <reference types="vscode" />
// Each snippet the extension contributes (snippets/braze-webhook.json) inserted into an untitled
// braze-webhook editor: the text it leaves with its tab stops at their defaults (a whole template:
// its template's text), and what the language server then says: no error or warning but the
// `placeholder` errors of the docs' placeholders the snippets keep ([insert_instance_name],
// [insert_client_id], ...).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import snippetFile from '../../../snippets/braze-webhook.json';
import { closeActiveEditor, codeOf, diagnosticsAfter, openUntitled, snippetText, waitFor } from './helpers';
import { TEMPLATE_SNIPPETS } from '../../snippets/template-snippets';

/** The request line and headers of a complete Create Lead template, the docs' placeholders kept. */
const REQUEST_WITH_TOKEN = [
    'POST https://[insert_instance_name].my.salesforce.com/services/data/v67.0/sobjects/Lead/',
    'Authorization: {% connected_content https://[insert_instance_name].my.salesforce.com/services/oauth2/token',
    '    :method post',
    '    :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials',
    '    :cache_max_age 900',
    "    :save result %}{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}",
    'Content-Type: application/json',
];

/** The document a snippet that is part of a template goes into; `¦` is the cursor. Whole templates go into an empty one. */
const HOSTS: Record<string, string> = {
  // A body without LastName (a required field): the snippet adds it.
  'Salesforce: Lead field': [
    '# @name Create Lead (host of the Lead field snippet)',
    ...REQUEST_WITH_TOKEN,
    '',
    '{',
    '  ¦',
    '  "FirstName": "{{${first_name} | json_escape}}",',
    '  "Company": "{{custom_attribute.${company} | json_escape}}"',
    '}',
    '',
  ].join('\n'),
  // A request without its Authorization header.
  'Salesforce: OAuth Authorization header': [
    '# @name Create Lead (host of the OAuth header snippet)',
    'POST https://[insert_instance_name].my.salesforce.com/services/data/v67.0/sobjects/Lead/',
    '¦',
    'Content-Type: application/json',
    '',
    '{',
    '  "LastName": "{{${last_name} | json_escape}}",',
    '  "Company": "{{custom_attribute.${company} | json_escape}}"',
    '}',
    '',
  ].join('\n'),
  // An empty JSON string value.
  'Braze: attribute with default': [
    '# @name Create Lead (host of the attribute snippet)',
    ...REQUEST_WITH_TOKEN,
    '',
    '{',
    '  "FirstName": "¦",',
    '  "LastName": "{{${last_name} | json_escape}}",',
    '  "Company": "{{custom_attribute.${company} | json_escape}}"',
    '}',
    '',
  ].join('\n'),
};

const PLACEHOLDER = /\[insert_[a-z_]+\]/i;

const snippets = Object.entries(snippetFile as Record<string, { prefix: string | string[]; body: string | string[] }>).map(([name, s]) => ({
  name,
  body: Array.isArray(s.body) ? s.body.join('\n') : s.body,
}));

suite('snippets', () => {
  teardown(async () => {
    while (vscode.window.activeTextEditor?.document.isUntitled) await closeActiveEditor();
  });

  test('every snippet has a host document here (whole templates go into an empty one)', () => {
    assert.ok(snippets.length >= 10, `only ${snippets.length} snippets`);
    const missing = Object.keys(TEMPLATE_SNIPPETS).filter((name) => !snippets.some((s) => s.name === name));
    assert.deepEqual(missing, [], 'a template without its snippet');
    const hostless = snippets.filter((s) => !(s.name in TEMPLATE_SNIPPETS) && !(s.name in HOSTS)).map((s) => s.name);
    assert.deepEqual(hostless, [], 'add a host document to HOSTS in snippets.test.ts');
  });

  for (const snippet of snippets) {
    test(`snippet "${snippet.name}" inserts its text; only placeholder errors remain`, async () => {
      const host = HOSTS[snippet.name] ?? '';
      const editor = await openUntitled(host);
      const { uri } = editor.document;
      // The server's diagnostics of the host come first (an empty file has "request line missing").
      await waitFor('the diagnostics of the host document', 20_000, () => (vscode.languages.getDiagnostics(uri).length > 0 ? true : undefined));
      // A whole template inserts its template's text: the snippet file and the commands share one description.
      const template = TEMPLATE_SNIPPETS[snippet.name];
      const expected = template ? template().text : host.replace('¦', snippetText(snippet.body));

      const diagnostics = await diagnosticsAfter(
        uri,
        () => editor.insertSnippet(new vscode.SnippetString(snippet.body)),
        (found) => {
          const text = editor.document.getText();
          const blocking = found.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning && codeOf(d) !== 'placeholder');
          const placeholders = found.filter((d) => codeOf(d) === 'placeholder');
          return blocking.length === 0 && placeholders.length > 0 === PLACEHOLDER.test(text);
        },
      );
      assert.equal(editor.document.getText(), expected);
      for (const d of diagnostics.filter((x) => codeOf(x) === 'placeholder')) {
        assert.match(editor.document.getText(d.range), PLACEHOLDER, `a placeholder error on "${editor.document.getText(d.range)}"`);
      }
    });
  }
});

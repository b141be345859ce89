import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { composerFields, composerView, leftoverWarning } from './composer-fields';
import { composerHtml } from './composer-html';
import { createLeadTemplate } from './lead-templates';
import { repoPath } from '../../../test/support/paths';

const ROOT = repoPath();
const TOKEN =
  '{% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials :save result %}Bearer {{result.access_token}}';

describe('composerView', () => {
  test("Braze's English recipe: URL, method, headers (continuation lines joined), body as pairs", () => {
    const view = composerView(readFileSync(join(ROOT, 'examples', 'create-lead.webhook'), 'utf8'));
    assert.equal(view.name, 'Salesforce Sales Cloud > Create Lead');
    assert.equal(view.method, 'POST');
    assert.equal(view.url, 'https://[insert_instance_name].my.salesforce.com/services/data/v60.0/sobjects/Lead/');
    assert.deepEqual(view.headers, [
      { key: 'Authorization', value: TOKEN.replace('acme', '[insert_instance_name]') },
      { key: 'Content-Type', value: 'application/json' },
    ]);
    assert.deepEqual(view.body, {
      mode: 'pairs',
      pairs: [
        { key: 'firstName', value: '{{${first_name}}}' },
        { key: 'lastName', value: '{{${last_name}}}' },
        { key: 'email', value: '{{${email_address}}}' },
        { key: 'company', value: '{{custom_attribute.${company}}}' },
      ],
    });
    assert.deepEqual(view.problems, []);
  });

  test('the Create Lead command template: pairs keep their Liquid filters', () => {
    const view = composerView(createLeadTemplate({ instance: 'acme' }).text);
    assert.equal(view.body.mode, 'pairs');
    assert.deepEqual(view.body.mode === 'pairs' && view.body.pairs[3], { key: 'Company', value: '{{custom_attribute.${company} | json_escape}}' });
    assert.match(view.headers[0]!.value, /:cache_max_age 900 :save result %\}\{% if result\.access_token == blank %\}/);
  });

  test('JSON escapes in a string are decoded: the composer box takes the value itself', () => {
    const view = composerView('POST https://x.example/\n\n{"Description": "He said \\"hi\\"\\n", "Title": "{{${first_name}}} \\u00e9"}\n');
    assert.deepEqual(view.body, { mode: 'pairs', pairs: [{ key: 'Description', value: 'He said "hi"\n' }, { key: 'Title', value: '{{${first_name}}} é' }] });
  });

  test('raw text when the body is not a flat object of strings', () => {
    const raw = (body: string) => composerView(`POST https://x.example/\nContent-Type: application/json\n\n${body}\n`).body;
    assert.deepEqual(raw('{"NumberOfEmployees": 5}'), { mode: 'raw', text: '{"NumberOfEmployees": 5}', reason: '"NumberOfEmployees" is not a string: key/value pairs send strings only' });
    assert.equal((raw('{"a": {"b": "c"}}') as { reason?: string }).reason, '"a" is not a string: key/value pairs send strings only');
    assert.equal((raw('["a"]') as { reason?: string }).reason, 'the body is not a JSON object');
    assert.equal((raw('{}') as { reason?: string }).reason, 'the JSON object is empty');
    assert.equal((raw('{"a": "1", "a": "2"}') as { reason?: string }).reason, '"a" is written twice');
    assert.equal((raw('{"a": "1" "b": "2"}') as { reason?: string }).reason, 'the JSON body does not parse');
    assert.equal((raw('{"a": "1"{% if x %}, "b": "2"{% endif %}}') as { reason?: string }).reason, 'Liquid stands between the members');
    assert.deepEqual(raw('name={{${first_name} | url_param_escape}}&x=1'), { mode: 'raw', text: 'name={{${first_name} | url_param_escape}}&x=1' });
  });

  test('no body, no headers', () => {
    const view = composerView('GET https://x.example/{{${user_id}}}\n');
    assert.deepEqual(view, { method: 'GET', url: 'https://x.example/{{${user_id}}}', headers: [], body: { mode: 'none' }, problems: [] });
  });

  test('syntax problems are passed on', () => {
    const view = composerView('POST https://x.example/\nAuthorization Bearer x\n\n{}');
    assert.ok(view.problems.length > 0);
  });
});

describe('composerFields', () => {
  test('one copyable value per box, in the composer order, with stable ids', () => {
    const fields = composerFields(composerView(readFileSync(join(ROOT, 'examples', 'update-lead-to-mql.webhook'), 'utf8')));
    assert.deepEqual(
      fields.map((f) => [f.id, f.section, f.label]),
      [
        ['name', 'Template', 'Template name'],
        ['url', 'Request', 'Webhook URL'],
        ['method', 'Request', 'HTTP method'],
        ['header-0-key', 'Headers', 'Key'],
        ['header-0-value', 'Headers', 'Value of Authorization'],
        ['header-1-key', 'Headers', 'Key'],
        ['header-1-value', 'Headers', 'Value of Content-Type'],
        ['body-0-key', 'Body', 'Key'],
        ['body-0-value', 'Body', 'Value of Lead_Stage__c'],
      ],
    );
    assert.equal(fields.find((f) => f.id === 'body-0-value')?.value, 'MQL');
    assert.equal(new Set(fields.map((f) => f.id)).size, fields.length);
  });

  test('a raw body is one field', () => {
    const fields = composerFields(composerView('POST https://x.example/\n\n{"n": 1}\n'));
    assert.deepEqual(fields.at(-1), { id: 'body-raw', section: 'Body', label: 'Raw text', value: '{"n": 1}' });
  });
});

describe('leftover placeholders', () => {
  test('copying a value that still holds [insert_client_secret] is warned about; the box says so', () => {
    const view = composerView(readFileSync(join(ROOT, 'examples', 'create-lead.webhook'), 'utf8'));
    const fields = composerFields(view);
    const authorization = fields.find((f) => f.label === 'Value of Authorization')!;
    assert.equal(
      leftoverWarning(authorization),
      'Value of Authorization still holds [insert_instance_name], [insert_client_id], [insert_client_secret]: Braze would send them as written and the call fails. Fill them in first (in Braze, a secret belongs in a Content Block).',
    );
    assert.equal(leftoverWarning(fields.find((f) => f.label === 'Value of Content-Type')!), undefined);
    const html = composerHtml(view, fields, { nonce: 'CCCCCCCCCCCCCCCCCCCCCCCC', title: 't' });
    assert.ok(html.includes(`<div class="leftover" id="leftover-${authorization.id}">Still holds <code>[insert_instance_name]</code>, <code>[insert_client_id]</code>, <code>[insert_client_secret]</code>`));
  });
});

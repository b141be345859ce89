/**
 * The commands' templates: the text and the snippet agree, and the template a user ends up with
 * (the remaining tab stops filled as a user would) passes the language service with no error or
 * warning; left unfilled, only the docs' placeholders are reported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../server/src/language';
import { loadWorkspaceKnowledge, newestVersion } from '../../../server/src/core/knowledge';
import { expandSnippet } from '../../../test/support/snippet-expander';
import { assertClean, assertConsistent, assertOnlyPlaceholders, bodyOf, diagnose, errorsAndWarnings, typeSamples } from '../../../test/snippets/template-assertions';
import { customLeadFields, mqlValueFor } from './lead-fields';
import { createLeadTemplate, readInstanceName, updateLeadToMqlTemplate, upsertLeadTemplate, validateFieldName, validateInstanceName } from './lead-templates';
import { readSnippetFile } from './snippet-file';
import { renderSnippet, renderText } from './template-parts';
import { repoPath } from '../../../test/support/paths';

const ROOT = repoPath();
const DESCRIBE = readFileSync(join(ROOT, 'test', 'fixtures', 'describe', 'Lead.describe.json'), 'utf8');

describe('createLeadTemplate', () => {
  test('with the instance given: the docs template corrected, credentials left as tab stops', () => {
    const t = createLeadTemplate({ instance: 'acme' });
    assert.equal(
      t.text,
      [
        '# @name Salesforce Sales Cloud > Create Lead',
        `POST https://acme.my.salesforce.com/services/data/v${newestVersion()}/sobjects/Lead/`,
        'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token',
        '    :method post',
        '    :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials',
        '    :cache_max_age 900',
        "    :save result %}{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}",
        'Content-Type: application/json',
        '',
        '{',
        '  "FirstName": "{{${first_name} | json_escape}}",',
        '  "LastName": "{{${last_name} | json_escape}}",',
        '  "Email": "{{${email_address} | json_escape}}",',
        '  "Company": "{{custom_attribute.${company} | json_escape}}"',
        '}',
        '',
      ].join('\n'),
    );
    assert.match(t.snippet, /client_id=\$\{1:\[insert_client_id\]\}&client_secret=\$\{2:\[insert_client_secret\]\}/);
    assert.ok(t.snippet.includes('  "FirstName": "{{${3:\\${first_name\\}} | json_escape}}",\n'), t.snippet);
    assert.match(t.snippet, /\| json_escape\}\}"\$0\n\}\n$/);
    assertConsistent(t);
    assertClean(t);
    assertOnlyPlaceholders(t);
  });

  test('without an instance: a tab stop on [insert_instance_name], mirrored in the token URL', () => {
    const t = createLeadTemplate();
    assert.match(t.snippet, /^POST https:\/\/\$\{1:\[insert_instance_name\]\}\.my\.salesforce\.com/m);
    assert.match(t.snippet, /connected_content https:\/\/\$1\.my\.salesforce\.com/);
    assertConsistent(t);
    assertClean(t);
    assertOnlyPlaceholders(t);
    const e = expandSnippet(t.snippet, { value: typeSamples });
    assert.equal(e.tabStops.find((s) => s.index === 1)?.ranges.length, 2);
  });

  test('a sandbox instance and another API version', () => {
    const t = createLeadTemplate({ instance: 'acme--uat.sandbox', apiVersion: '62.0' });
    assert.match(t.text, /^POST https:\/\/acme--uat\.sandbox\.my\.salesforce\.com\/services\/data\/v62\.0\/sobjects\/Lead\/$/m);
    assertClean(t);
  });
});

describe('upsertLeadTemplate', () => {
  test('PATCH by the external id field: the retry-safe create, the assignment rules left alone', () => {
    const t = upsertLeadTemplate({ instance: 'acme' });
    assert.equal(
      t.text,
      [
        '# @name Salesforce Sales Cloud > Upsert Lead by External Id',
        '# Creates the Lead, or updates the Lead whose external id matches: a send Braze retries (408, 429, 5XX) cannot make a second Lead.',
        '# The org needs the custom Lead field the URL names, marked External ID and Unique, holding the Braze external_id (${user_id}, or ${braze_id}).',
        '# The body leaves that field out: Salesforce takes it from the URL.',
        '# Sforce-Auto-Assign: FALSE, or the Lead assignment rules re-run on every update (a new Lead is not assigned either).',
        `PATCH https://acme.my.salesforce.com/services/data/v${newestVersion()}/sobjects/Lead/Braze_Id__c/{{\${user_id} | url_param_escape}}`,
        'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token',
        '    :method post',
        '    :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials',
        '    :cache_max_age 900',
        "    :save result %}{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}",
        'Content-Type: application/json',
        'Sforce-Auto-Assign: FALSE',
        '',
        '{',
        '  "FirstName": "{{${first_name} | json_escape}}",',
        '  "LastName": "{{${last_name} | json_escape}}",',
        '  "Email": "{{${email_address} | json_escape}}",',
        '  "Company": "{{custom_attribute.${company} | json_escape}}"',
        '}',
        '',
      ].join('\n'),
    );
    // The field and the Braze value come first, in the URL; then the credentials, then the body.
    assert.ok(t.snippet.includes('/sobjects/Lead/${1:Braze_Id__c}/{{${2:\\${user_id\\}} | url_param_escape}}\n'), t.snippet);
    assert.match(t.snippet, /client_id=\$\{3:\[insert_client_id\]\}&client_secret=\$\{4:\[insert_client_secret\]\}/);
    assert.ok(!('Braze_Id__c' in bodyOf(t.text)), 'Salesforce refuses the external id field in the body of an upsert');
    assertConsistent(t);
    assertClean(t);
    assertOnlyPlaceholders(t);
  });

  test('another external id field and ${braze_id}, typed in their tab stops', () => {
    const t = upsertLeadTemplate();
    const typed = expandSnippet(t.snippet, { value: (s) => (s.default === 'Braze_Id__c' ? 'Braze_User__c' : s.default === '${user_id}' ? '${braze_id}' : typeSamples(s)) }).text;
    assert.match(typed, /^PATCH https:\/\/acme\.my\.salesforce\.com\/services\/data\/v[\d.]+\/sobjects\/Lead\/Braze_User__c\/\{\{\$\{braze_id\} \| url_param_escape\}\}$/m);
    assert.deepEqual(errorsAndWarnings(diagnose(typed, 'braze_id')), []);
  });
});

describe('updateLeadToMqlTemplate', () => {
  test('defaults: Lead_Stage__c = MQL, PATCH to the Lead whose id is the external_id; no field given: the key is a tab stop too', () => {
    const t = updateLeadToMqlTemplate({ instance: 'acme' });
    assert.match(t.text, /^PATCH https:\/\/acme\.my\.salesforce\.com\/services\/data\/v\d+\.0\/sobjects\/Lead\/\{\{\$\{user_id\}\}\}$/m);
    assert.match(t.text, /\{\n {2}"Lead_Stage__c": "MQL"\n\}\n$/);
    assert.match(t.snippet, /"\$\{3:Lead_Stage__c\}": "\$\{4:MQL\}"\$0/);
    assertConsistent(t);
    assertClean(t);
    assertOnlyPlaceholders(t);
    assert.match(updateLeadToMqlTemplate({ instance: 'acme', field: 'Lead_Stage__c' }).snippet, /"Lead_Stage__c": "\$\{3:MQL\}"\$0/);
  });

  test('a field of the describe file with its picklist values offered as a choice, checked with that knowledge', () => {
    const { fields } = customLeadFields(DESCRIBE, 'Lead.describe.json');
    const stage = fields.find((f) => f.name === 'Lead_Stage__c');
    const { value, choices } = mqlValueFor(stage);
    const t = updateLeadToMqlTemplate({ instance: 'acme', field: 'Lead_Stage__c', value, valueChoices: choices });
    assert.match(t.snippet, /"Lead_Stage__c": "\$\{3\|MQL,Lead,SQL\|\}"/);
    assert.match(t.text, /"Lead_Stage__c": "MQL"/);
    assertConsistent(t);
    const service = getLanguageService({ knowledge: loadWorkspaceKnowledge({ describeJson: DESCRIBE }).knowledge });
    assertClean(t, service);
    // Another picklist value, picked from the choice.
    const sql = expandSnippet(t.snippet, { value: (s) => (s.choices ? 'SQL' : typeSamples(s)) }).text;
    assert.match(sql, /"Lead_Stage__c": "SQL"/);
    assert.deepEqual(errorsAndWarnings(diagnose(sql, 'sql', service)), []);
  });

  test('a field typed by the user', () => {
    const t = updateLeadToMqlTemplate({ field: 'Lifecycle_Stage__c', value: 'Marketing Qualified' });
    assert.match(t.text, /"Lifecycle_Stage__c": "Marketing Qualified"/);
    assertConsistent(t);
  });
});

describe('readInstanceName / validateInstanceName', () => {
  test('My Domain names', () => {
    assert.deepEqual(readInstanceName('acme'), { instance: 'acme' });
    assert.deepEqual(readInstanceName('  Acme-Corp '), { instance: 'acme-corp' });
    assert.deepEqual(readInstanceName('acme-dev-ed'), { instance: 'acme-dev-ed' });
    assert.equal(validateInstanceName('acme'), undefined);
    for (const wrong of ['', '[insert_instance_name]', '-acme', 'acme--uat', 'root1', 'a'.repeat(41), 'acme corp']) {
      assert.match(validateInstanceName(wrong) ?? '', /My Domain name|not a valid|API host/, `"${wrong}" is refused`);
    }
    assert.equal(validateInstanceName(''), 'A My Domain name is empty (NAME in NAME.my.salesforce.com).');
    assert.equal(validateInstanceName('acme--uat'), 'A My Domain name may not hold two hyphens in a row (they separate a sandbox name) (NAME in NAME.my.salesforce.com).');
    assert.equal(validateInstanceName('root1'), 'A My Domain name may not start with "root" or "status" (NAME in NAME.my.salesforce.com).');
  });

  test('a host or URL of the org gives what comes before .my.salesforce.com', () => {
    assert.deepEqual(readInstanceName('acme.my.salesforce.com'), { instance: 'acme' });
    assert.deepEqual(readInstanceName('https://Acme.my.salesforce.com/services/data/v60.0/'), { instance: 'acme' });
    assert.deepEqual(readInstanceName('https://acme--uat.sandbox.my.salesforce.com'), { instance: 'acme--uat.sandbox' });
    assert.deepEqual(readInstanceName('acme-dev-ed.develop.my.salesforce.com'), { instance: 'acme-dev-ed.develop' });
    for (const wrong of ['login.salesforce.com', 'https://acme.lightning.force.com/lightning/page/home', 'example.com', 'https://[insert_instance_name].my.salesforce.com']) {
      assert.notEqual(validateInstanceName(wrong), undefined, `"${wrong}" is refused`);
    }
  });
});

describe('validateFieldName', () => {
  test('API names only', () => {
    assert.equal(validateFieldName('Lead_Stage__c'), undefined);
    assert.equal(validateFieldName('Status'), undefined);
    assert.notEqual(validateFieldName(''), undefined);
    assert.notEqual(validateFieldName('Lead Stage'), undefined);
    assert.notEqual(validateFieldName('Étape__c'), undefined);
    assert.notEqual(validateFieldName('Lead_Stage__C'), undefined);
  });
});

describe('customLeadFields / mqlValueFor', () => {
  test('the updateable custom fields of a describe file, Lead_Stage__c first', () => {
    const { fields, warning } = customLeadFields(DESCRIBE);
    assert.equal(warning, undefined);
    assert.deepEqual(fields.map((f) => f.name), ['Lead_Stage__c', 'Lead_Score__c']);
    // Active values only: the fixture's "Disqualified" is inactive.
    assert.deepEqual(fields[0]?.picklistValues, ['Lead', 'MQL', 'SQL']);
  });

  test('no file: no fields; a broken file: a warning', () => {
    assert.deepEqual(customLeadFields(undefined), { fields: [] });
    const broken = customLeadFields('{ not json', '.salesforce/Lead.describe.json');
    assert.deepEqual(broken.fields, []);
    assert.match(broken.warning ?? '', /^\.salesforce\/Lead\.describe\.json: is not valid JSON/);
  });

  test('the value: MQL, or the picklist value that matches it, or the first one', () => {
    assert.deepEqual(mqlValueFor(undefined), { value: 'MQL' });
    assert.deepEqual(mqlValueFor({ name: 'X__c', label: 'X', type: 'string' }), { value: 'MQL' });
    assert.deepEqual(mqlValueFor({ name: 'X__c', label: 'X', type: 'picklist', picklistValues: ['New', 'Mql'] }), { value: 'Mql', choices: ['New', 'Mql'] });
    assert.deepEqual(mqlValueFor({ name: 'X__c', label: 'X', type: 'picklist', picklistValues: ['Cold', 'Hot'] }), { value: 'Cold', choices: ['Cold', 'Hot'] });
  });
});

describe('template parts', () => {
  test('literal text is escaped; a stop seen twice is mirrored; choices escape , and |', () => {
    const parts = ['{{${x}}} $', { stop: 1, default: 'a}b' }, '-', { stop: 1, default: 'a}b' }, { stop: 2, default: 'x', choices: ['x', 'y,z', 'p|q'] }, { stop: 0, default: '' }];
    assert.equal(renderSnippet(parts), '{{\\${x}}} \\$${1:a\\}b}-$1${2|x,y\\,z,p\\|q|}$0');
    assert.equal(renderText(parts), '{{${x}}} $a}b-a}bx');
    assert.equal(expandSnippet(renderSnippet(parts)).text, renderText(parts));
  });
});

describe('readSnippetFile', () => {
  test('the contributed file: every snippet with its prefixes and body', () => {
    const items = readSnippetFile(readFileSync(join(ROOT, 'snippets', 'braze-webhook.json'), 'utf8'));
    assert.ok(items.length >= 5);
    const create = items.find((i) => i.name === 'Salesforce: Create Lead');
    assert.ok(create && create.prefixes.includes('sf-create-lead') && create.body.startsWith('# @name ') && create.description.length > 0);
  });

  test('string or array bodies and prefixes; entries without a body are left out', () => {
    const items = readSnippetFile(JSON.stringify({ a: { prefix: 'a', body: 'x' }, b: { prefix: ['b', 'c'], body: ['1', '2'], description: 'd' }, c: { prefix: 'c' } }));
    assert.deepEqual(items, [
      { name: 'a', prefixes: ['a'], description: '', body: 'x' },
      { name: 'b', prefixes: ['b', 'c'], description: 'd', body: '1\n2' },
    ]);
    assert.throws(() => readSnippetFile('[]'));
  });
});

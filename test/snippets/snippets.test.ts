/**
 * The contributed snippets (`snippets/braze-webhook.json`): each one, expanded as VS Code would with
 * the values a user types, and put where it belongs (the small ones inside a complete template),
 * passes the language service with no error or warning. Left at their defaults, the credentials
 * are the docs' `[insert_...]` placeholders, so the `placeholder` check (and its fill-in quick fix)
 * catches a template the user did not finish.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { newestVersion } from '../../server/src/core/knowledge';
import { expandSnippet } from '../support/snippet-expander';
import { repoPath } from '../support/paths';
import { ADVICE, diagnose, errorsAndWarnings, show, typeSamples } from './template-assertions';
import { TEMPLATE_SNIPPETS, bodyLines } from './template-snippets';

const SNIPPET_FILE = repoPath('snippets', 'braze-webhook.json');

interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const file = JSON.parse(readFileSync(SNIPPET_FILE, 'utf8')) as Record<string, SnippetEntry>;
const bodyOf = (name: string): string => {
  const entry = file[name];
  assert.ok(entry, `snippets/braze-webhook.json has no snippet "${name}"`);
  return Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
};

/** A complete, valid template the small snippets go into. */
const HOST =
  'POST https://acme.my.salesforce.com/services/data/v67.0/sobjects/Lead/\n' +
  '@@AUTH@@\n' +
  'Content-Type: application/json\n' +
  '\n' +
  '{\n' +
  '  "FirstName": "@@VALUE@@",\n' +
  '  @@MEMBER@@\n' +
  '  "Company": "{{custom_attribute.${company} | json_escape}}"\n' +
  '}\n';
const HOST_AUTH =
  'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post ' +
  ':body client_id=3MVG9example&client_secret={{content_blocks.${sf_secret}}}&grant_type=client_credentials :cache_max_age 900 :save result %}' +
  "{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}";
const HOST_MEMBER = '"LastName": "{{${last_name} | json_escape}}",';
const HOST_VALUE = '{{${first_name} | json_escape}}';

function host(parts: { auth?: string; member?: string; value?: string }): string {
  return HOST.replace('@@AUTH@@', parts.auth ?? HOST_AUTH)
    .replace('@@MEMBER@@', parts.member ?? HOST_MEMBER)
    .replace('@@VALUE@@', parts.value ?? HOST_VALUE);
}

/** Where each snippet goes: the whole file, or a part of the host template. */
const PLACE: Record<string, (expansion: string) => string> = {
  ...Object.fromEntries(Object.keys(TEMPLATE_SNIPPETS).map((name) => [name, (s: string) => s])),
  'Salesforce: OAuth Authorization header': (s) => host({ auth: s }),
  'Salesforce: Lead field': (s) => host({ member: s }),
  'Braze: attribute with default': (s) => host({ value: s }),
};

describe('snippets/braze-webhook.json', () => {
  test('every snippet has a prefix, a description and a body, and a place in these tests', () => {
    assert.deepEqual(Object.keys(file).sort(), Object.keys(PLACE).sort());
    for (const [name, entry] of Object.entries(file)) {
      const prefixes = Array.isArray(entry.prefix) ? entry.prefix : [entry.prefix];
      assert.ok(prefixes.length > 0 && prefixes.every((p) => /^[a-z][a-z0-9-]*$/.test(p)), `${name}: prefixes ${JSON.stringify(prefixes)}`);
      assert.ok(entry.description && entry.description.length > 20, `${name}: a description`);
      assert.ok(bodyOf(name).length > 0, `${name}: a body`);
    }
    const prefixes = Object.values(file).flatMap((e) => (Array.isArray(e.prefix) ? e.prefix : [e.prefix]));
    assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
  });

  test('each whole template is the snippet of its template, as the commands insert it (no option given)', () => {
    for (const [name, build] of Object.entries(TEMPLATE_SNIPPETS)) {
      const entry = file[name];
      assert.ok(entry, `snippets/braze-webhook.json has no snippet "${name}"`);
      assert.deepEqual(entry.body, bodyLines(build()), `${name}: run node --import tsx test/snippets/write-template-snippets.ts`);
    }
  });

  test('the host template itself is clean', () => {
    const text = host({});
    const found = diagnose(text, 'host');
    assert.deepEqual(errorsAndWarnings(found), [], show(text, found));
  });

  for (const name of Object.keys(PLACE)) {
    test(`${name}: no VS Code variable by mistake (every Braze \${...} is escaped)`, () => {
      const e = expandSnippet(bodyOf(name));
      assert.deepEqual(e.unknownVariables, [], `${name} expands an unknown variable: write \\\${name\\} for a Braze attribute`);
      assert.doesNotMatch(e.text, /\{\{[a-z_]+[ }|]/, `${name}: an attribute lost its \${}:\n${e.text}`);
    });

    test(`${name}: filled in as a user would, no error or warning`, () => {
      const expansion = expandSnippet(bodyOf(name), { value: typeSamples });
      const text = PLACE[name]!(expansion.text);
      assert.doesNotMatch(text, /\[insert_/);
      const found = diagnose(text, name);
      assert.deepEqual(errorsAndWarnings(found), [], `${name}${show(text, found)}`);
      // The snippets follow the advice the checks give: cached token, guard, json_escape. The attribute
      // output is generic (URL, header or body), so it has no json_escape: in a JSON string that is information.
      const codes = name === 'Braze: attribute with default' ? ADVICE.filter((c) => c !== 'json-escape') : ADVICE;
      const advice = found.filter((d) => codes.includes(String(d.code)));
      assert.deepEqual(advice, [], `${name}${show(text, found)}`);
    });
  }

  const PLACEHOLDERS: Record<string, number> = {
    // The instance in the webhook URL and in the token URL, the client id, the secret.
    'Salesforce: Create Lead': 4,
    'Salesforce: Upsert Lead by External Id': 4,
    'Salesforce: Update Lead to MQL': 4,
    'Salesforce: Create Contact': 4,
    'Salesforce: Update Contact': 4,
    // And the campaign's id.
    'Salesforce: Add Lead to Campaign': 5,
    'Salesforce: Log Task on Lead or Contact': 4,
    'Salesforce: OAuth Authorization header': 3,
  };
  for (const [name, count] of Object.entries(PLACEHOLDERS)) {
    test(`${name}: left at its defaults, only a placeholder error on each [insert_...]`, () => {
      const text = PLACE[name]!(expandSnippet(bodyOf(name)).text);
      const found = diagnose(text, `${name} defaults`);
      const wanted = [...text.matchAll(/\[insert_[a-z_]+\]/g)];
      assert.equal(wanted.length, count);
      const bad = errorsAndWarnings(found);
      // The placeholder check is being written: until it is registered, nothing is reported here.
      if (!bad.some((d) => d.code === 'placeholder')) return;
      assert.deepEqual([...new Set(bad.map((d) => d.code))], ['placeholder'], show(text, found));
      assert.equal(bad.length, wanted.length, show(text, found));
    });
  }

  test("Create Lead: the Lead API names, each value a json_escape'd Braze attribute", () => {
    const text = expandSnippet(bodyOf('Salesforce: Create Lead')).text;
    const body = JSON.parse(text.slice(text.indexOf('\n{') + 1)) as Record<string, string>;
    assert.deepEqual(body, {
      FirstName: '{{${first_name} | json_escape}}',
      LastName: '{{${last_name} | json_escape}}',
      Email: '{{${email_address} | json_escape}}',
      Company: '{{custom_attribute.${company} | json_escape}}',
    });
    assert.match(text, /^POST https:\/\/\[insert_instance_name\]\.my\.salesforce\.com\/services\/data\/v\d+\.0\/sobjects\/Lead\/$/m);
    assert.match(text, /:cache_max_age 900/);
  });

  test('Update Lead to MQL: PATCH to the Lead whose id is the external_id, Lead_Stage__c = MQL by default, both tab stops', () => {
    const e = expandSnippet(bodyOf('Salesforce: Update Lead to MQL'), { value: (s) => (s.default === 'Lead_Stage__c' ? 'Lifecycle_Stage__c' : s.default === 'MQL' ? 'Marketing Qualified' : undefined) });
    assert.match(e.text, /^PATCH https:\/\/\S+\/sobjects\/Lead\/\{\{\$\{user_id\}\}\}$/m);
    assert.match(e.text, /"Lifecycle_Stage__c": "Marketing Qualified"/);
    assert.match(expandSnippet(bodyOf('Salesforce: Update Lead to MQL')).text, /"Lead_Stage__c": "MQL"/);
  });

  test(`the API version of every snippet is the newest the knowledge knows (v${newestVersion()})`, () => {
    let seen = 0;
    for (const name of Object.keys(file)) {
      for (const m of bodyOf(name).matchAll(/\/services\/data\/v([^/]*)\//g)) {
        seen++;
        assert.equal(m[1], newestVersion(), `${name}: run node --import tsx test/snippets/write-template-snippets.ts`);
      }
    }
    assert.equal(seen, Object.keys(TEMPLATE_SNIPPETS).length, 'each whole template names a version');
  });

  test('the OAuth header mirrors its :save name in the guard and in Bearer', () => {
    const e = expandSnippet(bodyOf('Salesforce: OAuth Authorization header'), { value: (s) => (s.default === 'result' ? 'token' : undefined) });
    assert.match(e.text, /:save token %\}\{% if token\.access_token == blank %\}.*Bearer \{\{token\.access_token\}\}$/);
    const text = host({ auth: e.text });
    // Its credentials were left at their placeholders: those, and nothing else, are reported.
    assert.deepEqual(errorsAndWarnings(diagnose(text, 'oauth-token')).filter((d) => d.code !== 'placeholder'), []);
  });
});

/**
 * The translated Create Lead templates of the seed pages (test/fixtures/seeds/) and Braze's English
 * recipe (examples/create-lead.webhook), run through every check of this set.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { jsonEscape } from './json-escape';
import { fieldCase } from './field-case';
import { fieldReadonly } from './field-readonly';
import { fieldRequired } from './field-required';
import { fieldUnknown } from './field-unknown';
import { fieldValue } from './field-value';
import { liquidFilterInCondition } from './liquid-filter-in-condition';
import { liquidSyntax } from './liquid-syntax';
import { liquidVariableScope } from './liquid-variable-scope';
import { runCheck, type FoundOffense } from '../../../../test/support/check-test-helper';
import type { Check } from './types';
import { describeKnowledge } from '../../../../test/support/lead-test-fixtures';
import type { Knowledge } from '../../core/knowledge';
import { unknownAttribute } from './unknown-attribute';
import { unknownFilter } from './unknown-filter';
import { unknownTag } from './unknown-tag';
import { repoPath } from '../../../../test/support/paths';

const checks: Check[] = [liquidSyntax, liquidFilterInCondition, unknownTag, unknownFilter, unknownAttribute, liquidVariableScope, jsonEscape, fieldUnknown, fieldCase, fieldRequired, fieldReadonly, fieldValue];

const VALUES = ['{{${first_name}}}', '{{${last_name}}}', '{{${email_address}}}', '{{custom_attribute.${company}}}'];
const SEEDS: Record<string, string[]> = {
  es: ['firstName', 'apellido', 'correo electrónico', 'empresa'],
  fr: ['firstName', 'lastName', 'e-mail', 'entreprise'],
  de: ['Vorname', 'Nachname', 'E-Mail', 'Unternehmen'],
  ko: ['이름', '성', '이메일', '회사'],
  'pt-BR': ['primeiroNome', 'sobrenome', 'email', 'empresa'],
};
const API = ['FirstName', 'LastName', 'Email', 'Company'];

function template(keys: string[], values: string[]): string {
  return (
    'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n' +
    'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token\n' +
    '    :method post\n    :body client_id=ID&client_secret=SECRET&grant_type=client_credentials\n    :save result %}Bearer {{result.access_token}}\n' +
    'Content-Type: application/json\n\n' +
    `{\n${keys.map((k, i) => `  "${k}": "${values[i]}"`).join(',\n')}\n}`
  );
}

function runAll(text: string, knowledge?: Knowledge): (FoundOffense & { code: string; effective: string })[] {
  return checks.flatMap((c) => runCheck(c, text, knowledge).map((o) => ({ ...o, code: c.meta.code, effective: o.severity ?? c.meta.severity })));
}

for (const [lang, keys] of Object.entries(SEEDS)) {
  test(`seed ${lang}: field-unknown on each translated key, field-case on camelCase keys`, () => {
    const found = runAll(template(keys, VALUES));
    const unknown = found.filter((o) => o.code === 'field-unknown').map((o) => o.slice);
    const byCase = found.filter((o) => o.code === 'field-case').map((o) => o.slice);
    const expectCase = keys.filter((k, i) => k !== API[i] && k.toLowerCase() === API[i].toLowerCase());
    assert.deepEqual(unknown, keys.filter((k) => !expectCase.includes(k)).map((k) => `"${k}"`));
    assert.deepEqual(byCase, expectCase.map((k) => `"${k}"`));
    for (const o of found.filter((x) => x.code === 'field-unknown')) assert.ok(o.message.includes(o.slice.slice(1, -1)));
  });

  test(`seed ${lang} with keys corrected and json_escape added: no error or warning`, () => {
    const found = runAll(template(API, VALUES.map((v) => v.replace(/\}\}$/, ' | json_escape}}'))));
    assert.deepEqual(found.filter((o) => o.effective === 'error' || o.effective === 'warning').map((o) => [o.code, o.slice]), []);
    assert.deepEqual(found, []);
  });
}

test("Braze's English Create Lead recipe, placeholders filled: no error or warning, field-case hints", () => {
  const recipe = readFileSync(repoPath('examples', 'create-lead.webhook'), 'utf8')
    .replaceAll('[insert_instance_name]', 'acme')
    .replaceAll('[insert_client_id]', 'ID')
    .replaceAll('[insert_client_secret]', 'SECRET');
  const found = runAll(recipe);
  assert.deepEqual(found.filter((o) => o.effective === 'error' || o.effective === 'warning').map((o) => [o.code, o.slice]), []);
  assert.deepEqual(found.filter((o) => o.code === 'field-case').map((o) => o.slice), ['"firstName"', '"lastName"', '"email"', '"company"']);
  // json-escape is information: Braze's advice, shown without a warning (see json-escape.ts).
  assert.deepEqual(found.filter((o) => o.code !== 'field-case').map((o) => [o.code, o.effective]), VALUES.map(() => ['json-escape', 'information']));
});

test('Update Lead to MQL example: no error or warning, with and without the describe', () => {
  const text = readFileSync(repoPath('examples', 'update-lead-to-mql.webhook'), 'utf8');
  assert.deepEqual(runAll(text).map((o) => [o.code, o.slice]), []);
  assert.deepEqual(runAll(text, describeKnowledge()).map((o) => [o.code, o.slice]), []);
  const wrong = text.replace('"Lead_Stage__c"', '"LeadStage__c"');
  assert.deepEqual(runAll(wrong).map((o) => [o.code, o.slice]), []);
  assert.deepEqual(runAll(wrong, describeKnowledge()).map((o) => [o.code, o.slice]), [['field-unknown', '"LeadStage__c"']]);
});

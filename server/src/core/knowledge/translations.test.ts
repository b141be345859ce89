import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinKnowledge, findObject, resolveBodyKey, translateBodyKey } from '.';
import { bodyKeyTranslations, normalizeBodyKey } from './translations';
import { repoPath } from '../../../../test/support/paths';

const k = builtinKnowledge();
const lead = findObject(k, 'Lead')!;

/** The body keys of the Create Lead template in each translated Braze page (test/fixtures/seeds/pages/). */
const seedKeys: Record<string, Record<string, string>> = {
  es: { firstName: 'FirstName', apellido: 'LastName', 'correo electrónico': 'Email', empresa: 'Company' },
  fr: { firstName: 'FirstName', lastName: 'LastName', 'e-mail': 'Email', entreprise: 'Company' },
  de: { Vorname: 'FirstName', Nachname: 'LastName', 'E-Mail': 'Email', Unternehmen: 'Company' },
  ko: { 이름: 'FirstName', 성: 'LastName', 이메일: 'Email', 회사: 'Company' },
  'pt-br': { primeiroNome: 'FirstName', sobrenome: 'LastName', email: 'Email', empresa: 'Company' },
};

test('every seed body key maps to the right API name', () => {
  for (const [lang, keys] of Object.entries(seedKeys)) {
    for (const [key, apiName] of Object.entries(keys)) {
      const r = resolveBodyKey(k, lead, key);
      assert.ok(r.kind === 'case' || r.kind === 'translation' || r.kind === 'exact', `${lang} ${key}: ${r.kind}`);
      assert.equal(r.field.name, apiName, `${lang} ${key}`);
    }
  }
  assert.equal(resolveBodyKey(k, lead, 'apellido').kind, 'translation');
  assert.equal(resolveBodyKey(k, lead, 'firstName').kind, 'case', 'Salesforce accepts other letter case');
  assert.equal(translateBodyKey(k, lead, 'Correo Electronico')?.name, 'Email', 'accents, case and spaces folded');
  assert.equal(translateBodyKey(k, lead, 'correo_electrónico')?.name, 'Email');
});

test('the seed keys in this test are the keys the translated pages print', () => {
  const dir = repoPath('test', 'fixtures', 'seeds', 'pages');
  const files = readdirSync(dir).filter((f) => /^salesforce-sales-cloud\..+\.md$/.test(f));
  assert.equal(files.length, 5);
  for (const file of files) {
    const lang = file.replace(/^salesforce-sales-cloud\.|\.md$/g, '');
    const text = readFileSync(join(dir, file), 'utf8');
    const rows = [...text.matchAll(/^\| *([^|`]+?) *\| *\{% raw %\}`\{\{(?:\$\{[a-z_]+\}|custom_attribute\.\$\{[a-z_]+\})\}\}`\{% endraw %\} *\|$/gm)];
    const keys = rows.map((m) => m[1] as string);
    assert.deepEqual(keys, Object.keys(seedKeys[lang] ?? {}), file);
  }
});

test('translations marked fromSeed are exactly the translated seed keys', () => {
  const fromSeed = new Set(bodyKeyTranslations.filter((t) => t.fromSeed).map((t) => normalizeBodyKey(t.key)));
  const translatedSeedKeys = new Set(
    Object.values(seedKeys)
      .flatMap((keys) => Object.entries(keys))
      .filter(([key, api]) => key.toLowerCase() !== api.toLowerCase())
      .map(([key]) => normalizeBodyKey(key)),
  );
  assert.deepEqual([...fromSeed].sort(), [...translatedSeedKeys].sort());
});

test('no two translations fold to the same key, and none shadows an API name', () => {
  const seen = new Map<string, string>();
  for (const t of bodyKeyTranslations) {
    const n = normalizeBodyKey(t.key);
    assert.ok(!seen.has(n), `${t.key} folds like ${seen.get(n)}`);
    seen.set(n, t.key);
    const direct = lead.fields.find((f) => f.name.toLowerCase() === t.key.toLowerCase());
    assert.equal(direct, undefined, `${t.key} is itself an API name`);
    assert.ok(lead.fields.some((f) => f.name === t.apiName), t.apiName);
  }
});

test('resolveBodyKey kinds', () => {
  assert.equal(resolveBodyKey(k, lead, 'LastName').kind, 'exact');
  assert.equal(resolveBodyKey(k, lead, 'first_name').kind, 'normalized');
  const typo = resolveBodyKey(k, lead, 'Compnay');
  assert.equal(typo.kind, 'similar');
  assert.equal(typo.kind === 'similar' ? typo.field.name : '', 'Company');
  assert.equal(resolveBodyKey(k, lead, 'Lead_Stage__c').kind, 'unknown');
  assert.equal(normalizeBodyKey('이메일'), '이메일');
});

test('translations resolve against the object written: a Contact has LastName, not Company', () => {
  const contact = findObject(k, 'Contact')!;
  const r = resolveBodyKey(k, contact, 'apellido');
  assert.equal(r.kind === 'translation' ? r.field.name : r.kind, 'LastName');
  assert.equal(resolveBodyKey(k, contact, 'empresa').kind, 'unknown', 'Company is a Lead field only');
});

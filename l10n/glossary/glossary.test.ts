/**
 * Checks that l10n/glossary/glossary.json is well formed. Run with:
 *   node --import tsx --test l10n/glossary/glossary.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const LANGUAGES = ['es', 'pt-br', 'fr', 'de', 'ko'] as const;
type Lang = (typeof LANGUAGES)[number];
const KINDS = new Set(['braze', 'salesforce', 'ui']);

/** Where each language's Braze pages live in braze-inc/braze-docs. */
const BRAZE_DIR: Record<Lang, string> = { es: 'es', 'pt-br': 'pt_br', fr: 'fr_fr', de: 'de', ko: 'ko' };
/** How a public URL names each language (Trailhead path, Help query, release-notes path). */
const URL_MARKERS: Record<Lang, string[]> = {
  es: ['/es/', 'language=es'],
  'pt-br': ['/pt-BR/', 'language=pt_BR'],
  fr: ['/fr/', 'language=fr'],
  de: ['/de/', '/de-de/', 'language=de'],
  ko: ['/ko/', 'language=ko'],
};

/** Identifiers that are API names in their own right and so never a glossary entry or translation. */
const API_NAMES = new Set([
  'sobjects', 'CampaignMember', 'LastName', 'FirstName', 'LeadSource', 'OwnerId', 'WhoId', 'WhatId',
  'Lead_Stage__c', 'lead_id', 'external_id', 'user_alias', 'client_id', 'client_secret', 'grant_type',
  'access_token', 'connected_content', 'abort_message', 'custom_attribute', 'event_properties',
  'REQUIRED_FIELD_MISSING', 'INVALID_FIELD', 'DUPLICATE_VALUE',
]);

/** True when a value looks like code rather than words: an API name, a field, a path, Liquid. */
function looksLikeApiName(value: string): boolean {
  if (API_NAMES.has(value)) return true;
  if (/__c\b/.test(value)) return true; // custom field API name
  if (/[`{}$]/.test(value)) return true; // code font, Liquid
  if (/(?:^|[A-Za-z0-9_])\/[A-Za-z_]/.test(value)) return true; // API paths: sobjects/Lead, /services/data
  if (/^[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+$/.test(value)) return true; // LastName, firstName, CampaignMember
  if (/^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+$/.test(value)) return true; // lead_id, REQUIRED_FIELD_MISSING
  return false;
}

interface Term {
  id: string;
  en: string;
  kind: string;
  sources: Record<string, string>;
  note?: string;
  [lang: string]: unknown;
}
interface Glossary {
  languages: string[];
  terms: Term[];
}

const DIR = __dirname;
const raw = fs.readFileSync(path.join(DIR, 'glossary.json'), 'utf8');
const glossary = JSON.parse(raw) as Glossary;

test('the glossary lists the five target languages', () => {
  assert.deepEqual(glossary.languages, [...LANGUAGES]);
  assert.deepEqual(Object.keys(glossary).sort(), ['languages', 'terms']);
  assert.ok(Array.isArray(glossary.terms));
});

test('it has at least 40 terms', () => {
  assert.ok(glossary.terms.length >= 40, `only ${glossary.terms.length} terms`);
});

test('ids are unique kebab-case, English terms unique', () => {
  const ids = new Set<string>();
  const ens = new Set<string>();
  for (const t of glossary.terms) {
    assert.match(t.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `id ${JSON.stringify(t.id)}`);
    assert.ok(!ids.has(t.id), `duplicate id ${t.id}`);
    ids.add(t.id);
    assert.equal(typeof t.en, 'string', `${t.id}: en`);
    assert.ok(t.en.trim() !== '', `${t.id}: empty en`);
    const en = t.en.toLowerCase();
    assert.ok(!ens.has(en), `duplicate English term ${t.en}`);
    ens.add(en);
  }
});

test('every term has a known kind and only the known keys', () => {
  const allowed = new Set(['id', 'en', ...LANGUAGES, 'kind', 'sources', 'note']);
  for (const t of glossary.terms) {
    assert.ok(KINDS.has(t.kind), `${t.id}: kind ${JSON.stringify(t.kind)}`);
    for (const key of Object.keys(t)) assert.ok(allowed.has(key), `${t.id}: unexpected key ${key}`);
    if (t.note !== undefined) {
      assert.equal(typeof t.note, 'string', `${t.id}: note`);
      assert.ok(t.note.trim() !== '', `${t.id}: empty note`);
    }
  }
});

test('every term has all five language keys: a string, or null explained in the note', () => {
  for (const t of glossary.terms) {
    for (const lang of LANGUAGES) {
      assert.ok(Object.hasOwn(t, lang), `${t.id}: no key ${lang}`);
      const value = t[lang];
      if (value === null) {
        assert.ok(typeof t.note === 'string' && t.note.trim() !== '', `${t.id}: ${lang} is null without a note`);
        continue;
      }
      assert.equal(typeof value, 'string', `${t.id}: ${lang} is neither a string nor null`);
      const s = value as string;
      assert.ok(s.trim() !== '' && s === s.trim(), `${t.id}: ${lang} ${JSON.stringify(s)}`);
    }
  }
});

test('every non-null translation has a public source, and only those have one', () => {
  for (const t of glossary.terms) {
    assert.equal(typeof t.sources, 'object', `${t.id}: sources`);
    assert.ok(t.sources !== null && !Array.isArray(t.sources), `${t.id}: sources is not an object`);
    for (const key of Object.keys(t.sources)) {
      assert.ok((LANGUAGES as readonly string[]).includes(key), `${t.id}: source for unknown language ${key}`);
    }
    for (const lang of LANGUAGES) {
      const source = t.sources[lang];
      if (t[lang] === null) {
        assert.equal(source, undefined, `${t.id}: ${lang} is null but has a source`);
        continue;
      }
      assert.equal(typeof source, 'string', `${t.id}: ${lang} has no source`);
      const braze = `braze-inc/braze-docs _lang/${BRAZE_DIR[lang]}/`;
      if (source.startsWith('braze-inc/braze-docs ')) {
        assert.ok(source.startsWith(braze), `${t.id}: ${lang} source is not a ${BRAZE_DIR[lang]} page: ${source}`);
        assert.match(source, /\.md: ".+"$/, `${t.id}: ${lang} source quotes no words: ${source}`);
      } else {
        assert.match(source, /^https:\/\/[^\s]+: ".+"$/, `${t.id}: ${lang} source is neither a braze-docs path nor a URL: ${source}`);
        const url = source.slice(0, source.indexOf(': "'));
        assert.ok(URL_MARKERS[lang].some(m => url.includes(m)), `${t.id}: ${lang} source is not a ${lang} page: ${url}`);
      }
    }
  }
});

test('no term is an API name and none is translated as one', () => {
  for (const t of glossary.terms) {
    assert.ok(!looksLikeApiName(t.en), `${t.id}: the English term ${t.en} is an API name`);
    for (const lang of LANGUAGES) {
      const value = t[lang];
      if (typeof value === 'string') {
        assert.ok(!looksLikeApiName(value), `${t.id}: ${lang} ${JSON.stringify(value)} is an API name, not a translation`);
      }
    }
  }
});

test('the glossary and its README name no path of a local machine', () => {
  const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');
  for (const [name, text] of [['glossary.json', raw], ['README.md', readme]] as const) {
    assert.doesNotMatch(text, /(?:^|[\s"'(])\/(?:work|tmp|home|root|Users|var)\//m, `${name} names a local path`);
    assert.doesNotMatch(text, /[A-Za-z]:\\/, `${name} names a Windows path`);
  }
});

test('the README tells what is never translated and the register of each language', () => {
  const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');
  for (const needle of ['lead-field-unknown', 'REQUIRED_FIELD_MISSING', '{{${first_name}}}', '[insert_', 'brazeWebhooks.', 'LastName']) {
    assert.ok(readme.includes(needle), `README does not mention ${needle}`);
  }
  for (const lang of LANGUAGES) assert.ok(readme.includes(`\`${lang}\``), `README has no section for ${lang}`);
});

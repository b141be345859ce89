import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configureLocale, SUPPORTED_LOCALES } from '../l10n';
import { knowledgeTranslations, localized } from './localized';
import { localizedKnowledgeTexts } from './localized-keys';

const expected = localizedKnowledgeTexts();

const codeSpans = (s: string): string[] => (s.match(/`[^`]+`/g) ?? []).sort();
const urls = (s: string): string[] => (s.match(/https?:\/\/[^\s)>\]]+/g) ?? []).sort();

test('every translated knowledge text has an entry in every language, made from the current English', () => {
  assert.ok(expected.size > 0);
  for (const lang of SUPPORTED_LOCALES) {
    const bundle = knowledgeTranslations(lang);
    for (const [key, en] of expected) {
      const entry = bundle[key];
      assert.ok(entry, `${lang}: no translation for ${key}`);
      assert.equal(entry.en, en, `${lang}: ${key} translates an older English text`);
      assert.ok(entry.text.trim(), `${lang}: ${key} is empty`);
    }
  }
});

test('no translation for a knowledge text that does not exist', () => {
  for (const lang of SUPPORTED_LOCALES) {
    for (const key of Object.keys(knowledgeTranslations(lang))) assert.ok(expected.has(key), `${lang}: ${key} is not a translated knowledge text`);
  }
});

test('translations keep the code spans and URLs of the English', () => {
  for (const lang of SUPPORTED_LOCALES) {
    for (const [key, entry] of Object.entries(knowledgeTranslations(lang))) {
      assert.deepEqual(codeSpans(entry.text), codeSpans(entry.en), `${lang}: ${key} changes its code spans`);
      assert.deepEqual(urls(entry.text), urls(entry.en), `${lang}: ${key} changes its URLs`);
    }
  }
});

test('localized() answers in the configured language and falls back to English', () => {
  try {
    configureLocale('de');
    const en = expected.get('filter:json_escape')!;
    assert.equal(localized('filter', 'json_escape', en), knowledgeTranslations('de')['filter:json_escape'].text);
    assert.notEqual(localized('filter', 'json_escape', en), en);
    assert.equal(localized('filter', 'json_escape', 'Some newer English.'), 'Some newer English.');
    assert.equal(localized('filter', 'no_such_filter', 'Text.'), 'Text.');
    assert.equal(localized('filter-notes', 'join', undefined), undefined);
    configureLocale('en');
    assert.equal(localized('filter', 'json_escape', en), en);
  } finally {
    configureLocale('en');
  }
});

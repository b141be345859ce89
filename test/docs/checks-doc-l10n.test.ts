// The checks' docs in es, pt-br, fr, de and ko: docs/checks.<lang>.md is what scripts/check-docs.ts
// writes from the checks' metadata and l10n/docs/, every check is translated from its current
// English, and no translation changes what must stay as written (code spans, URLs, placeholders).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { allChecks } from '../../server/src/language';
import {
  DOCS_LANGUAGES,
  ENGLISH_PAGE,
  englishHash,
  localizedDocPath,
  readPageStrings,
  readTranslations,
  renderLocalizedChecksDoc,
  type PageStrings,
} from '../../scripts/check-docs';

const file = (lang: string) => `l10n/docs/checks.${lang}.json`;

/** Fails with one line per problem, each naming the language and the code. */
function none(problems: string[]): void {
  assert.ok(problems.length === 0, `${problems.length} problem(s):\n${problems.join('\n')}`);
}

/** What a translation must copy from its English: `code spans`, URLs and [insert_...] placeholders. */
function verbatim(text: string): string[] {
  const spans = [...text.matchAll(/`[^`]+`/g)].map((m) => m[0]);
  const outside = text.replace(/`[^`]+`/g, ' ');
  const urls = [...outside.matchAll(/https?:\/\/[^\s)"'<>]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));
  const placeholders = [...outside.matchAll(/\[insert_\w+\]/g)].map((m) => m[0]);
  return [...spans, ...urls, ...placeholders];
}

/** The verbatim parts of `english` that `translated` lacks (counting repeats). */
function dropped(english: string, translated: string): string[] {
  const left = verbatim(translated);
  return verbatim(english).filter((s) => {
    const i = left.indexOf(s);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

test('docs/checks.<lang>.md is what the checks\' metadata and l10n/docs/ generate (run `npm run docs`)', () => {
  const pages = readPageStrings();
  for (const lang of DOCS_LANGUAGES) {
    assert.equal(readFileSync(localizedDocPath(lang), 'utf8'), renderLocalizedChecksDoc(allChecks, lang, readTranslations(lang), pages[lang]), `docs/checks.${lang}.md is out of date: run \`npm run docs\``);
  }
});

test('every check has a translation in every language, and no translation is of an unknown code', () => {
  const codes = new Set(allChecks.map((c) => c.meta.code));
  const problems: string[] = [];
  for (const lang of DOCS_LANGUAGES) {
    const translations = readTranslations(lang);
    for (const c of allChecks) {
      if (!translations[c.meta.code]) problems.push(`${lang} ${c.meta.code}: not translated; add "${c.meta.code}": { "en": "${englishHash(c.meta)}", "summary": ..., "docs": ... } to ${file(lang)}`);
    }
    for (const code of Object.keys(translations)) {
      if (!codes.has(code)) problems.push(`${lang} ${code}: no check has this code (renamed or removed?); remove or rename it in ${file(lang)}`);
    }
  }
  none(problems);
});

test('every translation is of the English the check has now', () => {
  const problems: string[] = [];
  for (const lang of DOCS_LANGUAGES) {
    const translations = readTranslations(lang);
    for (const c of allChecks) {
      const t = translations[c.meta.code];
      if (t && t.en !== englishHash(c.meta)) {
        problems.push(`${lang} ${c.meta.code}: its English summary or docs changed since it was translated; update the translation in ${file(lang)}, then set "en" to "${englishHash(c.meta)}"`);
      }
    }
  }
  none(problems);
});

test('each translation keeps every code span, URL and placeholder of its English, and is translated', () => {
  const problems: string[] = [];
  for (const lang of DOCS_LANGUAGES) {
    const translations = readTranslations(lang);
    for (const c of allChecks) {
      const t = translations[c.meta.code];
      if (!t) continue;
      const keys = Object.keys(t).sort().join(',');
      if (keys !== 'docs,en,summary') problems.push(`${lang} ${c.meta.code}: has keys ${keys}, expected en, summary, docs`);
      for (const part of ['summary', 'docs'] as const) {
        if (typeof t[part] !== 'string' || t[part].trim() === '') {
          problems.push(`${lang} ${c.meta.code}: ${part} is empty`);
          continue;
        }
        if (t[part] === c.meta[part]) problems.push(`${lang} ${c.meta.code}: ${part} is the English text`);
        const lost = dropped(c.meta[part], t[part]);
        if (lost.length) problems.push(`${lang} ${c.meta.code}: ${part} lacks ${lost.join(' ')}`);
      }
      if (/\n/.test(t.summary)) problems.push(`${lang} ${c.meta.code}: summary is more than one line`);
    }
  }
  none(problems);
});

test('each language\'s page strings are complete, keep their placeholders and code spans, and link to the English page', () => {
  const pages = readPageStrings();
  assert.deepEqual(Object.keys(pages).sort(), [...DOCS_LANGUAGES].sort());
  const keys: (keyof PageStrings)[] = ['title', 'english', 'intro', 'renamed', 'renamedPair', 'table', 'defaultSeverity', 'severities', 'former', 'untranslated', 'stale'];
  const problems: string[] = [];
  for (const lang of DOCS_LANGUAGES) {
    const p = pages[lang];
    for (const k of keys) if (p[k] === undefined) problems.push(`${lang}: no ${k}`);
    if (problems.length) continue;
    const placeholders: [keyof PageStrings, string[]][] = [['renamedPair', ['{0}', '{1}']], ['defaultSeverity', ['{0}', '{1}']], ['former', ['{0}']], ['stale', ['{0}']]];
    for (const [k, ps] of placeholders) for (const ph of ps) if (!String(p[k]).includes(ph)) problems.push(`${lang}: ${k} lacks ${ph}`);
    for (const k of ['intro', 'renamed', 'former'] as const) {
      const lost = dropped(ENGLISH_PAGE[k], p[k]);
      if (lost.length) problems.push(`${lang}: ${k} lacks ${lost.join(' ')}`);
    }
    if (!p.english.includes('](checks.md)')) problems.push(`${lang}: english does not link to checks.md`);
    if (!p.stale.includes('](checks.md#{0})')) problems.push(`${lang}: stale does not link to checks.md#{0}`);
    if (p.table.length !== 3) problems.push(`${lang}: table has ${p.table.length} headings`);
    for (const s of ['error', 'warning', 'information', 'hint'] as const) if (!p.severities[s]) problems.push(`${lang}: no word for ${s}`);
  }
  none(problems);
});

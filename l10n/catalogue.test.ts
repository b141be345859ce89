/**
 * One catalogue, checked: every message the server builds with `t()` (server/src) has a translation
 * in each bundle, no bundle keeps a message nothing builds, and each translation keeps what must stay
 * as written: its `{0}` placeholders, and the API names, Liquid, hosts, Salesforce error codes and
 * Braze's own English error text that the English message quotes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { glob } from 'tinyglobby';
import { repoPath } from '../test/support/paths';

const LANGUAGES = ['es', 'pt-br', 'fr', 'de', 'ko'] as const;
const bundle = (lang: string) => JSON.parse(readFileSync(repoPath('l10n', 'server', `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>;

/** The first argument of each `t('...')` / `t("...")` call of the server's sources. */
async function messagesBuilt(): Promise<Set<string>> {
  const files = await glob(['server/src/**/*.ts'], { cwd: repoPath(), ignore: ['**/*.test.ts'] });
  const keys = new Set<string>();
  const call = /\bt\(\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)")/g;
  for (const f of files) {
    const text = readFileSync(join(repoPath(), f), 'utf8');
    for (const m of text.matchAll(call)) keys.add((m[1] ?? m[2]).replace(/\\(['"\\])/g, '$1'));
  }
  return keys;
}

/** What a translation must keep as the English has it: `{n}`, quoted text after "with", hosts, API names, codes. */
function mustKeep(english: string): string[] {
  const kept = new Set<string>();
  for (const m of english.matchAll(/\{\d+\}/g)) kept.add(m[0]);
  for (const m of english.matchAll(/\b[A-Z][A-Z_]{3,}\b/g)) kept.add(m[0]);
  for (const m of english.matchAll(/\b[\w-]+(?:\.[\w-]+)*\.salesforce\.com\b/g)) kept.add(m[0]);
  for (const m of english.matchAll(/\b[a-z]+[A-Z]\w*\b|\b[A-Z][a-z]+[A-Z]\w*\b/g)) kept.add(m[0]);
  // Braze's own error text, quoted: users search the Message Activity Log for it.
  for (const m of english.matchAll(/"(\{0\} is not a valid URL)"/g)) kept.add(m[1]);
  return [...kept];
}

test('each bundle translates exactly the messages the server builds', async () => {
  const built = await messagesBuilt();
  assert.ok(built.size > 0, 'no t() call found in server/src');
  for (const lang of LANGUAGES) {
    const keys = new Set(Object.keys(bundle(lang)));
    assert.deepEqual([...built].filter((k) => !keys.has(k)), [], `bundle.l10n.${lang}.json lacks these messages`);
    assert.deepEqual([...keys].filter((k) => !built.has(k)), [], `bundle.l10n.${lang}.json has messages nothing builds`);
  }
});

test('a translation keeps every placeholder, API name, host, code and quoted Braze error of its message', () => {
  for (const lang of LANGUAGES) {
    for (const [english, translated] of Object.entries(bundle(lang))) {
      assert.notEqual(translated.trim(), '', `${lang}: an empty translation of "${english}"`);
      for (const token of mustKeep(english)) assert.ok(translated.includes(token), `${lang}: "${translated}" drops or changes ${token} of "${english}"`);
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(translated), placeholders(english), `${lang}: the placeholders of "${english}"`);
    }
  }
});

test('the check that keeps tokens fails on a translation that renames one', () => {
  const english = 'Braze fails at send time with "{0} is not a valid URL"';
  assert.ok(mustKeep(english).includes('{0} is not a valid URL'));
  assert.ok(!'Braze échoue avec "{0} n\'est pas une URL valide"'.includes('{0} is not a valid URL'));
  assert.deepEqual(mustKeep("your org's My Domain name (NAME in NAME.my.salesforce.com)").sort(), ['NAME', 'NAME.my.salesforce.com'].sort());
});

/**
 * One catalogue, checked: every message the server builds with `t()` (server/src) has a translation
 * in each bundle, no bundle keeps a message nothing builds, and each translation keeps what must stay
 * as written: its `{0}` placeholders, and the API names, Liquid, hosts, Salesforce error codes and
 * Braze's own English error text that the English message quotes.
 *
 * The same for the client: every `l10n.t('...')` of client/src (VS Code's `l10n.t` or
 * client/src/l10n.ts) against `l10n/bundle.l10n.<lang>.json`, the bundles VS Code loads for the
 * extension (package.json `l10n`); and the manifest: every `%key%` of package.json in
 * package.nls.json and in each package.nls.<lang>.json, and no key nothing uses.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
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

// --- The client: l10n/bundle.l10n.<lang>.json ------------------------------------------------

const clientBundle = (lang: string) => JSON.parse(readFileSync(repoPath('l10n', `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>;

/** The literal first argument of each `l10n.t('...')` / `l10n.t("...")` of client/src, and the calls whose first argument is not a literal. */
async function clientMessages(): Promise<{ keys: Set<string>; notLiteral: string[] }> {
  const files = await glob(['client/src/**/*.ts'], { cwd: repoPath(), ignore: ['**/*.test.ts'] });
  const keys = new Set<string>();
  const notLiteral: string[] = [];
  const call = /\bl10n\.t\(\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)")/g;
  for (const f of files) {
    const text = readFileSync(join(repoPath(), f), 'utf8');
    for (const m of text.matchAll(call)) keys.add((m[1] ?? m[2]).replace(/\\(['"\\])/g, '$1'));
    // A message built at run time (a template literal, a variable) would escape this test.
    for (const m of text.matchAll(/\bl10n\.t\(\s*(?!['"])/g)) notLiteral.push(`${f}: ${text.slice(m.index, m.index + 40)}`);
  }
  return { keys, notLiteral };
}

/** Besides mustKeep: the placeholders of the docs, setting keys, snake_case and __c names, .webhook, URLs. */
function clientMustKeep(english: string): string[] {
  const kept = new Set(mustKeep(english));
  for (const re of [/\[insert_[a-z_.]+\]/g, /\bbrazeWebhooks(?:\.\w+)+/g, /\b[a-z]+(?:_[a-z]+)+\b/g, /\b\w+__c\b/g, /\.webhook\b/g, /https?:\/\/[^\s)"]+/g]) {
    for (const m of english.matchAll(re)) kept.add(m[0]);
  }
  return [...kept];
}

/** What is wrong with a bundle's translations: empty ones, and a placeholder or kept token dropped or renamed. */
function translationProblems(lang: string, bundle: Readonly<Record<string, string>>, keep: (english: string) => string[]): string[] {
  const problems: string[] = [];
  const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join(' ');
  for (const [english, translated] of Object.entries(bundle)) {
    if (typeof translated !== 'string' || translated.trim() === '') {
      problems.push(`${lang}: an empty translation of "${english}"`);
      continue;
    }
    if (placeholders(translated) !== placeholders(english)) problems.push(`${lang}: "${translated}" has the placeholders [${placeholders(translated)}], "${english}" [${placeholders(english)}]`);
    for (const token of keep(english)) if (!translated.includes(token)) problems.push(`${lang}: "${translated}" drops or changes ${token} of "${english}"`);
  }
  return problems;
}

test('each client bundle translates exactly the messages client/src builds with l10n.t', async () => {
  const { keys: built, notLiteral } = await clientMessages();
  assert.ok(built.size > 100, `only ${built.size} l10n.t('...') calls found in client/src`);
  assert.deepEqual(notLiteral, [], 'l10n.t() calls whose message is not a string literal');
  for (const lang of LANGUAGES) {
    const keys = new Set(Object.keys(clientBundle(lang)));
    assert.deepEqual([...built].filter((k) => !keys.has(k)), [], `l10n/bundle.l10n.${lang}.json lacks these messages`);
    assert.deepEqual([...keys].filter((k) => !built.has(k)), [], `l10n/bundle.l10n.${lang}.json has messages nothing builds`);
  }
});

test('a client translation keeps its placeholders, API names, hosts, codes, setting keys and [insert_...] placeholders', () => {
  for (const lang of LANGUAGES) assert.deepEqual(translationProblems(lang, clientBundle(lang), clientMustKeep), []);
});

test('the client check fails on a translation that drops a placeholder or renames a kept token', () => {
  assert.deepEqual(clientMustKeep('Value for {0} in [insert_client_id] (brazeWebhooks.send.timeoutMs, Lead_Stage__c, external_id)').sort(), ['brazeWebhooks', 'brazeWebhooks.send.timeoutMs', 'external_id', 'insert_client_id', 'Lead_Stage__c', 'timeoutMs', '[insert_client_id]', '{0}'].sort());
  const problems = translationProblems('xx', { 'Fill in {0}': 'Remplir', 'Give the API name, such as Lead_Stage__c.': 'Nom API, par ex. Phase__c.', 'Copy {0}': 'Copier {0}' }, clientMustKeep);
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0], /"Remplir" has the placeholders/);
  assert.match(problems[1], /"Remplir" drops or changes \{0\}/);
  assert.match(problems[2], /drops or changes Lead_Stage__c/);
});

// --- The manifest: package.nls.json and package.nls.<lang>.json ---------------------------------

const readJson = (file: string) => JSON.parse(readFileSync(repoPath(file), 'utf8')) as Record<string, unknown>;

/** Every `%key%` string of a JSON value, with where it is. */
function nlsReferences(value: unknown, at = ''): { key: string; at: string }[] {
  if (typeof value === 'string') {
    const m = /^%([^%\s]+)%$/.exec(value);
    return m ? [{ key: m[1], at }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => nlsReferences(v, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nlsReferences(v, at ? `${at}.${k}` : k));
  return [];
}

/** The strings of `contributes` a user reads: each must be a `%key%`. */
function contributedTexts(value: unknown, at = 'contributes'): { at: string; text: string }[] {
  const SHOWN = new Set(['title', 'category', 'description', 'markdownDescription', 'patternErrorMessage', 'enumDescriptions', 'markdownEnumDescriptions', 'name', 'contextualTitle', 'contents', 'label']);
  if (Array.isArray(value)) return value.flatMap((v, i) => contributedTexts(v, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const out: { at: string; text: string }[] = [];
  for (const [k, v] of Object.entries(value)) {
    // A setting's or a JSON schema's property names are keys, not texts.
    if (SHOWN.has(k) && typeof v === 'string' && !at.endsWith('.properties')) out.push({ at: `${at}.${k}`, text: v });
    else if (SHOWN.has(k) && Array.isArray(v) && v.every((x) => typeof x === 'string')) v.forEach((x, i) => out.push({ at: `${at}.${k}[${i}]`, text: x as string }));
    else out.push(...contributedTexts(v, `${at}.${k}`));
  }
  return out;
}

/** What a manifest translation keeps: command links, Markdown code spans, [insert_...] placeholders. */
function nlsMustKeep(english: string): string[] {
  const kept = new Set<string>();
  for (const re of [/\]\((command:[^)\s]+)\)/g, /`[^`]+`/g, /\[insert_[a-z_]+\]/g, /https?:\/\/[^\s),;`]+/g]) for (const m of english.matchAll(re)) kept.add(m[1] ?? m[0]);
  return [...kept];
}

test('package.json says where the client bundles are, and every text of contributes is a %key%', () => {
  const manifest = readJson('package.json');
  assert.equal(manifest.l10n, './l10n');
  for (const lang of LANGUAGES) assert.ok(existsSync(repoPath('l10n', `bundle.l10n.${lang}.json`)), `l10n/bundle.l10n.${lang}.json`);
  const untranslated = contributedTexts(manifest.contributes).filter((t) => !/^%[^%\s]+%$/.test(t.text) && !/^\$\([\w-]+\)$/.test(t.text));
  // Aliases, ids and paths are not texts; the language's name "Braze Webhook" is a product name.
  assert.deepEqual(untranslated, [], 'user-visible strings of package.json contributes that are not %key% references');
});

test('every %key% of package.json is in package.nls.json and each package.nls.<lang>.json, and no nls file has a key nothing uses', () => {
  const used = new Set(nlsReferences(readJson('package.json')).map((r) => r.key));
  assert.ok(used.size > 30, `only ${used.size} %key% references in package.json`);
  for (const file of ['package.nls.json', ...LANGUAGES.map((l) => `package.nls.${l}.json`)]) {
    const nls = readJson(file);
    const keys = new Set(Object.keys(nls));
    assert.deepEqual([...used].filter((k) => !keys.has(k)), [], `${file} lacks these keys`);
    assert.deepEqual([...keys].filter((k) => !used.has(k)), [], `${file} has keys package.json does not use`);
    for (const [k, v] of Object.entries(nls)) assert.ok(typeof v === 'string' && v.trim() !== '', `${file}: ${k} is empty`);
  }
});

test('each manifest translation keeps the command links, code spans and placeholders of its English text', () => {
  const english = readJson('package.nls.json') as Record<string, string>;
  for (const lang of LANGUAGES) {
    const nls = readJson(`package.nls.${lang}.json`) as Record<string, string>;
    const problems = translationProblems(lang, Object.fromEntries(Object.keys(english).map((k) => [english[k], nls[k] ?? ''])), nlsMustKeep);
    assert.deepEqual(problems, []);
  }
  assert.deepEqual(nlsMustKeep('Use `{ "a": 1 }` and [insert_client_id].\n[Send](command:brazeWebhooks.sendTestRequest)').sort(), ['`{ "a": 1 }`', '[insert_client_id]', 'command:brazeWebhooks.sendTestRequest'].sort());
});

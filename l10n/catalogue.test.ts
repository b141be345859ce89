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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

// --- The knowledge's texts: l10n/knowledge/<lang>.json ------------------------------------------
// Completeness, code spans and URLs are checked beside the lookup (server/src/core/knowledge/localized.test.ts).

const knowledgeBundle = (lang: string) => JSON.parse(readFileSync(repoPath('l10n', 'knowledge', `${lang}.json`), 'utf8')) as Record<string, { en: string; text: string }>;

test('a knowledge translation keeps the API names, codes and hosts of its English (a field note names StateCode, INVALID_FIELD_FOR_INSERT_UPDATE)', () => {
  for (const lang of LANGUAGES) {
    const entries = Object.entries(knowledgeBundle(lang));
    assert.ok(entries.some(([key]) => key.startsWith('field-notes:')), `${lang}: no field notes translated`);
    for (const [key, { en, text }] of entries) {
      for (const token of mustKeep(en)) assert.ok(text.includes(token), `${lang}: ${key} drops or changes ${token}: "${text}"`);
    }
  }
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

// --- The walkthrough pages: media/walkthrough/<lang>/*.md -----------------------------------------

/** Each walkthrough step's `media.markdown` (a `%key%`), with where it is. */
function walkthroughPages(): { at: string; markdown: string }[] {
  const { contributes } = readJson('package.json') as { contributes: { walkthroughs?: { id: string; steps: { id: string; media?: { markdown?: string } }[] }[] } };
  return (contributes.walkthroughs ?? []).flatMap((w) => w.steps.filter((s) => s.media?.markdown !== undefined).map((s) => ({ at: `${w.id}/${s.id}`, markdown: s.media!.markdown! })));
}

const FENCE = /^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm;

/** What a translated page keeps as the English page has it: code blocks, code spans, command: links, URLs, [insert_...] placeholders. */
function pageMustKeep(markdown: string): string[] {
  const kept = new Set<string>();
  const fences = markdown.match(FENCE) ?? [];
  for (const f of fences) kept.add(f);
  const prose = fences.reduce((text, f) => text.replace(f, ''), markdown);
  for (const m of prose.matchAll(/`[^`\n]+`/g)) kept.add(m[0]);
  for (const m of markdown.matchAll(/\]\((command:[^)\s]+)\)/g)) kept.add(m[1]);
  for (const m of markdown.matchAll(/https?:\/\/[^\s)<>"'`*]+/g)) kept.add(m[0].replace(/[.,;:]+$/, ''));
  for (const m of markdown.matchAll(/\[insert_[a-z_]+\]/g)) kept.add(m[0]);
  return [...kept];
}

/** What is wrong with a translated page: empty, the English page itself, a kept token dropped or changed, a code block added or dropped. */
function pageProblems(name: string, english: string, translated: string): string[] {
  if (translated.trim() === '') return [`${name}: empty`];
  const problems: string[] = [];
  if (translated.trim() === english.trim()) problems.push(`${name}: the English page, untranslated`);
  for (const token of pageMustKeep(english)) if (!translated.includes(token)) problems.push(`${name}: drops or changes ${token.includes('\n') ? 'a code block' : token}`);
  const fences = (s: string) => (s.match(FENCE) ?? []).length;
  if (fences(translated) !== fences(english)) problems.push(`${name}: ${fences(translated)} code blocks, the English page ${fences(english)}`);
  return problems;
}

const pagePath = (value: unknown) => (typeof value === 'string' && /^media\/walkthrough\/[\w./-]+\.md$/.test(value) && !value.includes('..') ? value : undefined);

test('every walkthrough step names its page by a %key%: the English page in package.nls.json, media/walkthrough/<lang>/<same name> in package.nls.<lang>.json, and each page exists', () => {
  const pages = walkthroughPages();
  assert.ok(pages.length >= 4, `only ${pages.length} walkthrough steps with a markdown page`);
  const english = readJson('package.nls.json');
  for (const { at, markdown } of pages) {
    const key = /^%([^%\s]+)%$/.exec(markdown)?.[1];
    assert.ok(key, `${at}: media.markdown "${markdown}" is not a %key%`);
    const englishPage = pagePath(english[key]);
    assert.ok(englishPage, `${at}: package.nls.json ${key} = ${JSON.stringify(english[key])}, not a page of media/walkthrough/`);
    assert.ok(existsSync(repoPath(englishPage)), `${at}: ${englishPage} does not exist`);
    for (const lang of LANGUAGES) {
      const value: unknown = readJson(`package.nls.${lang}.json`)[key];
      assert.equal(value, englishPage.replace(/^media\/walkthrough\//, `media/walkthrough/${lang}/`), `${at}: package.nls.${lang}.json ${key}`);
      assert.ok(existsSync(repoPath(value as string)), `${at}: ${value} does not exist`);
    }
  }
});

test('each translated walkthrough page keeps the code blocks, code spans, command: links, URLs and [insert_...] placeholders of the English page, and is not the English page', () => {
  const english = readJson('package.nls.json');
  const named = new Set<string>();
  const problems: string[] = [];
  for (const { markdown } of walkthroughPages()) {
    const key = /^%([^%\s]+)%$/.exec(markdown)?.[1];
    const englishPage = key && pagePath(english[key]);
    if (!englishPage || !existsSync(repoPath(englishPage))) continue; // the test above reports it
    const source = readFileSync(repoPath(englishPage), 'utf8');
    for (const lang of LANGUAGES) {
      const page = englishPage.replace(/^media\/walkthrough\//, `media/walkthrough/${lang}/`);
      named.add(page);
      if (existsSync(repoPath(page))) problems.push(...pageProblems(page, source, readFileSync(repoPath(page), 'utf8')));
    }
  }
  assert.ok(named.size >= 4 * LANGUAGES.length, `only ${named.size} translated pages named`);
  assert.deepEqual(problems, []);
  // And no translated page that no step shows (a page renamed in English but not in a language).
  const shipped = LANGUAGES.flatMap((lang) => (existsSync(repoPath('media', 'walkthrough', lang)) ? readdirSync(repoPath('media', 'walkthrough', lang)).map((f) => `media/walkthrough/${lang}/${f}`) : []));
  assert.deepEqual(shipped.filter((p) => !named.has(p)), [], 'translated walkthrough pages no step names');
});

test('the walkthrough page check finds every code span of the English pages, and fails on a page that drops or changes one', () => {
  for (const { markdown } of walkthroughPages()) {
    const key = /^%([^%\s]+)%$/.exec(markdown)?.[1];
    const page = key && pagePath(readJson('package.nls.json')[key]);
    if (!page || !existsSync(repoPath(page))) continue;
    const text = readFileSync(repoPath(page), 'utf8');
    // Were a backtick left once code blocks and spans are out, a span would be split (one across a line break) and escape the check.
    const rest = pageMustKeep(text).filter((t) => t.startsWith('`')).reduce((s, t) => s.split(t).join(''), text.replace(FENCE, ''));
    assert.ok(!rest.includes('`'), `${page}: a backtick outside the code spans found`);
  }
  const english = '# Send\n\nRun **Send** (`brazeWebhooks.sendTestRequest`) on https://[insert_instance_name].my.salesforce.com/x.\n[Send](command:brazeWebhooks.sendTestRequest)\n\n```\nPOST https://acme.my.salesforce.com/\n```\n';
  assert.deepEqual(pageMustKeep(english).sort(), ['```\nPOST https://acme.my.salesforce.com/\n```', '`brazeWebhooks.sendTestRequest`', 'command:brazeWebhooks.sendTestRequest', 'https://[insert_instance_name].my.salesforce.com/x', 'https://acme.my.salesforce.com/', '[insert_instance_name]'].sort());
  const translated = '# Envoyer\n\nLancez **Envoyer** (`brazeWebhooks.sendTestRequest`) sur https://[insert_instance_name].my.salesforce.com/x.\n[Envoyer](command:brazeWebhooks.sendTestRequest)\n\n```\nPOST https://acme.my.salesforce.com/\n```\n';
  assert.deepEqual(pageProblems('ok', english, translated), []);
  assert.deepEqual(pageProblems('same', english, english), ['same: the English page, untranslated']);
  const broken = translated.replace('(command:', '(commande:').replace('https://acme.', 'https://acme2.').replace('[insert_instance_name]', '[nom_instance]');
  assert.deepEqual(pageProblems('broken', english, broken), [
    'broken: drops or changes a code block',
    'broken: drops or changes command:brazeWebhooks.sendTestRequest',
    'broken: drops or changes https://[insert_instance_name].my.salesforce.com/x',
    'broken: drops or changes https://acme.my.salesforce.com/',
    'broken: drops or changes [insert_instance_name]',
  ]);
});

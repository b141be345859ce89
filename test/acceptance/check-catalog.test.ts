/**
 * Acceptance tests for the check catalog, over whole templates:
 *
 * - `test/fixtures/valid-liquid/`: realistic webhooks that use every Liquid construct Braze's public
 *   docs use (each fixture cites its doc page). A well-behaved checker finds nothing to warn about:
 *   no diagnostic of severity error or warning.
 * - `test/fixtures/seeds/`: the two templates of Braze's "Managing leads with Salesforce Sales Cloud"
 *   page as each translation (and the English page) gives them. As written they must raise
 *   `placeholder` on each `[insert_...]`, `field-unknown` on each translated body key,
 *   `field-case` (a hint) on a key that is an API name in another letter case, and
 *   `header-syntax` on each translated header key. Filled in and corrected, only the hints
 *   `oauth-cache` and `oauth-guard` remain.
 * - `Lead_Stage__c`, the docs' example custom field: known to the built-in knowledge and to an org's
 *   describe file (`Lead.describe.json`, given with `--describe`), while a misspelling of it is not.
 *
 * The diagnostics are those of the command line users install: the VSIX's `dist/cli.js --format json`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { JsonDiagnostic } from '../../server/src/cli/lint';
import { runNodeScript } from '../support/node-process';
import { packaged } from '../support/packaged';
import { repoPath } from '../support/paths';

const ROOT = repoPath();
const VALID_DIR = join(ROOT, 'test', 'fixtures', 'valid-liquid');
const SEEDS_DIR = join(ROOT, 'test', 'fixtures', 'seeds');
const DESCRIBE_FILE = join(ROOT, 'test', 'fixtures', 'describe', 'Lead.describe.json');
const CLI = packaged('dist/cli.js');

const ERROR = 1;
const WARNING = 2;
const HINT = 4;
const SEVERITY_NAME: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const SEVERITY_NUMBER: Record<JsonDiagnostic['severity'], number> = { error: ERROR, warning: WARNING, information: 3, hint: HINT };

/** A diagnostic with its file offsets and the text it covers. */
interface Found {
  diagnostic: JsonDiagnostic;
  code: string;
  severity: number;
  start: number;
  end: number;
  slice: string;
}

// Every template is checked by the packaged command line (`dist/cli.js --format json` of the
// VSIX), in two runs: one with the built-in knowledge, one with the org's describe file. Each
// test names its template with `checked(name, text)` when the file loads; the first test that
// asks for findings starts both runs (over all the templates, written into a temporary folder).
type Knowledge = 'builtin' | 'describe';
const registered: Record<Knowledge, Map<string, () => string>> = { builtin: new Map(), describe: new Map() };
const results: Record<Knowledge, Map<string, Found[]>> = { builtin: new Map(), describe: new Map() };

/** Registers a template (its text made by `text`); the function returned gives its text and findings. */
function checked(name: string, text: () => string, knowledge: Knowledge = 'builtin'): () => Promise<{ text: string; found: Found[] }> {
  registered[knowledge].set(name, text);
  return async () => {
    await linted();
    const t = text();
    const found = results[knowledge].get(name);
    assert.ok(found, `${name} was not checked by the command line`);
    return { text: t, found };
  };
}

/** Runs the packaged command over the registered templates; a template whose text cannot be made is left to its test to report. */
async function lintAll(knowledge: Knowledge): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `acceptance-${knowledge}-`));
  const texts = new Map<string, string>();
  for (const [name, make] of registered[knowledge]) {
    try {
      texts.set(name, make());
    } catch {
      continue; // its test makes it again and fails with the reason
    }
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), texts.get(name)!);
  }
  const args = ['--format', 'json', ...(knowledge === 'describe' ? ['--describe', DESCRIBE_FILE] : []), ...texts.keys()];
  const out = await runNodeScript(CLI, args, { cwd: dir, timeoutMs: 60_000 }).finally(() => rmSync(dir, { recursive: true, force: true }));
  assert.ok(out.exitCode === 0 || out.exitCode === 1, `dist/cli.js exited with ${out.exitCode}: ${out.stderr}`);
  // No warning: the describe fixture loads as it is.
  assert.equal(out.stderr, '', `dist/cli.js ${knowledge === 'describe' ? 'with the describe fixture ' : ''}warned`);
  const docs = new Map([...texts].map(([name, text]) => [name, TextDocument.create(`file:///acceptance/${encodeURIComponent(name)}`, 'braze-webhook', 1, text)]));
  for (const name of texts.keys()) results[knowledge].set(name, []);
  for (const diagnostic of JSON.parse(out.stdout) as JsonDiagnostic[]) {
    const doc = docs.get(diagnostic.file);
    assert.ok(doc, `a diagnostic for a file not given: ${diagnostic.file}`);
    const start = doc.offsetAt(diagnostic.range.start);
    const end = doc.offsetAt(diagnostic.range.end);
    results[knowledge].get(diagnostic.file)!.push({ diagnostic, code: diagnostic.code, severity: SEVERITY_NUMBER[diagnostic.severity], start, end, slice: doc.getText().slice(start, end) });
  }
}

let running: Promise<unknown> | undefined;
/** Both runs, started once; after a turn of the event loop, by which time the whole file has registered its templates. */
const linted = () => (running ??= new Promise((resolve) => setImmediate(resolve)).then(() => Promise.all([lintAll('builtin'), lintAll('describe')])));

function show(found: readonly Found[]): string {
  if (!found.length) return '  (none)';
  return found
    .map((f) => `  ${f.code} [${SEVERITY_NAME[f.severity] ?? f.severity}] at ${f.diagnostic.range.start.line + 1}:${f.diagnostic.range.start.character + 1} on ${JSON.stringify(f.slice)}: ${f.diagnostic.message}`)
    .join('\n');
}

const errorsAndWarnings = (found: readonly Found[]) => found.filter((f) => f.severity === ERROR || f.severity === WARNING);
const withCode = (found: readonly Found[], code: string) => found.filter((f) => f.code === code);
/** The distinct codes of the hints, sorted. */
const hintCodes = (found: readonly Found[]) => [...new Set(found.filter((f) => f.severity === HINT).map((f) => f.code))].sort();
const overlaps = (f: Found, start: number, end: number) => f.start < end && start < f.end;

interface Span {
  text: string;
  start: number;
  end: number;
}

/** Where the body starts: after the first blank line that follows the request line. */
function bodyStart(text: string): number {
  const m = /\r?\n[ \t]*\r?\n/.exec(text);
  assert.ok(m, 'the template has no blank line before its body');
  return m.index + m[0].length;
}

/** The keys of the JSON body, each with the span of its quoted text (quotes included). */
function bodyKeys(text: string): Span[] {
  const from = bodyStart(text);
  const keys: Span[] = [];
  const re = /"((?:[^"\\]|\\.)*)"\s*:/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) keys.push({ text: m[1], start: m.index, end: m.index + m[1].length + 2 });
  return keys;
}

/** The header names (the text before the colon of each unindented line between request line and body). */
function headerNames(text: string): Span[] {
  const names: Span[] = [];
  const end = bodyStart(text);
  const re = /^(?![ \t#]|\/\/)([^:\r\n]+):/gm;
  let requestLineSeen = false;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (!requestLineSeen && /^(GET|POST|PUT|PATCH|DELETE) /.test(text.slice(m.index))) {
      requestLineSeen = true;
      continue;
    }
    names.push({ text: m[1].trimEnd(), start: m.index, end: m.index + m[1].trimEnd().length });
  }
  return names;
}

/** The body keys that some diagnostic of `code` lies on, in body order. */
function keysFlagged(text: string, found: readonly Found[], code: string): string[] {
  const flagged = withCode(found, code);
  return bodyKeys(text)
    .filter((k) => flagged.some((f) => overlaps(f, k.start, k.end)))
    .map((k) => k.text);
}

function placeholders(text: string): Span[] {
  return [...text.matchAll(/\[insert_[a-z_]+\]/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

// ---------------------------------------------------------------------------------------------
// Valid Braze Liquid: nothing to warn about
// ---------------------------------------------------------------------------------------------

const validFixtures = readdirSync(VALID_DIR)
  .filter((f) => f.endsWith('.webhook'))
  .sort();

test('valid-liquid: at least 30 fixtures, each with @name and the Braze doc page it exercises', () => {
  assert.ok(validFixtures.length >= 30, `only ${validFixtures.length} fixtures in ${VALID_DIR}`);
  for (const file of validFixtures) {
    const [first, second] = readFileSync(join(VALID_DIR, file), 'utf8').split(/\r?\n/);
    assert.match(first, /^# @name \S/, `${file}: the first line must be "# @name <what it shows>"`);
    assert.match(second, /^# .*_docs\/\S+\.md/, `${file}: the second line must cite the Braze doc page (path in braze-inc/braze-docs)`);
  }
});

for (const file of validFixtures) {
  const fixture = checked(`valid-liquid/${file}`, () => readFileSync(join(VALID_DIR, file), 'utf8'));
  test(`valid-liquid/${file}: no error or warning`, async () => {
    const { found } = await fixture();
    const bad = errorsAndWarnings(found);
    assert.equal(bad.length, 0, `${file} is valid Braze Liquid, but got:\n${show(bad)}`);
  });
}

// ---------------------------------------------------------------------------------------------
// The seed templates, as the docs give them
// ---------------------------------------------------------------------------------------------

interface Seed {
  lang: string;
  /** Header keys as the page writes them. */
  authorizationKey: string;
  contentTypeKey: string;
  /** Create Lead body keys as the page writes them, in the order first name, last name, email, company. */
  createKeys: readonly [string, string, string, string];
  /** Keys Salesforce does not know in any letter case. */
  unknownKeys: readonly string[];
  /** Keys that are an API name in another letter case. */
  caseKeys: readonly string[];
  hasUpdate: boolean;
}

const SEEDS: readonly Seed[] = [
  {
    lang: 'de',
    authorizationKey: 'Autorisierung',
    contentTypeKey: 'Content-Typ',
    createKeys: ['Vorname', 'Nachname', 'E-Mail', 'Unternehmen'],
    unknownKeys: ['Vorname', 'Nachname', 'E-Mail', 'Unternehmen'],
    caseKeys: [],
    hasUpdate: true,
  },
  {
    lang: 'es',
    authorizationKey: 'Autorización',
    contentTypeKey: 'Tipo de contenido',
    createKeys: ['firstName', 'apellido', 'correo electrónico', 'empresa'],
    unknownKeys: ['apellido', 'correo electrónico', 'empresa'],
    caseKeys: ['firstName'],
    hasUpdate: true,
  },
  {
    lang: 'fr',
    authorizationKey: 'Autorisation',
    contentTypeKey: 'Type de contenu',
    createKeys: ['firstName', 'lastName', 'e-mail', 'entreprise'],
    unknownKeys: ['e-mail', 'entreprise'],
    caseKeys: ['firstName', 'lastName'],
    hasUpdate: true,
  },
  {
    lang: 'ko',
    authorizationKey: '승인',
    contentTypeKey: '콘텐츠-유형',
    createKeys: ['이름', '성', '이메일', '회사'],
    unknownKeys: ['이름', '성', '이메일', '회사'],
    caseKeys: [],
    hasUpdate: true,
  },
  {
    lang: 'pt-br',
    authorizationKey: 'Autorização',
    contentTypeKey: 'Tipo de Conteúdo',
    createKeys: ['primeiroNome', 'sobrenome', 'email', 'empresa'],
    unknownKeys: ['primeiroNome', 'sobrenome', 'empresa'],
    caseKeys: ['email'],
    hasUpdate: true,
  },
  {
    lang: 'en',
    authorizationKey: 'Authorization',
    contentTypeKey: 'Content-Type',
    createKeys: ['firstName', 'lastName', 'email', 'company'],
    unknownKeys: [],
    caseKeys: ['firstName', 'lastName', 'email', 'company'],
    hasUpdate: false,
  },
];

const API_NAMES = ['FirstName', 'LastName', 'Email', 'Company'] as const;
const CREATE_VALUES = ['{{${first_name}}}', '{{${last_name}}}', '{{${email_address}}}', '{{custom_attribute.${company}}}'] as const;

interface SeedFile {
  seed: Seed;
  template: 'create-lead' | 'update-lead-to-mql';
  file: string;
  text: string;
}

const seedFiles: SeedFile[] = SEEDS.flatMap((seed) =>
  (['create-lead', 'update-lead-to-mql'] as const)
    .filter((template) => template === 'create-lead' || seed.hasUpdate)
    .map((template) => {
      const file = `${template}.${seed.lang}.webhook`;
      return { seed, template, file, text: readFileSync(join(SEEDS_DIR, file), 'utf8') };
    }),
);

/** `[insert_...]` filled with a My Domain name, a client id and a Content Block holding the secret. */
function fillPlaceholders(text: string): string {
  return text
    .replaceAll('[insert_instance_name]', 'acme')
    .replaceAll('[insert_client_id]', '3MVG9example')
    .replaceAll('[insert_client_secret]', '{{content_blocks.${sf_secret}}}');
}

/** Header keys corrected to `Authorization` / `Content-Type`; body keys to the API names, each value json_escape'd. */
function correct(s: SeedFile, text: string): string {
  const headerLine = (key: string) => new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'm');
  let out = text.replace(headerLine(s.seed.authorizationKey), 'Authorization:').replace(headerLine(s.seed.contentTypeKey), 'Content-Type:');
  if (s.template === 'create-lead') {
    s.seed.createKeys.forEach((key, i) => {
      const value = CREATE_VALUES[i];
      const member = `${JSON.stringify(key)}: "${value}"`;
      assert.ok(out.includes(member), `${s.file}: expected the member ${member}`);
      out = out.replace(member, `"${API_NAMES[i]}": "${value.slice(0, -2)} | json_escape}}"`);
    });
  }
  return out;
}

test('seeds: every translation and the English recipe are present', () => {
  assert.deepEqual(
    seedFiles.map((s) => s.file),
    [
      'create-lead.de.webhook',
      'update-lead-to-mql.de.webhook',
      'create-lead.es.webhook',
      'update-lead-to-mql.es.webhook',
      'create-lead.fr.webhook',
      'update-lead-to-mql.fr.webhook',
      'create-lead.ko.webhook',
      'update-lead-to-mql.ko.webhook',
      'create-lead.pt-br.webhook',
      'update-lead-to-mql.pt-br.webhook',
      'create-lead.en.webhook',
    ],
  );
});

for (const s of seedFiles) {
  const asGiven = checked(`seeds/${s.file}`, () => s.text);
  const corrected = checked(`corrected-${s.file}`, () => correct(s, fillPlaceholders(s.text)));

  test(`seeds/${s.file} as the docs give it: a placeholder error on each [insert_...]`, async () => {
    const wanted = placeholders(s.text);
    // One in the webhook URL, three in the token call (its URL, client_id, client_secret).
    assert.equal(wanted.length, 4, `${s.file}: the page's template holds four placeholders`);
    const { found } = await asGiven();
    const flagged = withCode(found, 'placeholder');
    const all = `\nall diagnostics:\n${show(found)}`;
    assert.equal(flagged.length, wanted.length, `${s.file}: want ${wanted.length} placeholder diagnostics, one per [insert_...]${all}`);
    for (const p of wanted) {
      const on = flagged.filter((f) => overlaps(f, p.start, p.end));
      assert.equal(on.length, 1, `${s.file}: want one placeholder diagnostic on ${p.text} at offset ${p.start}${all}`);
      assert.equal(on[0].severity, ERROR, `${s.file}: the placeholder diagnostic on ${p.text} must be an error${all}`);
    }
    for (const f of flagged) {
      assert.equal(wanted.filter((p) => overlaps(f, p.start, p.end)).length, 1, `${s.file}: a placeholder diagnostic must lie on exactly one [insert_...]${all}`);
    }
  });

  test(`seeds/${s.file} as the docs give it: field-unknown on each translated body key, field-case on a key in another case`, async () => {
    const { found } = await asGiven();
    const all = `\nall diagnostics:\n${show(found)}`;
    const unknown = s.template === 'create-lead' ? [...s.seed.unknownKeys] : [];
    const inCase = s.template === 'create-lead' ? [...s.seed.caseKeys] : [];
    assert.deepEqual(keysFlagged(s.text, found, 'field-unknown'), unknown, `${s.file}: the keys flagged field-unknown${all}`);
    assert.equal(withCode(found, 'field-unknown').length, unknown.length, `${s.file}: one field-unknown per unknown key${all}`);
    for (const f of withCode(found, 'field-unknown')) {
      assert.ok(f.severity === ERROR || f.severity === WARNING, `${s.file}: Salesforce rejects an unknown field; field-unknown must be an error or a warning${all}`);
    }
    assert.deepEqual(keysFlagged(s.text, found, 'field-case'), inCase, `${s.file}: the keys flagged field-case${all}`);
    assert.equal(withCode(found, 'field-case').length, inCase.length, `${s.file}: one field-case per key in another case${all}`);
    for (const f of withCode(found, 'field-case')) assert.equal(f.severity, HINT, `${s.file}: field-case is a hint (Salesforce matches keys case-insensitively)${all}`);
  });

  test(`seeds/${s.file} as the docs give it: header-syntax on each translated header key`, async () => {
    const { found } = await asGiven();
    const all = `\nall diagnostics:\n${show(found)}`;
    const names = headerNames(s.text);
    assert.deepEqual(
      names.map((n) => n.text),
      [s.seed.authorizationKey, s.seed.contentTypeKey],
      `${s.file}: the header keys as the page writes them`,
    );
    const translated = names.filter((n) => n.text !== 'Authorization' && n.text !== 'Content-Type');
    const flagged = withCode(found, 'header-syntax');
    assert.deepEqual(
      names.filter((n) => flagged.some((f) => overlaps(f, n.start, n.end))).map((n) => n.text),
      translated.map((n) => n.text),
      `${s.file}: the header keys flagged header-syntax${all}`,
    );
    for (const n of translated) {
      const on = flagged.filter((f) => overlaps(f, n.start, n.end));
      assert.ok(on.every((f) => f.severity === ERROR), `${s.file}: header-syntax on "${n.text}" must be an error${all}`);
    }
  });

  test(`seeds/${s.file} filled in and corrected: no error or warning, only the hints of the token call and of required values with no default`, async () => {
    const { text, found } = await corrected();
    assert.doesNotMatch(text, /\[insert_/);
    const all = `\ntemplate:\n${text}\nall diagnostics:\n${show(found)}`;
    assert.equal(errorsAndWarnings(found).length, 0, `${s.file}, filled in and corrected, still has errors or warnings${all}`);
    // Information is allowed; the hints left: no :cache_max_age, no guard on a failed token, on a create LastName and Company without a default, on an update no abort for a user without ${user_id}.
    const expected = s.template === 'create-lead' ? ['field-may-be-empty', 'oauth-cache', 'oauth-guard'] : ['oauth-cache', 'oauth-guard', 'url-id-may-be-empty'];
    assert.deepEqual(hintCodes(found), expected, `${s.file}: the hints left${all}`);
  });
}

const filledEnglish = checked('filled-create-lead.en.webhook', () => fillPlaceholders(readFileSync(join(SEEDS_DIR, 'create-lead.en.webhook'), 'utf8')));

test("Braze's English Create Lead recipe, placeholders filled: no error or warning, a field-case hint on each camelCase key, field-may-be-empty on the required ones", async () => {
  const { text, found } = await filledEnglish();
  const all = `\nall diagnostics:\n${show(found)}`;
  assert.equal(errorsAndWarnings(found).length, 0, `the English recipe, filled in, has errors or warnings${all}`);
  assert.deepEqual(keysFlagged(text, found, 'field-case'), ['firstName', 'lastName', 'email', 'company'], `the keys flagged field-case${all}`);
  assert.equal(withCode(found, 'field-case').length, 4, `one field-case per key${all}`);
  for (const f of withCode(found, 'field-case')) assert.equal(f.severity, HINT, `field-case is a hint${all}`);
  // Information (such as values without json_escape) is allowed; the hints are the keys', the required values' without a default and the token call's.
  assert.deepEqual(keysFlagged(text, found, 'field-may-be-empty'), [], 'field-may-be-empty is on the value, not the key');
  assert.equal(withCode(found, 'field-may-be-empty').length, 2, `lastName and company have no default${all}`);
  assert.deepEqual(hintCodes(found), ['field-case', 'field-may-be-empty', 'oauth-cache', 'oauth-guard'], `the hints on the filled English recipe${all}`);
});

// ---------------------------------------------------------------------------------------------
// Lead_Stage__c: built-in knowledge, and an org's describe file
// ---------------------------------------------------------------------------------------------

/** The Spanish Update Lead to MQL template, filled in and with English header keys. */
function updateTemplate(): string {
  const s = seedFiles.find((f) => f.file === 'update-lead-to-mql.es.webhook');
  assert.ok(s);
  return correct(s, fillPlaceholders(s.text));
}

const typo = (text: string) => text.replace('"Lead_Stage__c"', '"Lead_Stge__c"');
const updateBuiltin = checked('update-builtin.webhook', updateTemplate);
const typoBuiltin = checked('update-builtin-typo.webhook', () => typo(updateTemplate()));
const updateDescribe = checked('update-describe.webhook', updateTemplate, 'describe');
const typoDescribe = checked('update-describe-typo.webhook', () => typo(updateTemplate()), 'describe');

test('Lead_Stage__c with the built-in knowledge: no field-unknown', async () => {
  const { text, found } = await updateBuiltin();
  assert.match(text, /"Lead_Stage__c": "MQL"/);
  assert.equal(withCode(found, 'field-unknown').length, 0, `Lead_Stage__c is the docs' example field:\n${show(found)}`);
  assert.equal(errorsAndWarnings(found).length, 0, `no error or warning:\n${show(found)}`);
  // Custom fields are checked against a describe only: the typo below is the describe's to find.
  const { found: typoFoundBuiltin } = await typoBuiltin();
  assert.equal(withCode(typoFoundBuiltin, 'field-unknown').length, 0, show(typoFoundBuiltin));
});

test('Lead_Stage__c with the org describe file: no error; Lead_Stge__c is field-unknown', async () => {
  const { found } = await updateDescribe();
  assert.equal(withCode(found, 'field-unknown').length, 0, `the describe file has Lead_Stage__c:\n${show(found)}`);
  assert.equal(found.filter((f) => f.severity === ERROR).length, 0, `no error with the describe file:\n${show(found)}`);

  const { text: typoText, found: typoFound } = await typoDescribe();
  const all = `\nall diagnostics:\n${show(typoFound)}`;
  assert.deepEqual(keysFlagged(typoText, typoFound, 'field-unknown'), ['Lead_Stge__c'], `Lead_Stge__c is not in the describe file${all}`);
  assert.equal(withCode(typoFound, 'field-unknown').length, 1, all);
  assert.ok(withCode(typoFound, 'field-unknown').every((f) => f.severity === ERROR || f.severity === WARNING), all);
});

// braze-webhook-lint in the user's language: --locale, else LC_ALL / LC_MESSAGES / LANG; English otherwise.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { packaged } from '../support/packaged';
import { repoPath } from '../support/paths';
import { runNodeScript } from '../support/node-process';

const CLI = packaged('dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'lint-locale-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'a.webhook'), readFileSync(repoPath('examples', 'create-lead.webhook'), 'utf8').replaceAll('[insert_instance_name]', 'acme'));

const ENGLISH = 'Placeholder "{0}" is still in the template: {1}; fill in {2}';
const opening = (lang: string) => {
  const t = (JSON.parse(readFileSync(repoPath('l10n', 'server', `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>)[ENGLISH];
  return t.slice(0, t.indexOf('{0}'));
};
const clean = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '' };
const lint = (args: string[], env: NodeJS.ProcessEnv = clean) => runNodeScript(CLI, [...args, 'a.webhook'], { cwd: dir, env });
const placeholderLine = (stdout: string) => stdout.split('\n').find((l) => l.includes(' placeholder: ') && l.includes('[insert_client_id]')) ?? '';

for (const lang of ['es', 'pt-br', 'fr', 'de', 'ko']) {
  test(`--locale ${lang}: the placeholder finding in that language, its code and position as in English`, async () => {
    const out = await lint(['--locale', lang]);
    const line = placeholderLine(out.stdout);
    assert.ok(line.includes(`error placeholder: ${opening(lang)}[insert_client_id]`), `${lang}: ${out.stdout}`);
    const english = placeholderLine((await lint([])).stdout);
    assert.equal(line.split(' placeholder: ')[0], english.split(' placeholder: ')[0], 'same file, line, column and severity');
  });
}

test('without --locale: LC_ALL, then LC_MESSAGES, then LANG; --locale wins; an unsupported language is English', async () => {
  assert.ok(placeholderLine((await lint([], { ...clean, LANG: 'de_DE.UTF-8' })).stdout).includes(opening('de')));
  assert.ok(placeholderLine((await lint([], { ...clean, LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' })).stdout).includes(opening('fr')));
  assert.ok(placeholderLine((await lint([], { ...clean, LANG: 'de_DE.UTF-8', LC_ALL: 'ko_KR.UTF-8' })).stdout).includes(opening('ko')));
  assert.ok(placeholderLine((await lint(['--locale=es'], { ...clean, LC_ALL: 'ko_KR.UTF-8' })).stdout).includes(opening('es')));
  assert.match(placeholderLine((await lint([], { ...clean, LANG: 'ja_JP.UTF-8' })).stdout), /placeholder: Placeholder "\[insert_client_id\]" is still in the template/);
  const bad = await lint(['--locale']);
  assert.equal(bad.exitCode, 2);
});

/** The summary's message in the bundle for its counts: one sentence per plural case, as lint.ts picks it. */
function summaryKey(files: number, errors: number, others: number): { key: string; args: number[] } {
  const f = files === 1 ? '1 file checked' : '{0} files checked';
  const counts = [files === 1 ? [] : [files], errors === 1 ? [] : [errors], others === 1 ? [] : [others]].flat();
  let n = files === 1 ? 0 : 1;
  const e = errors === 1 ? '1 error' : `{${n++}} errors`;
  const o = others === 1 ? '1 other finding' : `{${n++}} other findings`;
  return { key: `${f}: ${e}, ${o}.`, args: counts };
}

for (const lang of ['es', 'pt-br', 'fr', 'de', 'ko']) {
  test(`--locale ${lang}: the summary line in that language, with the English counts`, async () => {
    const english = (await lint([])).stdout.trim().split('\n').at(-1) ?? '';
    const m = /^(\d+) files? checked: (\d+) errors?, (\d+) other findings?\.$/.exec(english);
    assert.ok(m, english);
    const { key, args } = summaryKey(Number(m[1]), Number(m[2]), Number(m[3]));
    const bundle = JSON.parse(readFileSync(repoPath('l10n', 'server', `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>;
    assert.ok(bundle[key], `${lang} lacks "${key}"`);
    const expected = bundle[key].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
    assert.equal((await lint(['--locale', lang])).stdout.trim().split('\n').at(-1), expected);
    assert.notEqual(expected, english);
  });
}

test('--locale de: a usage error in German, the option and its values as written', async () => {
  const out = await lint(['--locale', 'de', '--format', 'xml']);
  assert.equal(out.exitCode, 2);
  assert.match(out.stderr, /^braze-webhook-lint: --format nimmt "human", "json", "sarif", "github" oder "junit", nicht "xml"\n/);
});

const HELP_LINE = 'Checks Braze webhook templates (.webhook files; globs accepted).';
/** A help text with its wrapped lines joined: a translation may wrap anywhere. */
const unwrapped = (text: string) => text.replace(/\n */g, ' ');

for (const lang of ['es', 'pt-br', 'fr', 'de', 'ko']) {
  test(`--locale ${lang} --help: the usage text in that language, its options as written and aligned`, async () => {
    const out = await runNodeScript(CLI, ['--locale', lang, '--help'], { cwd: dir, env: clean });
    assert.equal(out.exitCode, 0, out.stderr);
    const translated = (JSON.parse(readFileSync(repoPath('l10n', 'server', `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>)[HELP_LINE];
    assert.ok(translated && translated !== HELP_LINE, `${lang} lacks "${HELP_LINE}"`);
    assert.ok(unwrapped(out.stdout).includes(translated), `${lang}: ${out.stdout}`);
    assert.ok(!out.stdout.includes(HELP_LINE), 'no English description left');
    assert.match(out.stdout, /braze-webhook-lint \[--format human\|json\|sarif\|github\|junit\] .*\[--locale LANG\] FILES\.\.\./);
    // The descriptions start in the English column, after the option names as written.
    for (const option of ['--format FORMAT', '--fail-level L', '--describe FILE', '--locale LANG']) {
      assert.ok(out.stdout.split('\n').some((l) => l.startsWith(`  ${option.padEnd(18)}`) && l[20] !== ' '), `${lang}: ${option}`);
    }
  });
}

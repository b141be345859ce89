// braze-webhook-send in the user's language: --locale, else LC_ALL / LC_MESSAGES / LANG; English
// otherwise. The packaged CLI runs against the stand-in with a wrong client secret: the token call's
// invalid_client and the webhook's 401 INVALID_SESSION_ID are explained in that language, the
// status, the codes and Salesforce's own text as written.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startStandin, type Standin } from '../../salesforce-standin/src/server';
import { runNodeScript } from '../support/node-process';
import { packaged } from '../support/packaged';
import { repoPath } from '../support/paths';

const CLI = packaged('dist/send-cli.js');
const SECRET = 'not-the-secret';
const LANGUAGES = ['es', 'pt-br', 'fr', 'de', 'ko'] as const;

let standin: Standin;
let dir: string;
before(async () => {
  standin = await startStandin();
  dir = mkdtempSync(join(tmpdir(), 'send-locale-'));
  writeFileSync(join(dir, 'ada.json'), JSON.stringify({ external_id: 'ada-1', first_name: 'Ada', last_name: 'Lovelace', custom_attributes: { company: 'Engines Ltd' } }));
});
after(async () => {
  await standin.close();
  rmSync(dir, { recursive: true, force: true });
});

const bundle = (lang: string) => JSON.parse(readFileSync(repoPath('l10n', 'server', `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>;
const WRONG_SECRET = 'the consumer secret (client_secret) is wrong for this consumer key';
const REFUSED = 'the access token was refused (missing, expired or not valid for the REST API)';
const translated = (lang: string, english: string) => (lang === 'en' ? english : bundle(lang)[english]);
/** A label of the human output ("Problem: {0}") in a language, without its placeholder: "Problème : ". */
const label = (lang: string, english: string) => translated(lang, english).replace('{0}', '');

/** The command with only the locale variables given: nothing of this process's environment leaks in. */
async function send(args: string[], locale: Record<string, string> = {}) {
  const env = { BRAZE_WEBHOOK_INSERT_CLIENT_ID: 'demo-client-id', BRAZE_WEBHOOK_INSERT_CLIENT_SECRET: SECRET, BRAZE_WEBHOOK_INSTANCE_URL: standin.url, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...locale };
  const out = await runNodeScript(CLI, [repoPath('examples', 'create-lead.webhook'), '--user', 'ada.json', ...args], { cwd: dir, env });
  assert.ok(!out.stdout.includes(SECRET) && !out.stderr.includes(SECRET), 'the client secret leaked');
  return out;
}

for (const lang of LANGUAGES) {
  test(`--locale ${lang} --dry-run: the token call's refusal explained in that language, its code as written`, async () => {
    const out = await send(['--locale', lang, '--dry-run']);
    assert.equal(out.exitCode, (await send(['--dry-run'])).exitCode, 'the same exit code as in English');
    const problem = out.stdout.split('\n').find((l) => l.includes(`${label(lang, 'Problem: {0}')}400 invalid_client`)) ?? '';
    assert.ok(problem.endsWith(`: ${translated(lang, WRONG_SECRET)}`), `${lang}: ${out.stdout}`);
    assert.ok(!out.stdout.includes(WRONG_SECRET), 'no English explanation left');
  });
}

test('without --locale: LC_ALL, then LC_MESSAGES, then LANG; --locale wins; an unsupported language is English', async () => {
  const summary = async (args: string[], locale: Record<string, string>) => {
    const out = await send(args, locale);
    assert.equal(out.exitCode, 1, out.stdout + out.stderr);
    return out.stdout.split('\n').find((l) => l.includes('401 INVALID_SESSION_ID: ')) ?? out.stdout;
  };
  const expect = (lang: string) => `${label(lang, 'Problem: {0}')}401 INVALID_SESSION_ID: ${translated(lang, REFUSED)}`;
  assert.equal(await summary([], { LANG: 'de_DE.UTF-8' }), expect('de'));
  assert.equal(await summary([], { LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' }), expect('fr'));
  assert.equal(await summary([], { LANG: 'de_DE.UTF-8', LC_ALL: 'ko_KR.UTF-8' }), expect('ko'));
  assert.equal(await summary(['--locale=pt-BR'], { LC_ALL: 'ko_KR.UTF-8' }), expect('pt-br'));
  assert.equal(await summary([], { LANG: 'ja_JP.UTF-8' }), expect('en'));
  const bad = await send(['--locale']);
  assert.equal(bad.exitCode, 2);
  assert.match(bad.stderr, /--locale needs a language \(es, pt-br, fr, de or ko\)/);
});

const fill = (message: string, ...args: string[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)]);

for (const lang of LANGUAGES) {
  test(`--locale ${lang}: the Template:, Problem: and Fix: labels in that language`, async () => {
    const english = (await send([])).stdout.split('\n');
    const out = await send(['--locale', lang]);
    assert.equal(out.exitCode, 1, out.stdout + out.stderr);
    const lines = out.stdout.split('\n');
    const [, file, name] = /^Template: (.*) \((.*)\)$/.exec(english[0]) ?? [];
    assert.ok(file && name, english[0]);
    assert.equal(lines[0], fill(translated(lang, 'Template: {0} ({1})'), file, name));
    const problem = lines.find((l) => l.includes('401 INVALID_SESSION_ID: ')) ?? '';
    assert.ok(problem.startsWith(label(lang, 'Problem: {0}')), `${lang}: ${problem}`);
    const fix = label(lang, 'Fix: {0}');
    assert.ok(lines.some((l) => l.startsWith(`  ${fix}`)), `${lang}: no "${fix}" line in ${out.stdout}`);
    assert.equal(lines.filter((l) => l.startsWith(`  ${fix}`)).length, english.filter((l) => l.startsWith('  Fix: ')).length, 'as many fixes as in English');
    if (fix !== 'Fix: ') assert.ok(!lines.some((l) => l.startsWith('  Fix: ')), 'no English Fix: label left');
    if (label(lang, 'Problem: {0}') !== 'Problem: ') assert.ok(!lines.some((l) => /^\s*Problem: /.test(l)), 'no English Problem: label left');
  });
}

const HELP_LINE = "Renders a Braze webhook template (.webhook) for a test user like Braze does, sends it, and explains Salesforce's answer. Secrets are masked in everything printed.";
/** A help text with its wrapped lines joined: a translation may wrap anywhere. */
const unwrapped = (text: string) => text.replace(/\n */g, ' ');

for (const lang of LANGUAGES) {
  test(`--locale ${lang} --help: the usage text in that language, its options and variables as written and aligned`, async () => {
    const out = await send(['--locale', lang, '--help']);
    assert.equal(out.exitCode, 0, out.stderr);
    const text = translated(lang, HELP_LINE);
    assert.ok(text && text !== HELP_LINE, `${lang} lacks the description`);
    assert.ok(unwrapped(out.stdout).includes(text), `${lang}: ${out.stdout}`);
    assert.ok(!unwrapped(out.stdout).includes(HELP_LINE), 'no English description left');
    assert.match(out.stdout, /BRAZE_WEBHOOK_INSERT_CLIENT_SECRET/);
    const lines = out.stdout.split('\n');
    // The descriptions start in the English column, after the option names as written.
    for (const option of ['--user USER.json', '--user-id ID', '--dry-run', '--format human|json', '--timeout MS', '--instance-url URL', '--locale LANG', '--sample-user', '-h, --help']) {
      assert.ok(lines.some((l) => l.startsWith(`  ${option.padEnd(24)}`) && l[26] !== ' '), `${lang}: ${option}`);
    }
    const long = lines.indexOf('  --connected-content-timeout MS');
    assert.ok(long !== -1 && /^ {26}\S/.test(lines[long + 1]), `${lang}: --connected-content-timeout MS`);
  });
}

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
    const problem = out.stdout.split('\n').find((l) => l.includes('Problem: 400 invalid_client')) ?? '';
    assert.ok(problem.endsWith(`: ${translated(lang, WRONG_SECRET)}`), `${lang}: ${out.stdout}`);
    assert.ok(!out.stdout.includes(WRONG_SECRET), 'no English explanation left');
  });
}

test('without --locale: LC_ALL, then LC_MESSAGES, then LANG; --locale wins; an unsupported language is English', async () => {
  const summary = async (args: string[], locale: Record<string, string>) => {
    const out = await send(args, locale);
    assert.equal(out.exitCode, 1, out.stdout + out.stderr);
    return out.stdout.split('\n').find((l) => l.startsWith('Problem: 401 INVALID_SESSION_ID: ')) ?? out.stdout;
  };
  const expect = (lang: string) => `Problem: 401 INVALID_SESSION_ID: ${translated(lang, REFUSED)}`;
  assert.equal(await summary([], { LANG: 'de_DE.UTF-8' }), expect('de'));
  assert.equal(await summary([], { LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' }), expect('fr'));
  assert.equal(await summary([], { LANG: 'de_DE.UTF-8', LC_ALL: 'ko_KR.UTF-8' }), expect('ko'));
  assert.equal(await summary(['--locale=pt-BR'], { LC_ALL: 'ko_KR.UTF-8' }), expect('pt-br'));
  assert.equal(await summary([], { LANG: 'ja_JP.UTF-8' }), expect('en'));
  const bad = await send(['--locale']);
  assert.equal(bad.exitCode, 2);
  assert.match(bad.stderr, /--locale needs a language \(es, pt-br, fr, de or ko\)/);
});

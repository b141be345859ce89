// braze-webhook-send as users get it: the VSIX's dist/send-cli.js run as a child process against
// the Salesforce stand-in, which runs in this test process (so the child is run asynchronously).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { ORG_ID } from '../../salesforce-standin/src/ids';
import { startStandin, type Standin } from '../../salesforce-standin/src/server';
import { runNodeScript, type ProcessOutput } from '../support/node-process';
import { packaged } from '../support/packaged';
import { repoPath } from '../support/paths';

const CLI = packaged('dist/send-cli.js');
const EXAMPLES = repoPath('examples');
const SECRET = 'demo-client-secret';
/** Every access token the stand-in issues: `<org id, 15 characters>!<64 base64url characters>` (salesforce-standin/src/oauth.ts). */
const ACCESS_TOKEN = new RegExp(`${ORG_ID.slice(0, 15)}![A-Za-z0-9_-]{8,}`);

let standin: Standin;
let dir: string;
const outputs: ProcessOutput[] = [];
/** Token requests the stand-in answered with a token, over the whole file. */
let tokensIssued = 0;

before(async () => {
  standin = await startStandin();
  dir = mkdtempSync(join(tmpdir(), 'send-cli-'));
  writeFileSync(join(dir, 'ada.json'), JSON.stringify({ external_id: 'ada-1', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', custom_attributes: { company: 'Engines Ltd' } }));
  writeFileSync(join(dir, 'export.json'), JSON.stringify({ users: [{ external_id: 'a' }, { external_id: 'b', first_name: 'Bo', last_name: 'B', custom_attributes: { company: 'B Co' } }] }));
  writeFileSync(join(dir, 'bad-user.json'), JSON.stringify({ users: [{ first_name: 7 }] }));
});
after(async () => {
  // The check below means something only if tokens went by.
  assert.ok(tokensIssued > 3, `only ${tokensIssued} tokens were issued`);
  for (const o of outputs) {
    for (const text of [o.stdout, o.stderr]) {
      assert.ok(!text.includes(SECRET), 'the client secret leaked');
      const token = ACCESS_TOKEN.exec(text);
      assert.equal(token, null, `an access token leaked: ${token?.[0].slice(0, 20)}…`);
    }
  }
  await standin.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => standin.control.reset());
afterEach(() => {
  tokensIssued += standin.control.requests.filter((r) => r.path.startsWith('/services/oauth2/token') && r.status === 200).length;
});

const env = (extra: Record<string, string> = {}) => ({
  BRAZE_WEBHOOK_INSERT_CLIENT_ID: 'demo-client-id',
  BRAZE_WEBHOOK_INSERT_CLIENT_SECRET: SECRET,
  BRAZE_WEBHOOK_INSTANCE_URL: standin.url,
  ...extra,
});
/** The command with exactly the environment `e`: nothing of this process's leaks in. */
async function send(args: string[], e: Record<string, string> = env()): Promise<ProcessOutput> {
  const out = await runNodeScript(CLI, args, { cwd: dir, env: e });
  outputs.push(out);
  return out;
}
const tokenRequests = () => standin.control.requests.filter((r) => r.path.startsWith('/services/oauth2/token')).length;
const create = join(EXAMPLES, 'create-lead.webhook');
const update = join(EXAMPLES, 'update-lead-to-mql.webhook');

test('human output: token call, rendered request with secrets masked, answer explained; exit 0 on 201', async () => {
  const out = await send([create, '--user', 'ada.json']);
  assert.equal(out.exitCode, 0, out.stdout + out.stderr);
  assert.match(out.stdout, /^Template: .*create-lead\.webhook \(Salesforce Sales Cloud > Create Lead\)\nUser: ada-1\n/);
  assert.match(out.stdout, /POST http:\/\/127\.0\.0\.1:\d+\/services\/oauth2\/token \(in the header Authorization\) -> 200 in \d+ ms, saved as "result"/);
  assert.match(out.stdout, /client_secret=\*{8}&grant_type/);
  assert.match(out.stdout, /Authorization: Bearer \*{8}\n/);
  assert.match(out.stdout, /"company": "Engines Ltd"/);
  assert.equal(out.stderr, '');
  const id = /Lead created: (00Q\w+)/.exec(out.stdout)?.[1];
  assert.ok(id, out.stdout);
  assert.equal(standin.store.get(id)?.LastName, 'Lovelace');

  writeFileSync(join(dir, 'lead.json'), JSON.stringify({ external_id: id }));
  const upd = await send([update, '--user', 'lead.json']);
  assert.equal(upd.exitCode, 0, upd.stdout);
  assert.match(upd.stdout, /Answer: 204 No Content in \d+ ms/);
  assert.match(upd.stdout, /Lead updated/);
  assert.equal(standin.store.get(id)?.Lead_Stage__c, 'MQL');
});

test('json output; exit 1 on an error answer, explained', async () => {
  const out = await send([create, '--user', 'ada.json', '--format', 'json'], env({ BRAZE_WEBHOOK_INSERT_CLIENT_SECRET: 'not-the-secret' }));
  assert.equal(out.exitCode, 1);
  const data = JSON.parse(out.stdout) as {
    rendered: { ok: boolean; request: { headers: { name: string; value: string }[] } };
    connectedContent: { status: number; explanation: { codes: string[] } }[];
    answer: { status: number };
    explanation: { codes: string[] };
    exitCode: number;
  };
  assert.equal(data.rendered.ok, true);
  assert.equal(data.connectedContent[0].status, 400);
  assert.deepEqual(data.connectedContent[0].explanation.codes, ['invalid_client']);
  assert.equal(data.answer.status, 401);
  assert.deepEqual(data.explanation.codes, ['INVALID_SESSION_ID']);
  assert.equal(data.exitCode, 1);
  assert.ok(!out.stdout.includes('not-the-secret'));
});

test('--dry-run makes the token call (as Braze\'s preview does) but does not send the webhook', async () => {
  const out = await send([create, '--user', 'ada.json', '--dry-run']);
  assert.equal(out.exitCode, 0, out.stdout);
  assert.match(out.stdout, /Request \(dry run, not sent\):/);
  assert.doesNotMatch(out.stdout, /Answer:/);
  assert.equal(tokenRequests(), 1);
  assert.equal(standin.control.requests.filter((r) => r.path.startsWith('/services/data/')).length, 0);
});

test('a user picked from an export with --user-id; the first one otherwise, said so', async () => {
  const picked = await send([create, '--user', 'export.json', '--user-id', 'b', '--dry-run']);
  assert.match(picked.stdout, /User: b\n/);
  assert.match(picked.stdout, /"firstName": "Bo"/);
  const first = await send([create, '--user', 'export.json', '--dry-run']);
  assert.match(first.stdout, /User: a \(first of 2 users; pick one with --user-id\)/);
});

test('a missing placeholder names the environment variable to set; exit 1', async () => {
  const out = await send([create, '--user', 'ada.json'], { BRAZE_WEBHOOK_INSERT_CLIENT_ID: 'demo-client-id', BRAZE_WEBHOOK_INSTANCE_URL: standin.url });
  assert.equal(out.exitCode, 1);
  assert.match(out.stdout, /Not rendered \(placeholder\): No value for the placeholder \[insert_client_secret\] \(in the header Authorization\)/);
  assert.match(out.stdout, /Set BRAZE_WEBHOOK_INSERT_CLIENT_SECRET in the environment\./);
  assert.equal(standin.control.requests.length, 0);
});

test('--timeout: a slow answer is a timeout, exit 1', async () => {
  standin.control.failNext('slow', 1, { delayMs: 800, target: 'data' });
  const out = await send([create, '--user', 'ada.json', '--timeout', '150']);
  assert.equal(out.exitCode, 1);
  assert.match(out.stdout, /No answer: timed out after 150 ms/);
});

test('a 401 drops the token cached by :cache_max_age, and says so; each run is its own session', async () => {
  // Across sends of one session the cache is the engine's (server/src/send/standin.test.ts); a
  // command line run is one session: it fetches its token, and a 401 drops what it cached.
  const cached = join(dir, 'cached.webhook');
  writeFileSync(cached, readFileSync(create, 'utf8').replace(':save result %}', ':cache_max_age 900 :save result %}'));
  const first = await send([cached, '--user', 'ada.json']);
  assert.equal(first.exitCode, 0, first.stdout);
  assert.doesNotMatch(first.stdout, /cached token was dropped/);
  standin.control.failNext('expireTokens', 1, { target: 'data' });
  const refused = await send([cached, '--user', 'ada.json']);
  assert.equal(refused.exitCode, 1);
  assert.match(refused.stdout, /Answer: 401\b/);
  assert.match(refused.stdout, /The cached token was dropped \(1 cached answer\): the next send fetches a new one\./);
  assert.equal(tokenRequests(), 2, 'a token request per run');
});

test('bad usage and unreadable files: exit 2 with a clear message', async () => {
  const cases: [string[], RegExp][] = [
    [[], /no template given/],
    [[create], /no test user given/],
    [[create, '--user', 'ada.json', '--format', 'xml'], /--format takes "human" or "json", not "xml"/],
    [[create, '--user', 'ada.json', '--timeout', 'soon'], /--timeout takes a number of milliseconds/],
    [[create, '--user', 'ada.json', '--bogus'], /unknown option "--bogus"/],
    [[create, create, '--user', 'ada.json'], /one template at a time/],
    [['missing.webhook', '--user', 'ada.json'], /cannot read "missing.webhook": ENOENT/],
    [[create, '--user', 'nobody.json'], /cannot read "nobody.json": ENOENT/],
    [[create, '--user', 'bad-user.json'], /bad-user\.json: users\[0\]\.first_name: /],
    [[create, '--user', 'export.json', '--user-id', 'zz'], /no user with external_id or braze_id "zz"/],
  ];
  for (const [args, message] of cases) {
    const out = await send(args);
    assert.equal(out.exitCode, 2, args.join(' '));
    assert.match(out.stderr, message);
  }
  const help = await send(['--help']);
  assert.equal(help.exitCode, 0);
  assert.match(help.stdout, /BRAZE_WEBHOOK_INSERT_CLIENT_SECRET/);
  const sample = await send(['--sample-user']);
  assert.equal(sample.exitCode, 0);
  assert.ok((JSON.parse(sample.stdout) as { external_id: string }).external_id);
});

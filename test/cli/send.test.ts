// braze-webhook-send as users get it: the VSIX's dist/send-cli.js run as a child process against
// the Salesforce stand-in, which runs in this test process (so the child is run asynchronously).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ORG_ID } from '../../salesforce-standin/src/ids';
import { startStandin, type Standin } from '../../salesforce-standin/src/server';
import { runNodeScript, type ProcessOutput } from '../support/node-process';
import { packaged } from '../support/packaged';
import { repoPath } from '../support/paths';
import { startTestServer, type TestServer } from '../support/send-test-server';

const CLI = packaged('dist/send-cli.js');
const EXAMPLES = repoPath('examples');
const SECRET = 'demo-client-secret';
/** Every access token the stand-in issues: `<org id, 15 characters>!<64 base64url characters>` (salesforce-standin/src/oauth.ts). */
const ACCESS_TOKEN = new RegExp(`${ORG_ID.slice(0, 15)}![A-Za-z0-9_-]{8,}`);

let standin: Standin;
/** A scripted server for what the stand-in does not do: escaped token answers, gzip answers inflated slowly. */
let server: TestServer;
let dir: string;
const outputs: ProcessOutput[] = [];
/** Token requests the stand-in answered with a token, over the whole file. */
let tokensIssued = 0;

/** The token answer of `server`: JSON-escaped its own way (`\/`, `\u005a`), with a signature. */
const SERVER_TOKEN = '00DSERVERTOKEN!Zz/abc';
const SIGNATURE = 'S1gnatureZz/+abc=';
const escapedToken = (s: string) => s.replaceAll('/', '\\/').replaceAll('Z', '\\u005a');
/** 16 KB of zeros per gzip member, one every 20 ms: an answer still being inflated when a short time limit expires. */
const slowGzip = (res: http.ServerResponse) => {
  const member = gzipSync(Buffer.alloc(16 * 1024));
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
  const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write(member)), 20);
};

before(async () => {
  server = await startTestServer((r) => {
    if (r.path.startsWith('/slow-token')) return { stream: slowGzip };
    if (r.path.startsWith('/services/oauth2/token')) return { body: `{"access_token":"${escapedToken(SERVER_TOKEN)}","signature":"${escapedToken(SIGNATURE)}","instance_url":"https:\\/\\/acme.my.salesforce.com","token_type":"Bearer"}` };
    if (r.path.startsWith('/slow-lead')) return { stream: slowGzip };
    if (r.path.startsWith('/services/data/')) return r.headers.authorization === 'Bearer' ? { status: 401, body: '[{"errorCode":"INVALID_SESSION_ID","message":"Session expired or invalid"}]' } : { status: 201, body: '{"id":"00Q000000000009AAA","success":true,"errors":[]}' };
    return undefined;
  });
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
  await server.close();
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

test('--dry-run says where the webhook would go, and when the rendered body is not valid JSON (with the position)', async () => {
  // Braze's recipe has no json_escape: a quote in the last name breaks the body.
  writeFileSync(join(dir, 'quote.json'), JSON.stringify({ external_id: 'q-1', first_name: 'Liam', last_name: 'O"Brien', email: 'liam@example.com', custom_attributes: { company: 'Q' } }));
  const out = await send([create, '--user', 'quote.json', '--dry-run']);
  assert.equal(out.exitCode, 0, out.stdout);
  assert.match(out.stdout, /\nwarning: The rendered body is not valid JSON: Expected ',' or '\}' after property value at line 3, column 18\. Salesforce answers such a body with 400 JSON_PARSER_ERROR\.\n/);
  assert.match(out.stdout, /note: webhook would be sent to http:\/\/127\.0\.0\.1:\d+ \(instance override\)/);
  assert.doesNotMatch(out.stdout, /note: webhook sent to/);
  const json = JSON.parse((await send([create, '--user', 'quote.json', '--dry-run', '--format', 'json'])).stdout) as { rendered: { warnings: string[]; notes: string[] } };
  assert.match(json.rendered.warnings[0], /^The rendered body is not valid JSON: .* at line 3, column 18\./);
  assert.ok(json.rendered.notes.some((n) => n.startsWith('webhook would be sent to ')));
  const fine = JSON.parse((await send([create, '--user', 'ada.json', '--dry-run', '--format', 'json'])).stdout) as { rendered: { warnings: string[] } };
  assert.deepEqual(fine.rendered.warnings, []);
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

/** `examples/create-lead.webhook` with its text changed, written to the working folder. */
function variant(name: string, change: (text: string) => string): string {
  const file = join(dir, name);
  writeFileSync(file, change(readFileSync(create, 'utf8')));
  return file;
}
const serverEnv = (extra: Record<string, string> = {}) => env({ BRAZE_WEBHOOK_INSTANCE_URL: server.url, ...extra });
const TOKEN_URL = 'https://[insert_instance_name].my.salesforce.com/services/oauth2/token';

test('--format json: the token answer\'s signature, and a token the server JSON-escapes, are masked (also in connectedContent[].responseText)', async () => {
  const out = await send([create, '--user', 'ada.json', '--format', 'json'], serverEnv());
  assert.equal(out.exitCode, 0, out.stdout + out.stderr);
  const data = JSON.parse(out.stdout) as { connectedContent: { responseText: string }[] };
  assert.match(data.connectedContent[0].responseText, /"access_token":"\*{8}","signature":"\*{8}"/);
  for (const secret of [SERVER_TOKEN, SIGNATURE]) {
    for (const form of [secret, escapedToken(secret), JSON.stringify(escapedToken(secret)).slice(1, -1), secret.slice(0, 12)]) assert.ok(!out.stdout.includes(form), `${form} leaked`);
  }
  const human = await send([create, '--user', 'ada.json'], serverEnv());
  for (const secret of [SERVER_TOKEN, SIGNATURE]) assert.ok(!human.stdout.includes(escapedToken(secret).slice(0, 12)), human.stdout);
});

test('a Bearer with no token masks nothing of the next line', async () => {
  const out = await send([create, '--user', 'ada.json'], env({ BRAZE_WEBHOOK_INSERT_CLIENT_SECRET: 'not-the-secret' }));
  assert.equal(out.exitCode, 1);
  assert.match(out.stdout, /\n {2}Authorization: Bearer\n {2}Content-Type: application\/json\n/);
});

test('render limits: a range of 200 million items ends at once with "Render limit reached", exit 1', async () => {
  const file = variant('huge-loop.webhook', (t) => t.replace('"firstName"', '"x": "{% for i in (1..200000000) %}{% endfor %}", "firstName"'));
  const started = performance.now();
  const out = await send([file, '--user', 'ada.json']);
  assert.equal(out.exitCode, 1, out.stderr);
  assert.match(out.stdout, /Not rendered \(limit\): Render limit reached in the body: it allocates more than \d+ characters or items/);
  assert.ok(performance.now() - started < 10_000, `${performance.now() - started} ms`);
  assert.equal(standin.control.requests.filter((r) => r.path.startsWith('/services/data/')).length, 0, 'nothing sent');
});

test('a time limit that expires while a gzip answer is inflated is an error exit with its result, every time', async () => {
  const lead = variant('slow-lead.webhook', (t) => t.replace('/services/data/v60.0/sobjects/Lead/', '/slow-lead/'));
  for (let i = 0; i < 5; i++) {
    const out = await send([lead, '--user', 'ada.json', '--timeout', '300'], serverEnv());
    assert.equal(out.exitCode, 1, `run ${i}: ${out.stdout}${out.stderr}`);
    assert.match(out.stdout, /No answer: timed out after 300 ms/, `run ${i}`);
  }
  const token = variant('slow-token.webhook', (t) => t.replace(TOKEN_URL, 'https://[insert_instance_name].my.salesforce.com/slow-token'));
  for (let i = 0; i < 3; i++) {
    const out = await send([token, '--user', 'ada.json', '--connected-content-timeout', '300'], serverEnv());
    assert.equal(out.exitCode, 1, `run ${i}: ${out.stdout}${out.stderr}`);
    assert.match(out.stdout, /slow-token \(in the header Authorization\) -> timeout/, `run ${i}`);
    assert.match(out.stdout, /Answer: 401/, `run ${i}: the webhook went out without a token, and that is reported`);
  }
});

test('the instance override contains every Salesforce host, or nothing is sent', async () => {
  const login = variant('login-token.webhook', (t) => t.replace(TOKEN_URL, 'https://LOGIN.salesforce.com./services/oauth2/token').replace('[insert_instance_name].my.salesforce.com/services/data', '[insert_instance_name].my.salesforce.com./services/data'));
  const contained = await send([login, '--user', 'ada.json']);
  assert.equal(contained.exitCode, 0, contained.stdout);
  assert.equal(tokenRequests(), 1, 'the login host went to the stand-in too');
  const elsewhere = variant('elsewhere.webhook', (t) => t.replace(TOKEN_URL, 'https://collector.example/services/oauth2/token'));
  const refused = await send([elsewhere, '--user', 'ada.json']);
  assert.equal(refused.exitCode, 1);
  assert.match(refused.stdout, /Not rendered \(refused\): The connected_content call in the header Authorization: the instance override \(http:\/\/127\.0\.0\.1:\d+\) would not contain collector\.example/);
  assert.equal(tokenRequests(), 1, 'nothing more was called');
});

test('a token URL that reads as the org but goes elsewhere is refused, naming the real host', async () => {
  const hidden = variant('hidden.webhook', (t) => t.replace(TOKEN_URL, 'https://collector.example\\@[insert_instance_name].my.salesforce.com/services/oauth2/token'));
  for (const e of [env(), { BRAZE_WEBHOOK_INSERT_CLIENT_ID: 'demo-client-id', BRAZE_WEBHOOK_INSERT_CLIENT_SECRET: SECRET, BRAZE_WEBHOOK_INSERT_INSTANCE_NAME: 'acme' }]) {
    const out = await send([hidden, '--user', 'ada.json'], e);
    assert.equal(out.exitCode, 1, out.stdout);
    assert.match(out.stdout, /Not rendered \(refused\): The connected_content call in the header Authorization: the URL reads as going to \w+\.my\.salesforce\.com, but a request goes to collector\.example/);
  }
  assert.equal(standin.control.requests.length, 0);
});

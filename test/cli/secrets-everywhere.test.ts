// One masking rule at every output: distinctive secrets (a client secret, a secret placeholder, a
// basic-auth password, and every token-like member of a token answer the server JSON-escapes its
// own way) go through every path, and every output and every file written is searched for each
// of them in each encoding: the VSIX's braze-webhook-send (human, --format json, --dry-run, an
// error), braze-webhook-lint (human and JSON), and in this process the engine's run, the result
// model, its HTML and log lines, the diagnostics, quick fixes and hovers of the language service.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/language';
import { runWebhook, type WebhookRun } from '../../server/src/send';
import { parseWebhook } from '../../server/src/syntax';
import { resultLogLines } from '../../client/src/send/log-lines';
import { resultHtml } from '../../client/src/send/result-html';
import { buildResultModel } from '../../client/src/send/result-model';
import { runNodeScript } from '../support/node-process';
import { packaged } from '../support/packaged';
import { startTestServer, type TestServer } from '../support/send-test-server';

const SEND = packaged('dist/send-cli.js');
const LINT = packaged('dist/cli.js');

const CLIENT_SECRET = 'Cs3cr3t/Zq+x=yé!';
const API_KEY = 'K3y-Zz/9+qk';
const BASIC_PASSWORD = 'B4sicPw/Zz+é';
const BASIC_PAIR = `svc:${BASIC_PASSWORD}`;
const TOKENS = { access_token: 'ACC3SS/Zz+tok!en', refresh_token: 'R3fresh/Zz+tok', id_token: 'eyJ.ID/Zz+tok', signature: 'S1gn/Zz+ature=' };
const SECRETS = [CLIENT_SECRET, API_KEY, BASIC_PASSWORD, ...Object.values(TOKENS)];

/** Every character as `\uXXXX`. */
const uEscaped = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
/** As a server may write it in JSON: `\/`, some letters `\uXXXX`. */
const serverEscaped = (s: string) => s.replaceAll('/', '\\/').replaceAll('Z', '\\u005a').replaceAll('!', '\\u0021');

/** Each form a secret may take in an output. */
function encodings(s: string): string[] {
  const json = JSON.stringify(s).slice(1, -1);
  return [
    ...new Set([
      s,
      json,
      JSON.stringify(json).slice(1, -1),
      uEscaped(s),
      serverEscaped(s),
      JSON.stringify(serverEscaped(s)).slice(1, -1),
      encodeURIComponent(s),
      encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
      new URLSearchParams({ x: s }).toString().slice(2),
      Buffer.from(s).toString('base64'),
      Buffer.from(s).toString('base64url'),
    ]),
  ];
}
const FORBIDDEN = [...SECRETS.flatMap(encodings), Buffer.from(BASIC_PAIR).toString('base64')];

/** Asserts that no secret stands in `text` in any of its forms. */
function assertClean(where: string, text: string): void {
  for (const form of FORBIDDEN) assert.ok(!text.includes(form), `${where} holds a secret (${form.slice(0, 6)}…)`);
}

const TEMPLATE = `# @name Secrets everywhere
POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/
Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials :save result %}Bearer {{result.access_token}}
X-Api-Key: [insert_api_key]
Content-Type: application/json

{% connected_content https://acme.my.salesforce.com/enrich?key=[insert_api_key] :basic_auth crm :save enrich %}{"LastName": "Doe", "Company": "{{enrich.company}}", "Description": "{{result.signature}} {{result.refresh_token}} {{result.id_token}}", "T64": "{{result.access_token | base64_encode}}", "TUrl": "{{result.access_token | url_param_escape}}", "TJson": "{{result.access_token | json_escape}}"}
`;
/** No override: a plain-http call off this machine is refused, a slow webhook times out; both quote URLs that hold a secret. */
const errorsTemplate = (url: string) => `POST ${url}/slow?key=[insert_api_key]
Authorization: Bearer [insert_api_key]

{% connected_content http://collector.example.org/x?key=[insert_api_key]&client_secret=[insert_client_secret] %}{}
`;
/** Literal secrets in the file: what the checks quote. */
const LINTED = `POST http://u:${CLIENT_SECRET}@acme.my.salesforce.com:8443/services/data/v60.0/sobjects/Lead/?client_secret=${CLIENT_SECRET}
Authorization: {% connected_content https://u:${API_KEY}@login.salesforce.com/services/oauth2/tok?access_token=${TOKENS.access_token} :method post :body client_secret=${CLIENT_SECRET}&grant_type=password :save result %}Bearer ${TOKENS.access_token}
X-Api-Key: ${API_KEY}
Content-Type: application/json

{"LastName": "Doe", "Password": "${BASIC_PASSWORD}"}
`;

let server: TestServer;
let dir: string;
let written: string[];
const env = () => ({
  BRAZE_WEBHOOK_INSERT_CLIENT_ID: 'demo-client-id',
  BRAZE_WEBHOOK_INSERT_CLIENT_SECRET: CLIENT_SECRET,
  BRAZE_WEBHOOK_INSERT_API_KEY: API_KEY,
  BRAZE_WEBHOOK_BASIC_AUTH_CRM: BASIC_PAIR,
});

before(async () => {
  server = await startTestServer((r) => {
    if (r.path === '/services/oauth2/token') {
      const members = Object.entries(TOKENS).map(([k, v]) => `"${k}":"${serverEscaped(v)}"`);
      return { body: `{${members.join(',')},"instance_url":"https:\\/\\/acme.my.salesforce.com","token_type":"Bearer","issued_at":"1700000000000"}` };
    }
    if (r.path.startsWith('/enrich')) return { body: JSON.stringify({ company: 'Acme', seen: r.headers.authorization, key: r.path }) };
    if (r.path === '/services/data/v60.0/sobjects/Lead/') {
      return { status: 201, headers: { 'Set-Cookie': `sid=${TOKENS.access_token}; Path=/` }, body: JSON.stringify({ id: '00Q000000000001AAA', success: true, errors: [], seen: r.headers.authorization, body: r.body }) };
    }
    if (r.path.startsWith('/slow')) return { delayMs: 2000 };
    return undefined;
  });
  dir = mkdtempSync(join(tmpdir(), 'secrets-everywhere-'));
  writeFileSync(join(dir, 'user.json'), JSON.stringify({ external_id: 'u-1', first_name: 'Ada' }));
  writeFileSync(join(dir, 'secrets.webhook'), TEMPLATE);
  writeFileSync(join(dir, 'errors.webhook'), errorsTemplate(server.url));
  writeFileSync(join(dir, 'linted.webhook'), LINTED);
  written = readdirSync(dir).sort();
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('braze-webhook-send: human, --format json, --dry-run and errors hold no secret, and write no file', async () => {
  const runs: [string[], Record<string, string>][] = [
    [['secrets.webhook', '--user', 'user.json'], { ...env(), BRAZE_WEBHOOK_INSTANCE_URL: server.url }],
    [['secrets.webhook', '--user', 'user.json', '--format', 'json'], { ...env(), BRAZE_WEBHOOK_INSTANCE_URL: server.url }],
    [['secrets.webhook', '--user', 'user.json', '--dry-run'], { ...env(), BRAZE_WEBHOOK_INSTANCE_URL: server.url }],
    [['secrets.webhook', '--user', 'user.json', '--dry-run', '--format', 'json'], { ...env(), BRAZE_WEBHOOK_INSTANCE_URL: server.url }],
    [['errors.webhook', '--user', 'user.json', '--timeout', '200'], env()],
    [['errors.webhook', '--user', 'user.json', '--timeout', '200', '--format', 'json'], env()],
  ];
  for (const [args, e] of runs) {
    const out = await runNodeScript(SEND, args, { cwd: dir, env: e });
    const what = args.join(' ');
    assertClean(`${what} stdout`, out.stdout);
    assertClean(`${what} stderr`, out.stderr);
    if (args[0] === 'secrets.webhook') assert.equal(out.exitCode, 0, `${what}: ${out.stdout}${out.stderr}`);
    else assert.match(out.stdout, /timed out after 200 ms|"kind": "timeout"/, what);
  }
  // The runs were real: each secret went out, or came back in an answer.
  const received = JSON.stringify(server.received);
  for (const s of [CLIENT_SECRET, API_KEY, TOKENS.access_token]) assert.ok(received.includes(s) || received.includes(encodeURIComponent(s)), `the server never saw ${s.slice(0, 4)}…`);
  assert.ok(received.includes(Buffer.from(BASIC_PAIR).toString('base64')), 'the basic-auth pair was sent');
  assert.deepEqual(readdirSync(dir).sort(), written, 'no file written');
  for (const f of readdirSync(dir)) if (f !== 'linted.webhook' && f !== 'secrets.webhook' && f !== 'errors.webhook') assertClean(f, readFileSync(join(dir, f), 'utf8'));
});

test('braze-webhook-lint, human and JSON: a literal secret is quoted by its first characters at most', async () => {
  for (const args of [['linted.webhook'], ['linted.webhook', '--format', 'json']]) {
    const out = await runNodeScript(LINT, args, { cwd: dir, env: {} });
    assert.equal(out.exitCode, 1, out.stdout + out.stderr);
    assert.match(out.stdout, /secret-inline|oauth-body|url-invalid/);
    assertClean(`lint ${args.join(' ')}`, out.stdout + out.stderr);
  }
});

test('in this process: the run, the result model, its HTML and log lines', async () => {
  for (const dryRun of [false, true]) {
    const run: WebhookRun = await runWebhook(
      parseWebhook(TEMPLATE),
      {
        user: { external_id: 'u-1' },
        placeholders: { insert_client_id: 'demo-client-id', insert_client_secret: CLIENT_SECRET, insert_api_key: API_KEY },
        basicAuth: { crm: { username: 'svc', password: BASIC_PASSWORD } },
        instanceUrlOverride: server.url,
      },
      { dryRun },
    );
    assert.ok(run.rendered.ok, run.rendered.ok ? '' : run.rendered.message);
    assert.ok(run.rendered.calls.every((c) => c.status === 200), 'both calls answered');
    const model = buildResultModel(run, { file: 'secrets.webhook', user: 'u-1', dryRun, startedAt: new Date(0), instanceUrlOverride: server.url });
    assertClean('the result model', JSON.stringify(model));
    assertClean('the result HTML', resultHtml(model, { nonce: 'BBBBBBBBBBBBBBBBBBBBBBBB' }));
    assertClean('the log lines', resultLogLines(model).map((l) => l.text).join('\n'));
    // The connected-content answer texts, escaped by the server its own way, as the engine keeps them.
    assert.ok(run.rendered.calls[0].responseText?.includes('\\u005a'));
  }
});

test('in this process: diagnostics, quick fixes and hovers over a file that holds the secrets literally', () => {
  const ls = getLanguageService();
  const document = TextDocument.create('file:///linted.webhook', 'braze-webhook', 1, LINTED);
  const diagnostics = ls.doValidation(document);
  assert.ok(diagnostics.length > 3, JSON.stringify(diagnostics));
  assertClean('diagnostics', JSON.stringify(diagnostics.map((d) => d.message)));
  const all = { start: document.positionAt(0), end: document.positionAt(LINTED.length) };
  assertClean('quick fix titles', JSON.stringify(ls.doCodeActions(document, all).map((a) => a.title)));
  const hovers: string[] = [];
  for (let offset = 0; offset <= LINTED.length; offset++) {
    const hover = ls.doHover(document, document.positionAt(offset));
    if (hover) hovers.push(JSON.stringify(hover.contents));
  }
  assert.ok(hovers.length > 0);
  assertClean('hovers', hovers.join('\n'));
});

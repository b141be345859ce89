/**
 * The result model, its HTML and its log lines for runs against the local Salesforce stand-in
 * (salesforce-standin/, 127.0.0.1, port 0) through the instance override: a Lead created (201,
 * its id shown), a Salesforce error explained, a refused consumer secret named in the headline, a
 * cached token reused, a preview, a redirect not followed, the object list and a describe
 * fetched. Then: no secret (the consumer secret, any access token, the token signature) anywhere
 * in any model, HTML, log line, history entry, diff text or curl command.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startStandin, type Standin } from '../../../salesforce-standin/src/server';
import { parseWebhook } from '../../../server/src/syntax/parse';
import { ConnectedContentCache, placeholdersOf, runWebhook, sendWebhook, type RenderContext, type TestUser, type WebhookRun } from '../../../server/src/send';
import { recordingFetch, startTestServer, tokensSeen } from '../../../test/support/send-test-server';
import { historyEntry } from '../history/entry';
import { curlCommand, entryText } from '../history/text';
import { fieldPlaceholders } from './credential-hint';
import { checkDescribeAnswer, describeUrl, orgApiFor, readSObjectList, sobjectsUrl } from './sobject-describe';
import { resultLogLines } from './log-lines';
import { resultHtml } from './result-html';
import { buildResultModel, type ResultModel } from './result-model';
import { repoPath } from '../../../test/support/paths';

const ROOT = repoPath();
const CREATE = readFileSync(join(ROOT, 'examples', 'create-lead.webhook'), 'utf8');
const CREATE_CACHED = CREATE.replace(':save result %}', ':cache_max_age 900\n    :save result %}');
const JANE = JSON.parse(readFileSync(join(ROOT, 'test', 'workspace', '.braze', 'test-users', 'jane.json'), 'utf8')) as TestUser;
const SECRET = 'demo-client-secret';
const PLACEHOLDERS = { insert_instance_name: 'acme', insert_client_id: 'demo-client-id', insert_client_secret: SECRET };
const NONCE = 'AAAAAAAAAAAAAAAAAAAAAAAA';

let standin: Standin;
const rec = recordingFetch();
/** Everything shown: models, HTML pages, log lines. */
const shown: string[] = [];
/** Signatures of the token answers (HMAC with the consumer secret). */
const signatures: string[] = [];

before(async () => {
  standin = await startStandin();
});
after(async () => {
  for (const e of rec.exchanges) {
    const m = /"signature"\s*:\s*"([^"]+)"/.exec(e.responseText);
    if (m) signatures.push(m[1]);
  }
  const secrets = [SECRET, ...tokensSeen(rec.exchanges), ...signatures];
  assert.ok(tokensSeen(rec.exchanges).length >= 3, 'tokens were issued');
  assert.ok(shown.length >= 15);
  for (const text of shown) for (const s of secrets) assert.ok(!text.includes(s), `a secret leaked (${s.slice(0, 6)}…) in: ${text.slice(0, 200)}`);
  await standin.close();
});

async function run(template: string, user: TestUser, extra: Partial<RenderContext> = {}, dryRun = false): Promise<{ run: WebhookRun; model: ResultModel; html: string }> {
  const context: RenderContext = { user, placeholders: PLACEHOLDERS, instanceUrlOverride: standin.url, fetch: rec.fetch, ...extra };
  const r = await runWebhook(parseWebhook(template), context, { dryRun, timeoutMs: 5000 });
  const doc = parseWebhook(template);
  const model = buildResultModel(r, { file: 'create-lead.webhook', user: 'jane-doe-001', userSource: 'jane.json', dryRun, startedAt: new Date(0), instanceUrlOverride: context.instanceUrlOverride, fieldPlaceholders: fieldPlaceholders(doc), storedPlaceholders: placeholdersOf(doc) });
  const html = resultHtml(model, { nonce: NONCE });
  shown.push(JSON.stringify(model), html, ...resultLogLines(model).map((l) => l.text), JSON.stringify(historyEntry(model, 'file:///create-lead.webhook', user, r.secrets)), entryText(model), curlCommand(model) ?? '');
  return { run: r, model, html };
}

test('a created Lead: status, time, id, request as sent (token masked), answer pretty printed', async () => {
  const { model, html } = await run(CREATE, JANE);
  assert.equal(model.kind, 'send');
  assert.equal(model.outcome, 'answer');
  assert.equal(model.ok, true);
  assert.equal(model.status, 201);
  assert.ok(model.created?.id.startsWith('00Q'), JSON.stringify(model.created));
  assert.equal(model.created?.object, 'Lead');
  assert.equal(model.title, `201 Created: Lead created: ${model.created?.id}`);
  assert.ok(typeof model.durationMs === 'number');
  assert.equal(standin.store.get(model.created?.id)?.LastName, 'Doe');
  // The request as sent: to the stand-in, rendered from the My Domain URL; the token masked.
  assert.equal(model.request?.url, `${standin.url}/services/data/v60.0/sobjects/Lead/`);
  assert.equal(model.request?.renderedUrl, 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/');
  assert.deepEqual(model.request?.headers.find((h) => h.name === 'Authorization'), { name: 'Authorization', value: 'Bearer ********' });
  assert.match(model.request?.body ?? '', /"lastName": "Doe"/);
  // The token call: its body's client_secret masked, its answer's token masked.
  assert.equal(model.calls.length, 1);
  assert.match(model.calls[0].requestBody ?? '', /client_secret=\*{8}/);
  assert.match(model.calls[0].answer ?? '', /"access_token": "\*{8}"/);
  assert.ok(model.response?.json);
  assert.match(model.response?.body ?? '', /^\{\n {2}"id": "00Q/);
  // The page: strict CSP, no script, the id and the escaped body.
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-AAAAAAAAAAAAAAAAAAAAAAAA';">/);
  assert.ok(!/<script/i.test(html));
  assert.ok(html.includes(`<dd id="created-id">${model.created?.id}</dd>`));
  assert.ok(html.includes('&quot;success&quot;: true'));
  const log = resultLogLines(model);
  assert.equal(log[0].level, 'info');
  assert.match(log[0].text, new RegExp(`^Send create-lead\\.webhook as jane-doe-001 \\(jane\\.json\\): POST ${standin.url}/services/data/v60\\.0/sobjects/Lead/ -> 201 Created: Lead created: 00Q\\w+ in \\d+ ms$`));
  assert.ok(log.some((l) => l.level === 'debug' && l.text === '  Authorization: Bearer ********'));
});

test('a Salesforce error is explained in plain words, with the fix', async () => {
  const { model, html } = await run(CREATE, { external_id: 'x', first_name: 'No', email: 'no@example.com' });
  assert.equal(model.status, 400);
  assert.equal(model.ok, false);
  assert.deepEqual(model.explanation?.codes, ['REQUIRED_FIELD_MISSING']);
  assert.match(model.title, /^400 REQUIRED_FIELD_MISSING: a required field is missing/);
  assert.ok(model.explanation?.fixes.some((f) => /LastName and Company/.test(f)));
  assert.ok(html.includes('role="alert"'));
  assert.ok(resultLogLines(model).some((l) => l.level === 'warn' && /^ {2}Fix: A Lead needs LastName and Company/.test(l.text)));
});

test('a wrong consumer secret: the headline names the stored secret, the token call is explained, the webhook refused', async () => {
  const wrong = 'wrong-secret-value-123';
  const { model, html } = await run(CREATE, JANE, { placeholders: { ...PLACEHOLDERS, insert_client_secret: wrong } });
  assert.equal(model.status, 401);
  assert.deepEqual(model.calls[0].explanation.codes, ['invalid_client']);
  assert.match(model.calls[0].explanation.fixes[0], /Consumer Secret/);
  assert.deepEqual(model.credential, { code: 'invalid_client', what: 'the consumer secret', placeholder: '[insert_client_secret]' });
  assert.match(model.title, /^Token refused \(invalid_client\): the consumer secret stored for \[insert_client_secret\] is probably wrong\. Then the webhook: 401/);
  assert.ok(html.includes('command:brazeWebhooks.reenterPlaceholder?'), 'the headline offers to enter it again');
  assert.ok(!JSON.stringify(model).includes(wrong), 'a wrong secret is a secret too');
});

test('a wrong consumer key is named; "not supported on this domain" names the instance, or the token URL written in the template', async () => {
  const badKey = await run(CREATE, JANE, { placeholders: { ...PLACEHOLDERS, insert_client_id: 'not-a-key' } });
  assert.equal(badKey.model.credential?.placeholder, '[insert_client_id]');
  assert.match(badKey.model.title, /the consumer key stored for \[insert_client_id\]/);
  // The stand-in answers that only to a login host, which the override never sends it: a scripted server does.
  const server = await startTestServer((q) => (q.path.startsWith('/services/oauth2/token') ? { status: 400, body: '{"error":"invalid_grant","error_description":"request not supported on this domain"}' } : { status: 401, body: '[{"errorCode":"INVALID_SESSION_ID","message":"Session expired or invalid"}]' }));
  try {
    const viaInstance = await run(CREATE, JANE, { instanceUrlOverride: server.url });
    assert.deepEqual(viaInstance.model.credential, { code: 'invalid_grant', what: 'the instance (My Domain name)', placeholder: '[insert_instance_name]' });
    const written = await run(CREATE.replace('https://[insert_instance_name].my.salesforce.com/services/oauth2/token', `${server.url}/services/oauth2/token`), JANE, { instanceUrlOverride: server.url });
    assert.equal(written.model.credential?.placeholder, undefined);
    assert.match(written.model.title, /^Token refused \(invalid_grant\): the token URL's host/);
    assert.ok(!written.html.includes('reenterPlaceholder'), 'nothing stored to enter again');
  } finally {
    await server.close();
  }
});

test('one cache per session: a token with :cache_max_age is reused by the next send', async () => {
  const cache = new ConnectedContentCache();
  const first = await run(CREATE_CACHED, JANE, { cache });
  const second = await run(CREATE_CACHED, JANE, { cache });
  assert.equal(first.model.calls[0].fromCache, false);
  assert.equal(second.model.calls[0].fromCache, true);
  assert.equal(second.model.status, 201);
  assert.ok(second.html.includes('from the cache'));
});

test('a preview renders (the token call made) and sends nothing', async () => {
  const leads = standin.store.list().length;
  const dataRequests = () => standin.control.requests.filter((q) => q.path.startsWith('/services/data/')).length;
  const sent = dataRequests();
  const { model, html } = await run(CREATE, JANE, {}, true);
  assert.equal(model.kind, 'preview');
  assert.equal(model.outcome, 'rendered');
  assert.equal(model.request?.sent, false);
  assert.equal(model.response, undefined);
  assert.deepEqual(model.request?.headers.find((h) => h.name === 'Authorization'), { name: 'Authorization', value: 'Bearer ********' });
  assert.ok(html.includes('Preview (not sent)'));
  assert.equal(standin.store.list().length, leads);
  assert.equal(dataRequests(), sent, 'no data request');
});

test('a redirect is shown, not followed', async () => {
  const server = await startTestServer(() => ({ status: 302, headers: { Location: 'https://elsewhere.example.com/x' }, body: '' }));
  try {
    const template = `POST ${server.url}/hook\nContent-Type: application/json\n\n{"a": 1}\n`;
    const { model, html } = await run(template, JANE);
    assert.equal(model.status, 302);
    assert.equal(model.ok, false);
    assert.equal(model.response?.redirectLocation, 'https://elsewhere.example.com/x');
    assert.ok(model.notes.some((n) => /redirect not followed/.test(n)));
    assert.equal(server.received.length, 1, 'only the first request, no follow-up');
    assert.ok(html.includes('Redirect not followed'));
  } finally {
    await server.close();
  }
});

test('the object list and a describe are fetched with the template\'s token', async () => {
  const { run: r } = await run(CREATE, JANE, {}, true);
  assert.ok(r.rendered.ok);
  const api = orgApiFor(r.rendered);
  assert.ok(!('problem' in api));
  const get = (url: string) => sendWebhook({ ok: true, method: 'GET', url, renderedUrl: url, headers: [{ name: 'Authorization', value: api.authorization }], calls: [], secrets: [], notes: [] }, { fetch: rec.fetch });
  assert.equal(sobjectsUrl(api), `${standin.url}/services/data/v60.0/sobjects`);
  const listed = await get(sobjectsUrl(api));
  assert.ok(listed.kind === 'answer' && listed.status === 200);
  const list = readSObjectList(listed.bodyText);
  assert.ok(list.ok);
  for (const name of ['Account', 'Lead', 'Subscription__c']) assert.ok(list.objects.some((o) => o.name === name), name);
  assert.equal(list.objects.find((o) => o.name === 'Subscription__c')?.custom, true);
  for (const [object, custom] of [['Lead', 1], ['Subscription__c', 1], ['Account', 0]] as const) {
    const result = await get(describeUrl(api, object));
    assert.ok(result.kind === 'answer' && result.status === 200, object);
    const checked = checkDescribeAnswer(result.bodyText, object);
    assert.ok(checked.ok, object);
    assert.ok(checked.customFieldCount >= custom, `${object}: ${checked.customFieldCount} custom fields`);
    shown.push(checked.text);
  }
});

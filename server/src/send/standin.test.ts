/**
 * The engine against the local Salesforce stand-in (salesforce-standin/, 127.0.0.1, port 0): the
 * two seed templates (examples/*.webhook) with their placeholders filled and the instance pointed
 * at the stand-in, the token cache, a 401 dropping a cached token, the error answers explained,
 * timeouts, and no secret in anything shown.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { startStandin, type Standin } from '../../../salesforce-standin/src/server';
import { parseWebhook } from '../syntax/parse';
import { maskText } from '../core';
import { ConnectedContentCache, runWebhook, type RenderContext, type WebhookRun } from './index';
import { recordingFetch, tokensSeen } from '../../../test/support/send-test-server';
import type { TestUser } from './test-users';
import { repoPath } from '../../../test/support/paths';

const EXAMPLES = repoPath('examples');
const CREATE = readFileSync(join(EXAMPLES, 'create-lead.webhook'), 'utf8');
const UPDATE = readFileSync(join(EXAMPLES, 'update-lead-to-mql.webhook'), 'utf8');
/** The create seed with `:cache_max_age 900` added to its token call. */
const CREATE_CACHED = CREATE.replace(':save result %}', ':cache_max_age 900\n    :save result %}');
const SECRET = 'demo-client-secret';
const PLACEHOLDERS = { insert_instance_name: 'acme', insert_client_id: 'demo-client-id', insert_client_secret: SECRET };

const ADA: TestUser = { external_id: 'ada-1', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', custom_attributes: { company: 'Analytical Engines Ltd' } };

let standin: Standin;
let rec: ReturnType<typeof recordingFetch>;
const shown: string[] = [];

before(async () => {
  standin = await startStandin();
});
after(async () => {
  // No secret string in anything shown (rendered requests, calls, answers, explanations, masked).
  const secrets = [SECRET, ...tokensSeen(rec.exchanges)];
  assert.ok(secrets.length > 5);
  for (const text of shown) for (const s of secrets) assert.ok(!text.includes(s), `a secret leaked: ${s.slice(0, 6)}…`);
  await standin.close();
});
beforeEach(() => {
  standin.control.reset();
});
rec = recordingFetch();

const tokenRequests = () => standin.control.requests.filter((r) => r.path.startsWith('/services/oauth2/token')).length;
const dataRequests = () => standin.control.requests.filter((r) => r.path.startsWith('/services/data/')).length;

async function run(template: string, user: TestUser, extra: Partial<RenderContext> = {}, timeoutMs?: number): Promise<WebhookRun> {
  const context: RenderContext = { user, placeholders: PLACEHOLDERS, instanceUrlOverride: standin.url, fetch: rec.fetch, ...extra };
  const r = await runWebhook(parseWebhook(template), context, { timeoutMs });
  const { secrets, ...visible } = r;
  shown.push(maskText(JSON.stringify(visible), secrets));
  return r;
}

function leadId(r: WebhookRun): string {
  assert.ok(r.result?.kind === 'answer', r.rendered.ok ? 'no answer' : r.rendered.message);
  assert.equal(r.result.status, 201, r.result.bodyText);
  return (r.result.json as { id: string }).id;
}

test('the create seed creates the Lead; the update seed sets it to MQL', async () => {
  const created = await run(CREATE, ADA);
  const id = leadId(created);
  assert.equal(created.explanation?.summary, `Lead created: ${id}`);
  const lead = standin.store.get(id);
  assert.ok(lead);
  assert.equal(lead.FirstName, 'Ada');
  assert.equal(lead.LastName, 'Lovelace');
  assert.equal(lead.Email, 'ada@example.com');
  assert.equal(lead.Company, 'Analytical Engines Ltd');

  const updated = await run(UPDATE, { external_id: id });
  assert.ok(updated.result?.kind === 'answer');
  assert.equal(updated.result.status, 204);
  assert.equal(updated.explanation?.summary, 'Lead updated');
  assert.equal(standin.store.get(id)?.Lead_Stage__c, 'MQL');
});

test('the seed (no :cache_max_age) fetches a token for every send', async () => {
  const cache = new ConnectedContentCache();
  for (let i = 0; i < 3; i++) leadId(await run(CREATE, ADA, { cache }));
  assert.equal(tokenRequests(), 3);
  assert.equal(dataRequests(), 3);
});

test('with :cache_max_age the token is fetched once for several sends, and kept no longer than that', async () => {
  let now = 5_000_000;
  const cache = new ConnectedContentCache({ now: () => now });
  for (let i = 0; i < 3; i++) leadId(await run(CREATE_CACHED, ADA, { cache }));
  assert.equal(tokenRequests(), 1);
  assert.equal(dataRequests(), 3);
  now += 901_000;
  leadId(await run(CREATE_CACHED, ADA, { cache }));
  assert.equal(tokenRequests(), 2);
});

test('a 401 INVALID_SESSION_ID drops the cached token; the next send fetches a new one', async () => {
  const cache = new ConnectedContentCache();
  leadId(await run(CREATE_CACHED, ADA, { cache }));
  standin.control.expireTokens();
  const refused = await run(CREATE_CACHED, ADA, { cache });
  assert.ok(refused.result?.kind === 'answer');
  assert.equal(refused.result.status, 401);
  assert.deepEqual(refused.explanation?.codes, ['INVALID_SESSION_ID']);
  assert.ok(refused.droppedFromCache >= 1);
  assert.equal(tokenRequests(), 1);
  leadId(await run(CREATE_CACHED, ADA, { cache }));
  assert.equal(tokenRequests(), 2);
});

test('Salesforce error answers are explained', async () => {
  // A wrong secret: the token call answers invalid_client, the webhook 401 with no token.
  const badSecret = await run(CREATE, ADA, { placeholders: { ...PLACEHOLDERS, insert_client_secret: 'wrong-secret-value' } });
  assert.deepEqual(badSecret.callExplanations[0].codes, ['invalid_client']);
  assert.deepEqual(badSecret.explanation?.codes, ['INVALID_SESSION_ID']);
  assert.match(badSecret.explanation?.details[0] ?? '', /sent with no token/);

  const badId = await run(CREATE, ADA, { placeholders: { ...PLACEHOLDERS, insert_client_id: 'nobody' } });
  assert.deepEqual(badId.callExplanations[0].codes, ['invalid_client_id']);

  // Lead without LastName and Company.
  const missing = await run(CREATE, { first_name: 'Solo', email: 'solo@example.com' });
  assert.deepEqual(missing.explanation?.codes, ['REQUIRED_FIELD_MISSING']);

  // A quote in a name breaks the seed's JSON (it has no json_escape).
  const quoted = await run(CREATE, { ...ADA, first_name: 'Ada "Countess"' });
  assert.deepEqual(quoted.explanation?.codes, ['JSON_PARSER_ERROR']);

  // Update with an external_id that is not a Lead id.
  const bad = await run(UPDATE, { external_id: 'not-an-id' });
  assert.ok(bad.explanation && !bad.explanation.ok);
  assert.ok(['MALFORMED_ID', 'NOT_FOUND'].includes(bad.explanation.codes[0]), bad.explanation.summary);

  standin.control.failNext('requestLimit');
  const limited = await run(CREATE, ADA);
  assert.deepEqual(limited.explanation?.codes, ['REQUEST_LIMIT_EXCEEDED']);

  const retired = await run(CREATE.replace('v60.0', 'v30.0'), ADA);
  assert.ok(retired.result?.kind === 'answer');
  assert.equal(retired.result.status, 410);
  assert.match(retired.explanation?.summary ?? '', /v30\.0 is retired/);

  const email = await run(CREATE, { ...ADA, email: 'not an email' });
  assert.ok(email.explanation && !email.explanation.ok);
  assert.deepEqual(email.explanation.codes, ['INVALID_EMAIL_ADDRESS']);
});

test('timeouts: the webhook request and the token call', async () => {
  standin.control.failNext('slow', 1, { delayMs: 600, target: 'data' });
  const slow = await run(CREATE, ADA, {}, 150);
  assert.equal(slow.result?.kind, 'timeout');
  assert.match(slow.explanation?.summary ?? '', /within 150 ms/);

  standin.control.failNext('slow', 1, { delayMs: 600, target: 'token' });
  const slowToken = await run(CREATE, ADA, { connectedContentTimeoutMs: 150 });
  assert.equal(slowToken.rendered.calls[0].outcome, 'timeout');
  assert.ok(slowToken.rendered.ok);
  assert.equal(slowToken.rendered.headers[0].value, 'Bearer');
  assert.deepEqual(slowToken.explanation?.codes, ['INVALID_SESSION_ID']);
});

test('cancel while the webhook request is in flight', async () => {
  standin.control.failNext('slow', 1, { delayMs: 2000, target: 'data' });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 200);
  const r = await run(CREATE, ADA, { signal: controller.signal });
  assert.equal(r.result?.kind, 'cancelled');
});

/// <reference types="vscode" />
// "Send Test Request" in the extension host against the Salesforce stand-in the runner started
// (run-config.json's standinUrl): brazeWebhooks.instanceUrlOverride points the templates'
// https://standin.my.salesforce.com at it for the time of this suite (workspace settings, put back
// at the end). The placeholders and the test user are given to the command as arguments, so no
// question is asked; the stand-in's control API (/__standin/...) tells what it received.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ResultModel } from '../../../client/src/send/result-model';
import { ORG_ID } from '../../../salesforce-standin/src/ids';
import { endSendSuite, resultTabs, runConfig, sendLogText, setWorkspaceSetting, standinClient, stubWindow, stubWithProgress, waitFor, workspaceFile, type StandinClient } from './helpers';

const CLIENT_ID = 'demo-client-id';
const CLIENT_SECRET = 'demo-client-secret';
const PLACEHOLDERS = { insert_instance_name: 'standin', insert_client_id: CLIENT_ID, insert_client_secret: CLIENT_SECRET };
/** Every access token the stand-in issues: `<org id, 15 characters>!<64 base64url characters>` (salesforce-standin/src/oauth.ts). */
const ACCESS_TOKEN = new RegExp(`${ORG_ID.slice(0, 15)}![A-Za-z0-9_-]{8,}`);

/** test/workspace/.braze/test-users/jane.json */
const JANE = { firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com', company: 'Acme Outdoor Co.' };

let sf: StandinClient;
let undo: (() => unknown)[] = [];
/** The warning messages shown during the suite (stubbed: answered with nothing). */
let warnings: { message: string; modal: boolean }[] = [];

async function send(file: string, extra: Record<string, unknown> = {}): Promise<ResultModel | undefined> {
  return vscode.commands.executeCommand<ResultModel | undefined>('brazeWebhooks.sendTestRequest', workspaceFile(file), { userFile: 'jane.json', placeholders: PLACEHOLDERS, ...extra });
}

async function sendOk(file: string): Promise<ResultModel> {
  const model = await send(file);
  assert.ok(model, `${file}: the command returned no result (warnings: ${JSON.stringify(warnings)})`);
  assert.equal(model.status, 201, `${file}: ${model.title}`);
  return model;
}

suite('Send Test Request against the Salesforce stand-in', () => {
  suiteSetup(async () => {
    sf = standinClient();
    undo = [];
    warnings = [];
    // Every warning is recorded and left unanswered: a production confirmation (a modal) would
    // then cancel the send, and the test that expects a result fails with the warnings listed.
    undo.push(
      stubWindow('showWarningMessage', ((message: string, ...rest: unknown[]) => {
        const options = rest[0];
        warnings.push({ message, modal: typeof options === 'object' && options !== null && (options as vscode.MessageOptions).modal === true });
        return Promise.resolve(undefined);
      }) as typeof vscode.window.showWarningMessage),
    );
    // The log's request and answer lines are at debug level: record them too for the secrets test.
    const level = await vscode.commands.executeCommand<string>('_extensionTests.getLogLevel');
    await vscode.commands.executeCommand('_extensionTests.setLogLevel', 'debug');
    undo.push(() => vscode.commands.executeCommand('_extensionTests.setLogLevel', level ?? 'info'));
    undo.push(await setWorkspaceSetting('brazeWebhooks.instanceUrlOverride', sf.url));
  });

  suiteTeardown(() => endSendSuite(undo));

  setup(async () => {
    await sf.reset();
  });

  test('a Create Lead template sends 201 with the new Lead id; the result view shows it; the Lead is in the stand-in', async () => {
    const model = await sendOk('create-lead.webhook');
    assert.equal(model.kind, 'send');
    assert.equal(model.outcome, 'answer');
    assert.equal(model.ok, true);
    assert.match(model.created?.id ?? '', /^00Q[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/, 'the new Lead id');
    assert.ok(model.title.includes(model.created!.id), `the title names the Lead: ${model.title}`);
    assert.equal(model.instanceUrlOverride, sf.url);
    // Sent to the stand-in instead of the template's org (the template's URL is kept as renderedUrl).
    assert.equal(model.request?.url, `${sf.url}/services/data/v60.0/sobjects/Lead/`);
    assert.equal(model.request?.renderedUrl, 'https://standin.my.salesforce.com/services/data/v60.0/sobjects/Lead/');

    // The result view, beside the editor, shows this send.
    await waitFor('the result view of create-lead.webhook', 5_000, () => (resultTabs().some((t) => t.label === 'Result: create-lead.webhook') ? true : undefined));

    // The Lead, with Jane's values.
    const leads = await sf.leads();
    const lead = leads.find((l) => String(l.Id).slice(0, 15) === model.created!.id.slice(0, 15));
    assert.ok(lead, `Lead ${model.created?.id} is not in the stand-in: ${JSON.stringify(leads)}`);
    assert.equal(lead.LastName, JANE.lastName);
    assert.equal(lead.Email, JANE.email);
    assert.equal(lead.FirstName, JANE.firstName);
    assert.equal(lead.Company, JANE.company);

    // The stand-in is loopback: no production confirmation was asked.
    assert.deepEqual(warnings.filter((w) => w.modal), []);
  });

  test('the token call is made once for three sends with :cache_max_age 900, and on each send without it', async () => {
    // Cached: the session's Connected Content cache keeps the token (no other test sends this template before).
    const cached = [];
    for (let i = 0; i < 3; i++) cached.push(await sendOk('create-lead-cached.webhook'));
    assert.deepEqual(
      cached.map((m) => m.calls.map((c) => c.fromCache)),
      [[false], [true], [true]],
    );
    assert.equal((await sf.tokenRequests()).length, 1, 'token requests for 3 sends with :cache_max_age 900');
    assert.equal((await sf.requests()).filter((r) => r.path.includes('/sobjects/Lead')).length, 3);

    // Not cached: a token request per send.
    await sf.reset();
    for (let i = 0; i < 3; i++) {
      const m = await sendOk('create-lead.webhook');
      assert.deepEqual(m.calls.map((c) => c.fromCache), [false]);
    }
    assert.equal((await sf.tokenRequests()).length, 3, 'token requests for 3 sends without :cache_max_age');
  });

  test('the client secret and the access tokens appear neither in the result model nor in the Send log', async () => {
    const model = await sendOk('create-lead.webhook');
    // The model the command returns is the one the result view shows.
    const texts: Record<string, string> = { 'the result model': JSON.stringify(model) };
    // What is checked is there, masked: the token call's body and the Authorization header.
    assert.match(texts['the result model'], /client_secret=\*+/, 'the token call body, masked, is in the model');
    assert.match(texts['the result model'], /Bearer \*+/, 'the Authorization header, masked, is in the model');

    // The log channel's file (the extension host writes a log output channel to a file).
    const logsDir = runConfig().logsDir;
    assert.ok(logsDir, 'the runner gives the logs folder in run-config.json (logsDir)');
    // The send's debug lines (the request as sent, the answer) are written after its summary line.
    const log = await waitFor(`the Send log's lines for ${model.created?.id}`, 10_000, () => {
      const text = sendLogText(logsDir);
      return text && text.includes(model.created!.id) && /answer: 201/.test(text.slice(text.indexOf(model.created!.id))) ? text : undefined;
    });
    assert.ok(log.includes(`request: POST ${sf.url}/services/data/v60.0/sobjects/Lead/`), 'the request line (debug) is in the log');
    assert.match(log, /Authorization: Bearer \*+/, 'the Authorization header (debug), masked, is in the log');
    texts['the Send log'] = log;

    for (const [where, text] of Object.entries(texts)) {
      assert.ok(!text.includes(CLIENT_SECRET), `the client secret is in ${where}`);
      const token = ACCESS_TOKEN.exec(text);
      assert.equal(token, null, `an access token is in ${where}: ${token?.[0].slice(0, 20)}…`);
    }
  });

  test('a body without LastName: 400 REQUIRED_FIELD_MISSING, explained in the result', async () => {
    const model = await send('create-lead-no-lastname.webhook');
    assert.ok(model, `no result (warnings: ${JSON.stringify(warnings)})`);
    assert.equal(model.status, 400);
    assert.equal(model.ok, false);
    assert.equal(model.created?.id, undefined);
    assert.ok(model.explanation, 'the result has an explanation');
    assert.ok(model.explanation.codes.includes('REQUIRED_FIELD_MISSING'), JSON.stringify(model.explanation));
    assert.match(model.title, /^400\b/);
    assert.match(model.explanation.summary, /required field is missing/i);
    assert.match(`${model.explanation.summary} ${model.explanation.details.join(' ')}`, /LastName/);
    assert.ok(
      model.explanation.fixes.some((f) => /LastName/.test(f) && /add/i.test(f)),
      `a fix that says to add LastName: ${JSON.stringify(model.explanation.fixes)}`,
    );
    assert.match(model.response?.body ?? '', /REQUIRED_FIELD_MISSING/);
    await waitFor('the result view of create-lead-no-lastname.webhook', 5_000, () => (resultTabs().some((t) => t.label === 'Result: create-lead-no-lastname.webhook') ? true : undefined));
    assert.deepEqual(await sf.leads(), [], 'no Lead was created');
    // A failed send says so with a warning (its "Show Log" button left unanswered).
    assert.ok(warnings.some((w) => !w.modal && w.message.includes('REQUIRED_FIELD_MISSING')), JSON.stringify(warnings));
  });

  test('cancel: a send held by a slow stand-in stops when its progress is cancelled', async () => {
    await sf.fail({ kind: 'slow', delayMs: 3_000, target: 'data' });
    const progress = stubWithProgress();
    try {
      const started = Date.now();
      const pending = send('create-lead.webhook');
      // Cancel once the webhook request is at the stand-in and held there.
      await waitFor('the Lead request held by the stand-in', 5_000, async () => ((await sf.requests()).some((r) => r.path.includes('/sobjects/Lead') && r.status === null) ? true : undefined));
      progress.cancel();
      const model = await pending;
      const elapsed = Date.now() - started;
      assert.ok(model, 'a cancelled send still returns its result');
      assert.equal(model.outcome, 'cancelled', model.title);
      assert.equal(model.ok, false);
      assert.equal(model.status, undefined);
      assert.ok(elapsed < 2_500, `the send ended ${elapsed} ms after it started, not when the stand-in answered (3 s)`);
    } finally {
      progress.restore();
    }
  });

  test('timeout: brazeWebhooks.send.timeoutMs = 500 against a slow stand-in gives a timeout result', async () => {
    const restore = await setWorkspaceSetting('brazeWebhooks.send.timeoutMs', 500);
    try {
      await sf.fail({ kind: 'slow', delayMs: 3_000, target: 'data' });
      const started = Date.now();
      const model = await send('create-lead.webhook');
      const elapsed = Date.now() - started;
      assert.ok(model, 'a send that timed out still returns its result');
      assert.equal(model.outcome, 'timeout', model.title);
      assert.equal(model.ok, false);
      assert.match(model.title, /500 ms/);
      assert.ok(model.explanation?.codes.includes('TIMEOUT'), JSON.stringify(model.explanation));
      assert.ok(elapsed < 2_500, `the send ended ${elapsed} ms after it started`);
    } finally {
      await restore();
    }
  });
});

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { SecretSet } from '../../../server/src/core';
import type { WebhookRun } from '../../../server/src/send';
import { buildResultModel, type ResultModel } from '../send/result-model';
import { answerFileName, curlCommand, entryText, shellQuote, treeRow } from './text';

const SECRET_TOKEN = '00DXX0000001gEF!AQ4AQFakeTokenValue.x';

/** A send whose token and consumer secret the run knows as secrets: the model masks them. */
function sentModel(): ResultModel {
  const run: WebhookRun = {
    rendered: {
      ok: true,
      name: 'Create Lead',
      method: 'POST',
      url: 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
      renderedUrl: 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
      headers: [{ name: 'Authorization', value: `Bearer ${SECRET_TOKEN}` }, { name: 'Content-Type', value: 'application/json' }],
      body: `{"LastName": "O'Brien", "Description": "${SECRET_TOKEN}"}`,
      calls: [],
      secrets: [SECRET_TOKEN],
      notes: [],
    },
    result: {
      kind: 'answer',
      request: { method: 'POST', url: 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', headers: { Authorization: `Bearer ${SECRET_TOKEN}`, 'Content-Type': 'application/json' }, body: `{"LastName": "O'Brien", "Description": "${SECRET_TOKEN}"}` },
      status: 201,
      statusText: 'Created',
      headers: { 'content-type': 'application/json' },
      bodyText: '{"id":"00Q000000000001AAA","success":true,"errors":[]}',
      json: { id: '00Q000000000001AAA', success: true, errors: [] },
      durationMs: 42,
      notes: [],
    },
    explanation: { ok: true, summary: 'Lead created: 00Q000000000001AAA', details: [], fixes: [], codes: [] },
    callExplanations: [],
    droppedFromCache: 0,
    secrets: new SecretSet([SECRET_TOKEN]),
  };
  return buildResultModel(run, { id: 'abc', file: 'hooks/create-lead.webhook', user: 'jane-doe-001', userSource: 'jane.json', dryRun: false, startedAt: new Date('2026-12-02T14:05:09.123Z') });
}

test('copy as curl: masked, says so, and quoted so that a shell reads it back as it was', () => {
  const curl = curlCommand(sentModel())!;
  assert.ok(!curl.includes(SECRET_TOKEN), 'no secret');
  assert.match(curl, /^# Secrets are masked \(\*{8}\): put them back before running this\.\ncurl -X POST 'https:\/\/acme\.my\.salesforce\.com\/services\/data\/v60\.0\/sobjects\/Lead\/' \\\n {2}-H 'Authorization: Bearer \*{8}' \\\n/);
  // The shell gives back the body exactly (the quote in O'Brien included).
  const body = /--data-raw ('(?:[^']|'\\'')*')\n$/.exec(curl)?.[1];
  assert.ok(body, curl);
  assert.equal(execFileSync('sh', ['-c', `printf %s ${body}`], { encoding: 'utf8' }), `{"LastName": "O'Brien", "Description": "********"}`);
  assert.equal(shellQuote("it's"), `'it'\\''s'`);
});

test('the diff text holds the request as sent and the answer, masked', () => {
  const text = entryText(sentModel());
  assert.ok(!text.includes(SECRET_TOKEN));
  assert.equal(
    text,
    [
      '# Send of hooks/create-lead.webhook (Create Lead) as jane-doe-001 (jane.json)',
      '# 2026-12-02T14:05:09.123Z: 201 Created: Lead created: 00Q000000000001AAA',
      '',
      'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
      'Authorization: Bearer ********',
      'Content-Type: application/json',
      '',
      '{"LastName": "O\'Brien", "Description": "********"}',
      '',
      'HTTP 201 Created',
      'content-type: application/json',
      '',
      '{\n  "id": "00Q000000000001AAA",\n  "success": true,\n  "errors": []\n}',
      '',
    ].join('\n'),
  );
});

test('a tree row: time, template, then user, status and duration', () => {
  const m = sentModel();
  const started = new Date(m.startedAt);
  const sameDay = treeRow(m, started);
  const two = (n: number) => String(n).padStart(2, '0');
  assert.equal(sameDay.label, `${two(started.getHours())}:${two(started.getMinutes())}:${two(started.getSeconds())} create-lead.webhook`);
  assert.match(sameDay.tooltip, /^Send of hooks\/create-lead\.webhook \(Create Lead\) as jane-doe-001 \(jane\.json\), 2026-12-02T14:05:09\.123Z\n201 Created/);
  assert.equal(sameDay.description, 'jane-doe-001 · 201 · 42 ms');
  assert.equal(sameDay.icon, 'pass');
  assert.match(treeRow(m, new Date(started.getTime() + 3 * 86_400_000)).label, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} create-lead\.webhook$/);
  assert.equal(treeRow({ ...m, kind: 'preview', status: undefined, durationMs: undefined, response: undefined }, started).description, 'jane-doe-001 · preview');
  assert.equal(treeRow({ ...m, ok: false, status: 400 }, started).icon, 'error');
});

test('the answer file name says template, status and time', () => {
  assert.equal(answerFileName(sentModel()), 'create-lead-201-20261202-140509.json');
});

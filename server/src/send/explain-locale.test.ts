/**
 * Salesforce's answers explained in the configured language: for each locale, a 400
 * REQUIRED_FIELD_MISSING and a 401 INVALID_SESSION_ID give the bundle's translation with its
 * arguments filled, while the status, the error code and Salesforce's own message stay as written;
 * so do the engine's other messages (a test user file, a rendered body).
 * The locale is process-global, so every test puts English back.
 */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { configureLocale, SUPPORTED_LOCALES } from '../core';
import { bodyJsonProblem } from './body-json';
import { explainAnswer, explainSendResult } from './explain';
import { renderWebhook } from './render';
import { loadTestUsers, userLabel } from './test-users';
import { doc } from '../../../test/support/send-test-server';
import { translated } from '../../../test/support/translated';

afterEach(() => {
  configureLocale('en');
});


const LEAD = 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/';
const MISSING = JSON.stringify([{ message: 'Required fields are missing: [Company]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['Company'] }]);
const EXPIRED = JSON.stringify([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);

for (const locale of SUPPORTED_LOCALES) {
  test(`${locale}: a 400 REQUIRED_FIELD_MISSING, its fix naming what a Lead needs, and what Braze does`, () => {
    configureLocale(locale);
    const x = explainAnswer(400, MISSING, { method: 'POST', url: LEAD });
    assert.equal(x.summary, `400 REQUIRED_FIELD_MISSING: ${translated(locale, 'a required field is missing ({0})', 'Company')}`);
    assert.deepEqual(x.codes, ['REQUIRED_FIELD_MISSING']);
    // Salesforce's message is quoted as it answered it.
    assert.equal(x.details[0], `REQUIRED_FIELD_MISSING: ${translated(locale, 'a required field is missing ({0})', 'Company')} — "Required fields are missing: [Company]"`);
    assert.equal(x.details[1], translated(locale, 'Braze does not retry a {0} answer: the message is lost until the template or the data is fixed.', 400));
    const needs = translated(locale, '{0} and {1}', 'LastName', 'Company');
    const liquid = "{{custom_attribute.${company} | default: 'Unknown'}}";
    assert.deepEqual(x.fixes, [
      translated(locale, 'A {0} needs {1}: add {2} to the body, with a default (e.g. {3}) so an empty attribute still sends a value.', 'Lead', needs, 'Company', liquid),
    ]);
  });

  test(`${locale}: a 401 INVALID_SESSION_ID, with and without Salesforce's error body`, () => {
    configureLocale(locale);
    const x = explainAnswer(401, EXPIRED, { method: 'POST', url: LEAD, authorization: 'Bearer ' });
    assert.equal(x.summary, `401 INVALID_SESSION_ID: ${translated(locale, 'the access token was refused (missing, expired or not valid for the REST API)')}`);
    assert.equal(
      x.details[0],
      translated(locale, 'The Authorization header was sent with no token at all: the token call in that header failed or saved nothing (see the Connected Content calls).'),
    );
    assert.ok(x.fixes[0].includes(':cache_max_age'), x.fixes[0]);
    assert.equal(explainAnswer(401, '', { url: LEAD }).summary, translated(locale, '401: the access token was refused'));
  });

  test(`${locale}: the org's API usage and a timeout, numbers as arguments`, () => {
    configureLocale(locale);
    const ok = explainAnswer(201, '{"id":"00Q5g00000AbCdEEAV","success":true,"errors":[]}', { method: 'POST', url: LEAD, headers: { 'Sforce-Limit-Info': 'api-usage=18/15000' } });
    assert.equal(ok.summary, translated(locale, '{0} created: {1}', 'Lead', '00Q5g00000AbCdEEAV'));
    assert.deepEqual(ok.details, [translated(locale, 'The org has used {0} of its {1} daily API calls (Sforce-Limit-Info): {2} are left, and each message a campaign sends spends one.', 18, 15000, 14982)]);
    const timeout = explainSendResult({ kind: 'timeout', timeoutMs: 30000 } as Parameters<typeof explainSendResult>[0]);
    assert.equal(timeout.summary, translated(locale, 'No answer within {0} ms (timeout)', 30000));
  });

  test(`${locale}: the engine's other messages: a test user file that holds no user, a body that is not JSON`, () => {
    configureLocale(locale);
    assert.deepEqual(loadTestUsers('[]', 'u.json'), { error: translated(locale, '{0}: expected a Braze user export object (or {1}), found an array', 'u.json', '{"users": [...]}') });
    assert.equal(userLabel({}, 1), translated(locale, 'user #{0}', 2));
    const problem = bodyJsonProblem('{"a": 1,}', [{ name: 'Content-Type', value: 'application/json' }]) ?? '';
    // Node's own words about the JSON stay as Node wrote them; the sentence around them is translated.
    const [before, after] = translated(locale, 'The rendered body is not valid JSON: {0} at line {1}, column {2}. Salesforce answers such a body with 400 JSON_PARSER_ERROR.').split('{0}');
    assert.ok(problem.startsWith(before) && problem.endsWith(after.replace('{1}', '1').replace('{2}', '9')), problem);
  });

  test(`${locale}: a render that stops, the field named in that language`, async () => {
    configureLocale(locale);
    const missing = await renderWebhook(doc('POST https://[insert_instance_name].my.salesforce.com/x\n\n{}'), { user: {} });
    assert.ok(!missing.ok);
    const where = translated(locale, '{0} (in the {1})', '[insert_instance_name]', translated(locale, 'URL'));
    assert.equal(missing.message, translated(locale, 'No value for the placeholder {0}', where));
    const aborted = await renderWebhook(doc('POST https://x.example.com/\nX-Stop: {% abort_message() %}\n\n{}'), { user: {} });
    assert.ok(!aborted.ok);
    assert.equal(aborted.message, translated(locale, '{0} called {1} (Braze does not send the message)', '{% abort_message %}', translated(locale, 'in the header {0}', 'X-Stop')));
    assert.equal(aborted.field, 'header X-Stop', 'the field label stays as data');
  });
}

test('any other locale, and English again: the English text', () => {
  configureLocale('ja');
  assert.equal(explainAnswer(401, EXPIRED, { url: LEAD }).summary, '401 INVALID_SESSION_ID: the access token was refused (missing, expired or not valid for the REST API)');
  configureLocale('de');
  configureLocale('en');
  assert.equal(explainAnswer(400, MISSING, { method: 'POST', url: LEAD }).summary, '400 REQUIRED_FIELD_MISSING: a required field is missing (Company)');
});

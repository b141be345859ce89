/** The checks of the Lead webhook together: what the seeds get, and that no check throws on partial input. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentType } from './content-type';
import { headerSyntax } from './header-syntax';
import { recordId } from './record-id';
import { methodUrlMismatch } from './method-url-mismatch';
import { oauthBody } from './oauth-body';
import { oauthCache } from './oauth-cache';
import { oauthGuard } from './oauth-guard';
import { oauthHostMismatch } from './oauth-host-mismatch';
import { oauthMethod } from './oauth-method';
import { oauthMissing } from './oauth-missing';
import { oauthSave } from './oauth-save';
import { oauthTokenUrl } from './oauth-token-url';
import { placeholder } from './placeholder';
import { secretInline } from './secret-inline';
import { urlApiVersion } from './url-api-version';
import { urlInvalid } from './url-invalid';
import { urlNotSalesforce } from './url-not-salesforce';
import { urlSobjectPath } from './url-sobject-path';
import { runCheck } from '../../../../test/support/check-test-helper';
import { COMPLETE, RECIPE_ONE_LINE, example, fillPlaceholders, template } from '../../../../test/support/lead-samples';
import type { Check } from './types';

const CHECKS: Check[] = [
  headerSyntax, urlInvalid, urlNotSalesforce, urlApiVersion, urlSobjectPath, methodUrlMismatch, recordId, placeholder, oauthMissing,
  oauthTokenUrl, oauthHostMismatch, oauthMethod, oauthBody, oauthSave, oauthCache, oauthGuard, contentType, secretInline,
];

function runAll(text: string): { code: string; severity: string; slice: string }[] {
  return CHECKS.flatMap((c) => runCheck(c, text).map((o) => ({ code: c.meta.code, severity: o.severity ?? c.meta.severity, slice: o.slice })));
}

test('lead checks: every check has a code, a one-line summary and docs with a source', () => {
  for (const c of CHECKS) {
    assert.ok(!c.meta.summary.includes('\n') && c.meta.summary.length > 0, c.meta.code);
    assert.match(c.meta.docs, /https:\/\/(www\.braze\.com\/docs|developer\.salesforce\.com|help\.salesforce\.com)/, c.meta.code);
  }
});

test('lead checks: the seeds get only hints, plus placeholder errors while placeholders remain', () => {
  for (const name of ['create-lead', 'update-lead-to-mql'] as const) {
    const found = runAll(example(name));
    assert.deepEqual(found.filter((f) => f.severity !== 'hint' && f.code !== 'placeholder'), [], name);
    assert.deepEqual(found.filter((f) => f.code === 'placeholder').map((f) => f.severity), ['error', 'error', 'error', 'error']);
    assert.deepEqual(found.filter((f) => f.severity === 'hint').map((f) => f.code), ['oauth-cache', 'oauth-guard']);
  }
});

test("lead checks: Braze's English Create Lead recipe with placeholders filled gives no error or warning", () => {
  for (const text of [fillPlaceholders(example('create-lead')), fillPlaceholders(example('update-lead-to-mql')), RECIPE_ONE_LINE]) {
    const found = runAll(text);
    assert.deepEqual(found.filter((f) => f.severity === 'error' || f.severity === 'warning'), [], text);
  }
  assert.deepEqual(runAll(COMPLETE), []);
  assert.deepEqual(runAll(template()), []);
});

test('lead checks: no check throws on partial or odd input', () => {
  const base = [example('create-lead'), example('update-lead-to-mql'), COMPLETE, RECIPE_ONE_LINE];
  const odd = [
    '', '\n', '#', 'POST', 'POST ', 'POST https://', 'POST https:///', 'PATCH https://a.my.salesforce.com/services/data/',
    'GET ftp://x', 'POST {{x}}', 'POST [insert_instance_name]', 'Authorization:', 'Authorization: {% connected_content %}',
    'POST https://a.my.salesforce.com/\nAuthorization: {% connected_content',
    'POST https://a.my.salesforce.com/\nAuthorization: {% connected_content :method %}Bearer',
    'POST https://a.my.salesforce.com/\nAuthorization: {% connected_content https://x :body :save :cache_max_age %}{{}}',
    'POST https://a.my.salesforce.com/\nAuthorization: {% connected_content {{u}} :body {{b}} %}{{ | }}',
    'POST https://user@a.my.salesforce.com:/services/data/v/sobjects//\nContent-Type:\n\n{',
    'POST https://[::1]:99/services/data/v60.0/sobjects/Lead/x/y/z?q#f\n\n[',
    'POST https://a.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n  continued\nX\n\n{"a":',
  ];
  const inputs = [...odd];
  for (const text of base) for (let cut = 0; cut <= text.length; cut += 7) inputs.push(text.slice(0, cut), text.slice(cut));
  for (const text of inputs) {
    for (const c of CHECKS) assert.doesNotThrow(() => runCheck(c, text), `${c.meta.code} on ${JSON.stringify(text)}`);
  }
});

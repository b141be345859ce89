import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oauthGuard } from './oauth-guard';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { COMPLETE, TOKEN_CALL, example, filledCreateLead, template } from '../../../../test/support/lead-samples';

const GUARD = "{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}";

test('oauth-guard: a guarded token call raises nothing', () => {
  for (const text of [COMPLETE, template(), template({ auth: 'Bearer {{x}}' }), '']) assert.deepEqual(runCheck(oauthGuard, text), [], text);
});

test('oauth-guard: the seeds have no guard: a hint, fix adds it before Bearer', () => {
  for (const text of [example('create-lead'), example('update-lead-to-mql'), filledCreateLead()]) {
    const [f, ...more] = runCheck(oauthGuard, text);
    assert.equal(more.length, 0);
    assert.equal(f.slice, 'connected_content');
    assert.equal(f.message, 'Nothing stops the send when the token call fails: the header becomes "Bearer " and Salesforce\'s 401 is not retried; abort when result.access_token is blank');
    assert.equal(applyFix(text, f.fixes![0]), text.replace('%}Bearer {{result', `%}${GUARD}Bearer {{result`));
  }
});

test('oauth-guard: the guard uses the saved name', () => {
  const text = template({ auth: TOKEN_CALL.replace(GUARD, '').replaceAll('result', 'sf') });
  const [f] = runCheck(oauthGuard, text);
  assert.match(f.message, /abort when sf\.access_token is blank$/);
  assert.equal(applyFix(text, f.fixes![0]), template({ auth: TOKEN_CALL.replaceAll('result', 'sf') }));
});

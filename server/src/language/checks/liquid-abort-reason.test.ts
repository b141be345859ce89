import { test } from 'node:test';
import assert from 'node:assert/strict';
import { liquidAbortReason } from './liquid-abort-reason';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { COMPLETE, TOKEN_CALL, filledCreateLead, filledUpdateLead, template } from '../../../../test/support/lead-samples';

const guarded = (reason: string): string =>
  template({ auth: `${TOKEN_CALL}{% if result.access_token == blank %}{% abort_message(${reason}) %}{% endif %}Bearer {{result.access_token}}` });

test('liquid-abort-reason: an output, an attribute or a tag in the reason; the fix keeps the plain words', () => {
  const cases: [string, string, string][] = [
    ["'no token for {{${user_id}}}'", '{{${user_id}}}', "('no token for')"],
    ["'no token for ${user_id}'", '${user_id}', "('no token for')"],
  ];
  for (const [reason, liquid, fixedArgs] of cases) {
    const text = guarded(reason);
    const [f, ...more] = runCheck(liquidAbortReason, text);
    assert.equal(more.length, 0, text);
    assert.equal(f.message, `The abort_message reason holds Liquid (${liquid}): Braze logs the reason as a plain string, so write a fixed reason`);
    const fixed = applyFix(text, f.fixes![0]);
    assert.ok(fixed.includes(`abort_message${fixedArgs}`) || fixed.includes(`abort_message(${fixedArgs.slice(1, -1)})`), fixed);
    assert.deepEqual(runCheck(liquidAbortReason, fixed), []);
  }
});

test("liquid-abort-reason: plain reasons, Braze's unquoted one, no reason, and abort_message () stay clean", () => {
  const texts = [
    filledCreateLead(),
    filledUpdateLead(),
    COMPLETE,
    guarded("'Salesforce token request failed'"),
    guarded('"Salesforce token request failed"'),
    guarded('not same month'),
    guarded(''),
    template({ auth: `${TOKEN_CALL}{% if result.access_token == blank %}{% abort_message ('no token') %}{% endif %}Bearer {{result.access_token}}` }),
    template({ body: '{"LastName": "{% if ${last_name} == blank %}{% abort_message(\'no last name\') %}{% endif %}{{${last_name} | json_escape}}", "Company": "y"}' }),
  ];
  for (const text of texts) assert.deepEqual(runCheck(liquidAbortReason, text), [], text);
});

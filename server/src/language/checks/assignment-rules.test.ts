import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignmentRules } from './assignment-rules';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { COMPLETE, filledUpdateLead, template } from '../../../../test/support/lead-samples';

const BASE = 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/';

test('assignment-rules: a Lead, Account or Case update without Sforce-Auto-Assign; the fix adds "Sforce-Auto-Assign: FALSE"', () => {
  for (const object of ['Lead', 'Account', 'Case']) {
    const text = template({ method: 'PATCH', url: `${BASE}${object}/{{\${user_id}}}` });
    const [f, ...more] = runCheck(assignmentRules, text);
    assert.equal(more.length, 0, text);
    assert.equal(f.slice, 'PATCH');
    assert.equal(f.message, `Salesforce re-runs the ${object} assignment rules on this update, so the owner can change on every send: add "Sforce-Auto-Assign: FALSE" to keep it`);
    const fixed = applyFix(text, f.fixes![0]);
    assert.match(fixed, /\nSforce-Auto-Assign: FALSE\n/);
    assert.deepEqual(runCheck(assignmentRules, fixed), []);
  }
  // Braze's Update Lead to MQL, and an upsert by an external id
  for (const text of [filledUpdateLead(), COMPLETE, template({ method: 'PATCH', url: `${BASE}Lead/Braze_Id__c/{{\${user_id} | url_param_escape}}` })]) {
    const found = runCheck(assignmentRules, text);
    assert.equal(found.length, 1, text);
    const fixed = applyFix(text, found[0].fixes![0]);
    assert.deepEqual(runCheck(assignmentRules, fixed), [], fixed);
  }
});

test('assignment-rules: the header sent (FALSE, TRUE, a rule id), creates, other objects and collections stay clean', () => {
  const texts = [
    template({ method: 'PATCH', url: `${BASE}Lead/{{\${user_id}}}`, headers: ['Sforce-Auto-Assign: FALSE'] }),
    template({ method: 'PATCH', url: `${BASE}Lead/{{\${user_id}}}`, headers: ['sforce-auto-assign: TRUE'] }),
    template({ method: 'PATCH', url: `${BASE}Case/{{\${user_id}}}`, headers: ['Sforce-Auto-Assign: 01Q5g000000abcd'] }),
    template({ method: 'PATCH', url: `${BASE}Lead/{{\${user_id}}}`, headers: ['Sforce-Auto-Assign: FALSE', 'Sforce-Duplicate-Rule-Header: allowSave=true'], contentType: 'application/json; charset=UTF-8' }),
    template({ method: 'POST', url: `${BASE}Lead/` }),
    template({ method: 'POST', url: `${BASE}Lead` }),
    template({ method: 'PATCH', url: `${BASE}Contact/{{\${user_id}}}` }),
    template({ method: 'PATCH', url: 'https://acme.my.salesforce.com/services/data/v60.0/composite/sobjects' }),
    template({ method: 'GET', url: `${BASE}Lead/{{\${user_id}}}`, body: null }),
    'PATCH\n',
    '',
  ];
  for (const text of texts) assert.deepEqual(runCheck(assignmentRules, text), [], text);
});

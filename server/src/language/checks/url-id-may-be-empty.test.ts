import assert from 'node:assert/strict';
import { test } from 'node:test';
import { urlIdMayBeEmpty } from './url-id-may-be-empty';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

const patch = (id: string, body = '{\n  "Lead_Stage__c": "MQL"\n}') =>
  `PATCH https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/${id}\nContent-Type: application/json\n\n${body}`;
const GUARD = "{% if ${user_id} == blank %}{% abort_message('no Salesforce record id') %}{% endif %}";

test("Braze's update recipe: a user without ${user_id} gets PATCH .../sobjects/Lead/; the fix aborts for them", () => {
  const text = patch('{{${user_id}}}');
  const [o] = runCheck(urlIdMayBeEmpty, text);
  assert.equal(o.slice, '{{${user_id}}}');
  assert.match(o.message, /When \$\{user_id\} is blank the URL ends in "\/sobjects\/Lead\/", which names no record/);
  const fixed = applyFix(text, o.fixes![0]);
  assert.equal(fixed, patch('{{${user_id}}}', `${GUARD}\n{\n  "Lead_Stage__c": "MQL"\n}`));
  assert.deepEqual(runCheck(urlIdMayBeEmpty, fixed), [], 'the guard it writes is one it recognises');
});

test('an upsert by external id: the value, before its filters, is what the guard tests', () => {
  const text = patch('Ext_Id__c/{{${user_id} | url_param_escape}}');
  const [o] = runCheck(urlIdMayBeEmpty, text);
  assert.match(o.message, /When \$\{user_id\} is blank the URL ends in "\/sobjects\/Lead\/Ext_Id__c\/"/);
  assert.match(applyFix(text, o.fixes![0]), /\{% if \$\{user_id\} == blank %\}/);
});

test('must not fire: a default, a literal id, literal text around the output, an abort guard in any field, unless, a create', () => {
  for (const text of [
    patch("{{${user_id} | default: 'none'}}"),
    patch('00Q5g00000AbCdEEAV'),
    patch('00Q{{${user_id}}}'),
    patch('{{${user_id}}}', `{% if \${user_id} == blank %}{% abort_message('no id') %}{% endif %}{"Lead_Stage__c": "MQL"}`),
    patch('{{${user_id}}}', `{% unless \${user_id} %}{% abort_message('no id') %}{% endunless %}{"Lead_Stage__c": "MQL"}`),
    patch('{{${user_id}}}', `{% if \${email_address} == blank or \${user_id} == '' %}{% abort_message('no id') %}{% endif %}{"Lead_Stage__c": "MQL"}`),
    'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead\n\n{"LastName": "x", "Company": "y"}',
  ]) assert.deepEqual(runCheck(urlIdMayBeEmpty, text), [], text);
});

test('must fire: an abort in the else arm or guarded by another value does not stop these users', () => {
  for (const body of [
    `{% if \${user_id} == blank %}{% else %}{% abort_message('no id') %}{% endif %}{}`,
    `{% if \${email_address} == blank %}{% abort_message('no email') %}{% endif %}{}`,
    `{% if \${user_id} != blank %}{% abort_message('x') %}{% endif %}{}`,
  ]) assert.equal(runCheck(urlIdMayBeEmpty, patch('{{${user_id}}}', body)).length, 1, body);
});

/**
 * Issue 16, items 3 and 4: what Salesforce refuses by method and URL, and what Braze refuses or renders
 * differently, over the whole catalog: each refusal raises its check (some were caught before this
 * issue, by field-readonly, liquid-filter-in-condition and liquid-syntax), and the valid forms raise
 * no error or warning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allChecks } from './index';
import { runCheck } from '../../../../test/support/check-test-helper';
import { TOKEN_CALL, template } from '../../../../test/support/lead-samples';

const LEAD = 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/';
const BEARER = `${TOKEN_CALL}Bearer {{result.access_token}}`;

function found(text: string): { code: string; severity: string; slice: string }[] {
  return allChecks.flatMap((c) => runCheck(c, text).map((o) => ({ code: c.meta.code, severity: o.severity ?? c.meta.severity, slice: o.slice })));
}
const loud = (text: string) => found(text).filter((f) => f.severity === 'error' || f.severity === 'warning');
const codes = (text: string) => loud(text).map((f) => f.code);

test('refusals: each refused request raises its check', () => {
  const cases: [string, string, string][] = [
    ['PUT on a record (405)', template({ method: 'PUT', url: `${LEAD}{{\${user_id}}}` }), 'method-url-mismatch'],
    ['an attribute that is never a record id', template({ method: 'PATCH', url: `${LEAD}{{\${email_address}}}` }), 'method-url-mismatch'],
    // Salesforce: "The Id field should not be specified in the sobject data." (INVALID_FIELD)
    ['Id in a create body', template({ body: '{"Id": "00Q5g00000AbCdE", "LastName": "x", "Company": "y"}' }), 'field-readonly'],
    ['Id in an update body', template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}`, body: '{"Id": "00Q5g00000AbCdE", "Status": "Open"}' }), 'field-readonly'],
    ['a token call sent as JSON', template({ auth: BEARER.replace(':save result', ':content_type application/json :save result') }), 'oauth-content-type'],
    ['a cache outside 300 to 14400 s', template({ auth: BEARER.replace(':cache_max_age 900', ':cache_max_age 60') }), 'oauth-cache'],
    ['Liquid in an abort_message reason', template({ auth: `${TOKEN_CALL}{% if result.access_token == blank %}{% abort_message('no token for {{\${user_id}}}') %}{% endif %}Bearer {{result.access_token}}` }), 'liquid-abort-reason'],
    ['a filter in a for tag', template({ body: '{"LastName": "{% for x in ${last_name} | split: \' \' %}{{x | json_escape}}{% endfor %}", "Company": "y"}' }), 'liquid-filter-in-condition'],
    ['curly quotes in a tag', template({ body: '{"LastName": "{% if ${last_name} == “x” %}a{% endif %}", "Company": "y"}' }), 'liquid-syntax'],
    ['curly quotes in an output', template({ body: '{"LastName": "{{${last_name} | default: ‘x’ | json_escape}}", "Company": "y"}' }), 'liquid-syntax'],
    ['three braces', template({ body: '{"LastName": "{{{${last_name}}}}", "Company": "y"}' }), 'liquid-syntax'],
  ];
  for (const [what, text, code] of cases) assert.ok(codes(text).includes(code), `${what}: ${JSON.stringify(found(text))}`);
  // Lead, Account and Case updates re-run assignment rules: an information, not an error.
  const update = found(template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}` }));
  assert.deepEqual(update.filter((f) => f.code === 'assignment-rules').map((f) => f.severity), ['information']);
});

test('refusals: the valid forms raise no error or warning', () => {
  const texts = [
    template({ method: 'PATCH', url: `${LEAD}Braze_Id__c/{{\${user_id} | url_param_escape}}`, headers: ['Sforce-Auto-Assign: FALSE'] }),
    template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}`, headers: ['Sforce-Auto-Assign: FALSE', 'Sforce-Duplicate-Rule-Header: allowSave=true'] }),
    template({ contentType: 'application/json; charset=UTF-8' }),
    template({ url: LEAD.slice(0, -1) }),
    template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}`, headers: ['Sforce-Auto-Assign: FALSE'], contentType: 'application/json; charset=UTF-8' }),
    template({ auth: BEARER.replace(':cache_max_age 900', ':cache_max_age 14400') }),
    template({ auth: BEARER.replace(':cache_max_age 900', ':cache_max_age 300') }),
    template({ auth: `${TOKEN_CALL}{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}` }),
  ];
  for (const text of texts) assert.deepEqual(loud(text), [], text);
  // An upsert by external id without url_param_escape gets only an information advising it.
  const upsert = found(template({ method: 'PATCH', url: `${LEAD}Braze_Id__c/{{\${user_id}}}`, headers: ['Sforce-Auto-Assign: FALSE'] }));
  assert.deepEqual(
    upsert.filter((f) => f.code === 'url-external-id').map((f) => [f.severity, f.slice]),
    [['information', 'Braze_Id__c'], ['information', '{{${user_id}}}']],
  );
});

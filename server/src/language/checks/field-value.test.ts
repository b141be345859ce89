import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldValue } from './field-value';
import { CREATE, UPDATE, body, describeKnowledge } from '../../../../test/support/lead-test-fixtures';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

test('too long, not an email, quoted number, not a number, quoted boolean, not a boolean, null for a required field', () => {
  const long = 'x'.repeat(41);
  const text =
    CREATE +
    body([
      ['FirstName', `"${long}"`],
      ['Email', '"not-an-email"'],
      ['NumberOfEmployees', '"42"'],
      ['AnnualRevenue', '"lots"'],
      ['HasOptedOutOfEmail', '"true"'],
      ['DoNotCall', '"yes"'],
      ['LastName', 'null'],
      ['numberofemployees', '4.5'],
    ]);
  const found = runCheck(fieldValue, text);
  assert.deepEqual(found.map((o) => o.slice), [`"${long}"`, '"not-an-email"', '"42"', '"lots"', '"true"', '"yes"', 'null', '4.5']);
  assert.match(found[0].message, /"FirstName" \(string\): the value is 41 characters long; FirstName holds at most 40 \(STRING_TOO_LONG\)/);
  assert.equal(found[0].severity, 'error', 'a literal Salesforce refuses for its length is an error, not a warning');
  assert.equal(found[1].severity, undefined);
  assert.match(found[1].message, /"not-an-email" is not an email address/);
  assert.match(found[2].message, /"42" is a quoted number: NumberOfEmployees takes a JSON number; write 42/);
  assert.equal(applyFix(text, found[2].fixes![0]), text.replace('"NumberOfEmployees": "42"', '"NumberOfEmployees": 42'));
  assert.match(found[3].message, /"lots" is not a number/);
  assert.equal(applyFix(text, found[4].fixes![0]), text.replace('"HasOptedOutOfEmail": "true"', '"HasOptedOutOfEmail": true'));
  assert.match(found[5].message, /"yes" is not true or false/);
  assert.match(found[6].message, /LastName cannot be null/);
  assert.match(found[7].message, /4\.5 is not a whole number/);
});

test('picklists: restricted (warning, with describe), not restricted (hint), letter case fix', () => {
  const k = describeKnowledge();
  const text = UPDATE + body([['Lead_Stage__c', '"mql"'], ['LeadSource', '"Webinar"'], ['Salutation', '"Dr"']]);
  const found = runCheck(fieldValue, text, k);
  assert.deepEqual(found.map((o) => o.slice), ['"mql"', '"Webinar"', '"Dr"']);
  assert.match(found[0].message, /"mql" is not a value of the restricted picklist Lead_Stage__c .*did you mean "MQL"\?/);
  assert.equal(found[0].severity, undefined);
  assert.equal(applyFix(text, found[0].fixes![0]), text.replace('"mql"', '"MQL"'));
  assert.match(found[1].message, /"Webinar" is not one of the known values of LeadSource .*Salesforce stores it anyway/);
  assert.equal(found[1].severity, 'hint');
  assert.equal(applyFix(text, found[2].fixes![0]), text.replace('"Dr"', '"Dr."'));
  const numeric = UPDATE + body([['Lead_Score__c', '"55.5"']]);
  const f2 = runCheck(fieldValue, numeric, k);
  assert.deepEqual(f2.map((o) => o.slice), ['"55.5"']);
  assert.equal(applyFix(numeric, f2[0].fixes![0]), UPDATE + body([['Lead_Score__c', '55.5']]));
});

test('no offense: valid literals, Liquid values, unknown keys, non-Lead bodies', () => {
  const text =
    CREATE +
    body([
      ['FirstName', '"Ana"'],
      ['LastName', '"{{${last_name} | json_escape}}"'],
      ['Email', '"ana@example.com"'],
      ['NumberOfEmployees', '42'],
      ['AnnualRevenue', '{{custom_attribute.${revenue}}}'],
      ['HasOptedOutOfEmail', 'false'],
      ['LeadSource', '"Web"'],
      ['Company', '""'],
      ['apellido', '"x".repeat'],
    ]).replace('"x".repeat', '"x"');
  assert.deepEqual(runCheck(fieldValue, text), []);
  assert.deepEqual(runCheck(fieldValue, UPDATE + body([['Lead_Stage__c', '"MQL"']]), describeKnowledge()), []);
  assert.deepEqual(runCheck(fieldValue, 'POST https://x.com/hook\n\n' + body([['Email', '"no"']])), []);
});

test('does not throw on partial trees', () => {
  for (const t of ['', CREATE + '{"Email": ', CREATE + '{"Email": "a', CREATE + '{"NumberOfEmployees": -}', CREATE + '{"Email": {"a": [1]}}']) {
    assert.doesNotThrow(() => runCheck(fieldValue, t));
  }
});

test('a literal written in branches is checked as each path renders it, where it is written, naming the path', () => {
  const k = describeKnowledge();
  const stage = UPDATE + `{"Lead_Stage__c": {% if \${email_address} contains '@acme.com' %}"MQL"{% else %}"mql "{% endif %}}`;
  const found = runCheck(fieldValue, stage, k);
  assert.deepEqual(found.map((o) => o.slice), ['"mql "']);
  assert.match(found[0].message, /"mql " is not a value of the restricted picklist Lead_Stage__c .* \(when no branch above `\{% else %\}` of `\{% if \$\{email_address\} contains '@acme.com' %\}` applies\)$/);
  assert.equal(applyFix(stage, found[0].fixes![0]), stage.replace('"mql "', '"MQL"'));
  const quoted = UPDATE + '{"HasOptedOutOfEmail": {% if ${first_name} == blank %}"true"{% else %}"false"{% endif %}}';
  const bools = runCheck(fieldValue, quoted).sort((a, b) => a.start - b.start);
  assert.deepEqual(bools.map((o) => o.slice), ['"true"', '"false"']);
  assert.equal(applyFix(quoted, bools[1].fixes![0]), UPDATE + '{"HasOptedOutOfEmail": {% if ${first_name} == blank %}"true"{% else %}false{% endif %}}', 'the fix edits the branch that renders it');
  for (const ok of [
    UPDATE + '{"HasOptedOutOfEmail": {% if subscribed_state.${email_global} == \'unsubscribed\' %}true{% else %}false{% endif %}}',
    UPDATE + `{"Lead_Stage__c": {% if \${first_name} == blank %}"MQL"{% else %}"SQL"{% endif %}}`,
    UPDATE + '{"Lead_Stage__c": "{% if ${first_name} == blank %}{{${first_name}}}{% endif %}"}',
    UPDATE + '{"FirstName": {% if ${first_name} == blank %}"Friend"{% else %}"{{${first_name}}}"{% endif %}}',
  ]) assert.deepEqual(runCheck(fieldValue, ok, k), [], ok);
  const once = runCheck(fieldValue, UPDATE + '{"Lead_Stage__c": "Nope", "FirstName": {% if ${first_name} == blank %}"a"{% endif %}}', k);
  assert.equal(once.length, 1, 'a plain literal is reported once, not once per path');
});

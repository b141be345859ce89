import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadWorkspaceKnowledge, type Knowledge } from '../../core';
import { fieldOutputType } from './field-output-type';
import { CREATE, UPDATE } from '../../../../test/support/lead-test-fixtures';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { repoPath } from '../../../../test/support/paths';

const CONTACT = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Contact\nContent-Type: application/json\n\n';
const lead = (pairs: string) => CREATE + `{"LastName": "x", "Company": "Acme", ${pairs}}`;
const contact = (pairs: string) => CONTACT + `{"LastName": "x", ${pairs}}`;

/** The describe fixture with a multi-select picklist `Interests__c`, and custom attributes of each type. */
function knowledge(): Knowledge {
  const describe = JSON.parse(readFileSync(repoPath('test', 'fixtures', 'describe', 'Lead.describe.json'), 'utf8'));
  const stage = describe.fields.find((f: { name: string }) => f.name === 'Lead_Stage__c');
  describe.fields.push({ ...stage, name: 'Interests__c', label: 'Interests', type: 'multipicklist', length: 4099 });
  const { knowledge: k, warnings } = loadWorkspaceKnowledge({
    describeJson: JSON.stringify(describe),
    describePath: 'Lead.describe.json',
    customAttributes: { interests: 'array', signed_up: 'time', employees: 'number', vip: 'boolean' },
  });
  assert.deepEqual(warnings, []);
  return k;
}

const run = (text: string) => runCheck(fieldOutputType, text, knowledge());
/** The built-in Lead (its Title, Description, Website), without the describe fixture. */
const runBuiltin = (text: string) => runCheck(fieldOutputType, text);

test('a quoted output into a number or boolean field: unquoted, with a default unless it has one', () => {
  const text = lead('"NumberOfEmployees": "{{custom_attribute.${employees}}}"');
  const [o] = run(text);
  assert.match(o.message, /"NumberOfEmployees" \(int\) takes a JSON number, and the quotes around \{\{custom_attribute.\$\{employees\}\}\} send it as text/);
  assert.equal(applyFix(text, o.fixes![0]), lead(`"NumberOfEmployees": {{custom_attribute.\${employees} | default: 'null'}}`));

  const score = lead('"Lead_Score__c": "{{custom_attribute.${score} | default: 0}}"');
  assert.equal(applyFix(score, run(score)[0].fixes![0]), lead('"Lead_Score__c": {{custom_attribute.${score} | default: 0}}'));

  const flag = lead('"HasOptedOutOfEmail": "{{custom_attribute.${vip}}}"');
  const [b] = run(flag);
  assert.match(b.message, /takes true or false/);
  assert.equal(applyFix(flag, b.fixes![0]), lead('"HasOptedOutOfEmail": {{custom_attribute.${vip} | default: false}}'));
});

test('a date field takes yyyy-MM-dd: another format is replaced, %F is read as Ruby prints it, a time gets a format', () => {
  const text = contact(`"Birthdate": "{{ custom_attribute.\${signed_up} | date: '%Y-%m-%d %H:%M:%S' }}"`);
  const [o] = run(text);
  assert.match(o.message, /"Birthdate" \(date\) reads yyyy-MM-dd, and '%Y-%m-%d %H:%M:%S' prints something else/);
  assert.equal(applyFix(text, o.fixes![0]), contact(`"Birthdate": "{{ custom_attribute.\${signed_up} | date: '%Y-%m-%d' }}"`));

  const time = contact('"Birthdate": "{{custom_attribute.${signed_up}}}"');
  const [t] = run(time);
  assert.match(t.message, /prints a time in Braze's own form/);
  assert.equal(applyFix(time, t.fixes![0]), contact(`"Birthdate": "{{custom_attribute.\${signed_up} | date: '%Y-%m-%d'}}"`));

  const fallback = contact(`"Birthdate": "{{ custom_attribute.\${signed_up} | date: '%d/%m/%Y' | default: '' }}"`);
  assert.equal(run(fallback).length, 1, 'a default after the date filter leaves the format to check');

  for (const ok of [`"{{ 'now' | date: '%F' }}"`, `"{{ 'now' | date: "%Y-%m-%d" }}"`, '"{{${date_of_birth}}}"']) assert.deepEqual(run(contact(`"Birthdate": ${ok}`)), [], ok);
});

test("a dateTime takes ISO 8601 with T and an offset: Braze's own space-separated example is fixed, after time_zone too", () => {
  // Braze's Liquid use-case library prints {{ "now" | time_zone: ${time_zone} | date: "%Y-%m-%d %H:%M:%S" }}.
  const text = contact('"EmailBouncedDate": "{{ "now" | time_zone: ${time_zone} | date: "%Y-%m-%d %H:%M:%S" }}"');
  const [o] = run(text);
  assert.match(o.message, /\(datetime\) reads yyyy-MM-ddTHH:mm:ss\+HH:mm/);
  assert.equal(applyFix(text, o.fixes![0]), contact('"EmailBouncedDate": "{{ "now" | time_zone: ${time_zone} | date: "%Y-%m-%dT%H:%M:%S%:z" }}"'));
  const zoned = contact(`"EmailBouncedDate": "{{ 'now' | time_zone: 'Europe/Madrid' }}"`);
  assert.match(run(zoned)[0].message, /prints a time in Braze's own form/);
  for (const ok of ["'%Y-%m-%dT%H:%M:%S%:z'", "'%Y-%m-%dT%H:%M:%SZ'", "'%FT%T%z'", "'%Y-%m-%dT%H:%M:%S.%L+00:00'"]) {
    assert.deepEqual(run(contact(`"EmailBouncedDate": "{{ 'now' | date: ${ok} }}"`)), [], ok);
  }
  assert.equal(run(contact(`"EmailBouncedDate": "{{ 'now' | date: '%F' }}"`)).length, 1, 'a date alone is not a dateTime');
});

test('a multi-select picklist takes values joined with ";"', () => {
  const comma = UPDATE + `{"Interests__c": "{{custom_attribute.\${interests} | join: ', '}}"}`;
  const [o] = run(comma);
  assert.match(o.message, /separated by ";", and this joins them with ", "/);
  assert.equal(applyFix(comma, o.fixes![0]), UPDATE + `{"Interests__c": "{{custom_attribute.\${interests} | join: ';'}}"}`);
  const array = UPDATE + '{"Interests__c": "{{custom_attribute.${interests}}}"}';
  assert.equal(applyFix(array, run(array)[0].fixes![0]), UPDATE + `{"Interests__c": "{{custom_attribute.\${interests} | join: ';'}}"}`);
  assert.deepEqual(run(UPDATE + `{"Interests__c": "{{custom_attribute.\${interests} | join: ";"}}"}`), []);
});

test('text longer than its field: a truncate too long is a warning, a custom attribute without one a hint', () => {
  const long = lead('"Title": "{{custom_attribute.${title} | truncate: 300}}"');
  const [o] = runBuiltin(long);
  assert.equal(o.severity, undefined);
  assert.match(o.message, /"Title" \(string\) holds 128 characters, and \| truncate: 300 lets longer text through/);
  assert.equal(applyFix(long, o.fixes![0]), lead('"Title": "{{custom_attribute.${title} | truncate: 128}}"'));

  const none = lead('"Title": "{{custom_attribute.${title} | json_escape}}"');
  const [h] = runBuiltin(none);
  assert.equal(h.severity, 'hint');
  assert.equal(applyFix(none, h.fixes![0]), lead('"Title": "{{custom_attribute.${title} | json_escape | truncate: 128}}"'));
  assert.equal(runBuiltin(lead('"Title": "{{custom_attribute.${title} | upcase | truncate: 200 | downcase}}"')).length, 1, 'a bound holds through upcase and downcase');
});

test("must not fire: Braze's default attributes, fields as long as a custom attribute, literals, outputs among other text, unknown fields", () => {
  for (const pairs of [
    '"FirstName": "{{${first_name} | json_escape}}", "Email": "{{${email_address}}}"',
    '"Description": "{{custom_attribute.${notes}}}", "Website": "{{custom_attribute.${site}}}"',
    '"Title": "{{custom_attribute.${title} | truncate: 128}}"',
    '"NumberOfEmployees": {{custom_attribute.${employees} | default: 0}}',
    '"NumberOfEmployees": "50"',
    '"Title": "Dr {{custom_attribute.${title} | truncate: 100}}"',
    '"NumberOfEmployees": "{{custom_attribute.${a}}}{{custom_attribute.${b}}}"',
    '"HasOptedOutOfEmail": {% if subscribed_state.${email_global} == \'unsubscribed\' %}true{% else %}false{% endif %}',
    '"Not_A_Field__c": "{{custom_attribute.${x}}}"',
  ]) assert.deepEqual(runBuiltin(lead(pairs)), [], pairs);
});

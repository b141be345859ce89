import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonPathInvalid } from './json-path-invalid';
import { jsonInvalid } from './json-invalid';
import { CREATE } from '../../../../test/support/lead-test-fixtures';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

test('a comma before a skipped branch: the body ends in ",}" when ${phone_number} is blank', () => {
  const text = CREATE + '{\n  "LastName": "x",\n  "Company": "Acme",\n  {% if ${phone_number} != blank %}"Phone": "{{${phone_number}}}"{% endif %}\n}';
  const found = runCheck(jsonPathInvalid, text);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /when `\{% if \$\{phone_number\} != blank %\}` does not hold: the body renders `.*, \}`/);
  assert.deepEqual(runCheck(jsonInvalid, text), []);
});

test('an unquoted output without a default renders ": ," for a user without the attribute', () => {
  const text = CREATE + '{\n  "LastName": "x",\n  "NumberOfEmployees": {{custom_attribute.${employees}}},\n  "Company": "Acme"\n}';
  const found = runCheck(jsonPathInvalid, text);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /when custom_attribute\.\$\{employees\} is blank: the body renders `"?NumberOfEmployees": ,`/);
});

test('must not fire: true/false from an if/else, a default, a comma inside the branch', () => {
  const texts = [
    '{\n  "HasOptedOutOfEmail": {% if subscribed_state.${email_global} == \'unsubscribed\' %}true{% else %}false{% endif %},\n  "LastName": "x"\n}',
    '{\n  "NumberOfEmployees": {{custom_attribute.${employees} | default: 0}},\n  "LastName": "x"\n}',
    '{\n  "LastName": "x"{% if ${phone_number} != blank %},\n  "Phone": "{{${phone_number}}}"{% endif %}\n}',
    '{\n  "LeadSource": {% case ${country} %}{% when \'US\' %}"Web"{% else %}"Other"{% endcase %}\n}',
  ];
  for (const body of texts) {
    assert.deepEqual(runCheck(jsonPathInvalid, CREATE + body), [], body);
    assert.deepEqual(runCheck(jsonInvalid, CREATE + body), [], body);
  }
});

test('a body broken on every path is left to json-invalid', () => {
  const text = CREATE + '{ "LastName": "x",, }';
  assert.deepEqual(runCheck(jsonPathInvalid, text), []);
  assert.equal(runCheck(jsonInvalid, text).length, 1);
});

test('past the cap, a path the in-order walk never reaches is found by the sample', () => {
  // The first if varies slowest: all 64 in-order paths take it, and only a skipped first if breaks the body.
  const rest = Array.from({ length: 8 }, (_, i) => `{% if \${first_name} == "${i}" %}"F${i}": 1,{% endif %}`).join('\n');
  const text = CREATE + `{\n{% if \${last_name} != blank %}"LastName": "x"{% endif %},\n${rest}\n"Company": "x"\n}`;
  const found = runCheck(jsonPathInvalid, text);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /when `\{% if \$\{last_name\} != blank %\}` does not hold/);
});

test('the quick fix moves the comma inside each branch, and the fixed body is valid on every path', () => {
  const text = CREATE + '{\n  "LastName": "x",\n  "Company": "Acme",\n  {% if ${phone_number} != blank %}"Phone": "{{${phone_number}}}"{% elsif ${email_address} != blank %}"Email": "{{${email_address}}}"{% endif %}\n}';
  const [found] = runCheck(jsonPathInvalid, text);
  const fix = found.fixes?.[0];
  assert.equal(fix?.title, 'Move the comma inside the branch');
  const fixed = applyFix(text, fix!);
  assert.match(fixed, /"Company": "Acme"\n  \{% if \$\{phone_number\} != blank %\},"Phone"/);
  assert.match(fixed, /\{% elsif \$\{email_address\} != blank %\},"Email"/);
  assert.deepEqual(runCheck(jsonPathInvalid, fixed), []);
  assert.deepEqual(runCheck(jsonInvalid, fixed), []);
});

test('no comma fix where a branch does not start with a key', () => {
  const text = CREATE + '{\n  "LastName": "x",\n  {% if ${phone_number} != blank %}{% if ${email_address} != blank %}"Phone": "1"{% endif %}{% endif %}\n}';
  const found = runCheck(jsonPathInvalid, text);
  assert.ok(found.length >= 1);
  assert.ok(found.every((f) => !f.fixes?.length));
});

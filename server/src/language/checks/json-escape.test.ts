import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonEscape } from './json-escape';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

const HEAD = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n';

test('an attribute in a JSON string without json_escape: reported, fix appends | json_escape', () => {
  const text = HEAD + '{"FirstName": "{{${first_name}}}", "Company": "{{ custom_attribute.${company} | default: \'n/a\' }}"}';
  const found = runCheck(jsonEscape, text);
  assert.deepEqual(found.map((o) => o.slice), ['{{${first_name}}}', "{{ custom_attribute.${company} | default: 'n/a' }}"]);
  assert.match(found[0].message, /\{\{\$\{first_name\}\}\} stands in a JSON string without json_escape.*add \| json_escape/);
  assert.equal(jsonEscape.meta.severity, 'information');
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{"FirstName": "{{${first_name} | json_escape}}", "Company": "{{ custom_attribute.${company} | default: \'n/a\' }}"}');
  assert.equal(applyFix(text, found[1].fixes![0]), HEAD + '{"FirstName": "{{${first_name}}}", "Company": "{{ custom_attribute.${company} | default: \'n/a\' | json_escape }}"}');
});

test('a user id and a Connected Content value are not exempt; a default with a variable breaks safety', () => {
  const found = runCheck(jsonEscape, HEAD + '{"a": "{{${user_id}}}", "b": "x {{result.access_token}} y", "c": "{{ 5 | plus: 1 | default: ${city} }}"}');
  assert.deepEqual(found.map((o) => o.slice), ['{{${user_id}}}', '{{result.access_token}}', '{{ 5 | plus: 1 | default: ${city} }}']);
});

test('text added after json_escape: reported without a fix (it would escape twice)', () => {
  const found = runCheck(jsonEscape, HEAD + '{"a": "{{ ${first_name} | json_escape | append: ${last_name} }}"}');
  assert.deepEqual(found.map((o) => o.slice), ['{{ ${first_name} | json_escape | append: ${last_name} }}']);
  assert.equal(found[0].fixes, undefined);
});

test('exempt: json_escape, numbers, dates, hashes, encodings, literals; outputs outside strings or outside JSON', () => {
  const text =
    HEAD +
    '{"a": "{{${first_name} | json_escape}}", "b": "{{ custom_attribute.${n} | plus: 0 }}", "c": "{{ ${first_name} | size }}", ' +
    '"d": "{{ \'now\' | date: \'%Y-%m-%d\' }}", "e": "{{ ${email_address} | md5 }}", "f": "{{ ${email_address} | url_param_escape }}", ' +
    '"g": "{{ x | base64_encode }}", "h": "{{ x | hmac_sha256_hex: \'k\' }}", "i": "{{ x | round: 2 }}", "j": "{{ \'abc\' }}", ' +
    '"k": {{ custom_attribute.${score} }}, "l": "{{ x | json_escape | upcase }}"}';
  assert.deepEqual(runCheck(jsonEscape, text), []);
  assert.deepEqual(runCheck(jsonEscape, 'POST https://x/\n\nname={{${first_name}}}'), []);
  assert.deepEqual(runCheck(jsonEscape, 'POST https://x/{{${first_name}}}\nX-A: "{{${first_name}}}"\n\n{}'), []);
});

test('a Liquid key is a JSON string too', () => {
  const found = runCheck(jsonEscape, HEAD + '{"{{custom_attribute.${field}}}": 1}');
  assert.deepEqual(found.map((o) => o.slice), ['{{custom_attribute.${field}}}']);
});

test('does not throw on partial trees', () => {
  for (const t of ['', HEAD + '{"a": "{{', HEAD + '{"a": "{{}}"}', HEAD + '{"a": "{{ x | }}"', HEAD + '[{"a": ["{{x}}"]}]']) assert.doesNotThrow(() => runCheck(jsonEscape, t));
  assert.deepEqual(runCheck(jsonEscape, HEAD + '[{"a": ["{{x}}"]}]').map((o) => o.slice), ['{{x}}']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldUnknown } from './field-unknown';
import { CREATE, UPDATE, body, describeKnowledge } from '../../../../test/support/lead-test-fixtures';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

test('translated keys: error naming the key, fix writes the API name', () => {
  const text = CREATE + body([['apellido', '"{{${last_name}}}"'], ['correo electrónico', '"{{${email_address}}}"'], ['Nachname', '"x"'], ['이름', '"y"'], ['sobrenome', '"z"']]);
  const found = runCheck(fieldUnknown, text);
  assert.deepEqual(found.map((o) => o.slice), ['"apellido"', '"correo electrónico"', '"Nachname"', '"이름"', '"sobrenome"']);
  assert.match(found[0].message, /"apellido" is not a Lead field \(a translated key \(Spanish\)\); Salesforce rejects it with INVALID_FIELD: write "LastName"/);
  assert.match(found[3].message, /"이름" .*Korean.*write "FirstName"/);
  assert.equal(applyFix(text, found[0].fixes![0]), text.replace('"apellido"', '"LastName"'));
  assert.equal(applyFix(text, found[1].fixes![0]), text.replace('"correo electrónico"', '"Email"'));
  assert.equal(applyFix(text, found[4].fixes![0]), text.replace('"sobrenome"', '"LastName"'));
});

test('normalized, misspelt and unknown keys', () => {
  const text = CREATE + body([['first_name', '"a"'], ['LastNme', '"b"'], ['Foo', '"c"']]);
  const found = runCheck(fieldUnknown, text);
  assert.deepEqual(found.map((o) => o.slice), ['"first_name"', '"LastNme"', '"Foo"']);
  assert.match(found[0].message, /no spaces, underscores or hyphens.*write "FirstName"/);
  assert.equal(applyFix(text, found[1].fixes![0]), text.replace('"LastNme"', '"LastName"'));
  assert.match(found[2].message, /"Foo" is not a Lead field \(no Lead field has this name\)/);
  assert.equal(found[2].fixes, undefined);
});

test('custom fields: not flagged without the org describe; flagged with it when absent', () => {
  const text = UPDATE + body([['Lead_Stage__c', '"MQL"'], ['Lead_Stag__c', '"MQL"'], ['Other__c', '1']]);
  assert.deepEqual(runCheck(fieldUnknown, text), []);
  const found = runCheck(fieldUnknown, text, describeKnowledge());
  assert.deepEqual(found.map((o) => o.slice), ['"Lead_Stag__c"', '"Other__c"']);
  assert.match(found[0].message, /"Lead_Stag__c" .*write "Lead_Stage__c"/);
  assert.equal(applyFix(text, found[0].fixes![0]), text.replace('"Lead_Stag__c"', '"Lead_Stage__c"'));
  assert.match(found[1].message, /org's Lead describe has no such custom field/);
});

test('no offense: API names in any case, Liquid keys, requests that write no record, objects the extension does not know', () => {
  assert.deepEqual(runCheck(fieldUnknown, CREATE + body([['FirstName', '"a"'], ['lastname', '"b"'], ['{{custom_attribute.${k}}}', '"c"']])), []);
  const foreign = body([['apellido', '"x"']]);
  assert.deepEqual(runCheck(fieldUnknown, 'GET https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n\n' + foreign), []);
  assert.deepEqual(runCheck(fieldUnknown, 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/LeadHistory/\n\n' + foreign), []);
  assert.equal(runCheck(fieldUnknown, 'POST https://[insert_instance_name].my.salesforce.com/services/data/v60.0/sobjects/Lead\n\n' + foreign).length, 1);
});

test('does not throw on partial trees', () => {
  for (const t of ['', CREATE, CREATE + '{', CREATE + '{"apellido"', CREATE + '{"a": }', CREATE + '[1]', 'POST https://x/sobjects/Lead/\n\n{"" : 1}']) {
    assert.doesNotThrow(() => runCheck(fieldUnknown, t));
  }
});

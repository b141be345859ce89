import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordId } from './record-id';
import { runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';

const withId = (id: string, object = 'Lead'): string => template({ method: 'PATCH', url: `https://acme.my.salesforce.com/services/data/v60.0/sobjects/${object}/${id}` });

test('record-id: valid and Liquid ids raise nothing', () => {
  const texts = [
    ...validSamples(),
    withId('00Q5g00000AbCdE'),
    withId('00Q5g00000AbCdEEAV'),
    withId('{{${user_id}}}'),
    withId('00Q{{custom_attribute.${sf_suffix}}}'),
    withId('[insert_lead_id]'),
    withId('describe'),
    withId('Braze_Id__c/12345'),
    withId('0035g00000AbCdE', 'Contact'),
    'PATCH\n',
  ];
  for (const text of texts) assert.deepEqual(runCheck(recordId, text), [], text);
});

test('record-id: a wrong length, characters, checksum or object', () => {
  const cases: [string, string][] = [
    ['00Q5g00000AbCd', 'Record id "00Q5g00000AbCd": A record id has 15 or 18 characters, not 14. Write the Lead\'s id, or the Liquid that gives it ({{${user_id}}} when the Braze external_id is it)'],
    ['00Q5g00000AbC-E', 'Record id "00Q5g00000AbC-E": A record id holds only letters and digits. Write the Lead\'s id, or the Liquid that gives it ({{${user_id}}} when the Braze external_id is it)'],
    ['00Q5g00000AbCdEXXX', 'Record id "00Q5g00000AbCdEXXX": The last three characters should be EAV for this id. Write the Lead\'s id, or the Liquid that gives it ({{${user_id}}} when the Braze external_id is it)'],
    ['0035g00000AbCdE', 'Record id "0035g00000AbCdE" (a Contact id): This id starts with 003; Lead ids start with 00Q. Write the Lead\'s id, or the Liquid that gives it ({{${user_id}}} when the Braze external_id is it)'],
    ['jane@example.com', 'Record id "jane@example.com": A record id holds only letters and digits. Write the Lead\'s id, or the Liquid that gives it ({{${user_id}}} when the Braze external_id is it)'],
  ];
  for (const [id, message] of cases) {
    assert.deepEqual(runCheck(recordId, withId(id)).map((f) => [f.slice, f.message]), [[id, message]], id);
  }
});

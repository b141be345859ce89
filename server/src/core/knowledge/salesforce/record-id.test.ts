import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRecordId, recordIdChecksum } from './record-id';

test('checksum matches Salesforce\'s documented example', () => {
  assert.equal(recordIdChecksum('001D000000IqhSL'), 'IAZ');
});

test('valid Lead ids, 15 and 18 characters', () => {
  assert.deepEqual(checkRecordId('00Q5g00000AbCdE'), { ok: true, prefix: '00Q', id18: '00Q5g00000AbCdEEAV' });
  assert.deepEqual(checkRecordId('00Q5g00000AbCdEEAV'), { ok: true, prefix: '00Q', id18: '00Q5g00000AbCdEEAV' });
  assert.equal(checkRecordId('00Q5g00000AbCdEeav').ok, true, 'the suffix is case-insensitive');
});

test('problems: length, characters, checksum, prefix, empty', () => {
  assert.equal(checkRecordId('00Q5g00000AbCd').problem, 'length');
  assert.equal(checkRecordId('{{${user_id}}}').problem, 'characters');
  assert.equal(checkRecordId('00Q5g00000AbCdEAAA').problem, 'checksum');
  const lead = { name: 'Lead', keyPrefix: '00Q' };
  const contact = checkRecordId('0035g00000AbCdE', lead);
  assert.equal(contact.problem, 'prefix');
  assert.equal(contact.prefix, '003');
  assert.equal(contact.message, 'This id starts with 003; Lead ids start with 00Q.');
  assert.equal(checkRecordId('').problem, 'empty');
  assert.equal(checkRecordId('0035g00000AbCdE').ok, true, 'of any object');
  assert.equal(checkRecordId('0055g00000AbCdE', { name: 'User', keyPrefix: '005' }).ok, true);
});

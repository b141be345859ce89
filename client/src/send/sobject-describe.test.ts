import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RenderedRequest } from '../../../server/src/send';
import { checkDescribeAnswer, describeFile, describeUrl, orgApiFor, readSObjectList, sobjectsUrl } from './sobject-describe';

const rendered = (url: string, authorization?: string): RenderedRequest => ({
  ok: true,
  method: 'POST',
  url,
  renderedUrl: url,
  headers: authorization === undefined ? [] : [{ name: 'Authorization', value: authorization }],
  calls: [],
  secrets: [],
  notes: [],
});

const field = (name: string, custom = false) => ({ name, label: name, type: 'string', nillable: true, createable: true, updateable: true, custom });

test('the list and the describe go to the template\'s org and API version, with its token', () => {
  const api = orgApiFor(rendered('http://127.0.0.1:4000/services/data/v60.0/sobjects/Lead/', 'Bearer abc.def'));
  assert.ok(!('problem' in api));
  assert.equal(api.authorization, 'Bearer abc.def');
  assert.equal(sobjectsUrl(api), 'http://127.0.0.1:4000/services/data/v60.0/sobjects');
  assert.equal(describeUrl(api, 'Subscription__c'), 'http://127.0.0.1:4000/services/data/v60.0/sobjects/Subscription__c/describe');
  // An override with a path keeps it before /services.
  const under = orgApiFor(rendered('http://127.0.0.1:4000/org1/services/data/v59.0/sobjects/Contact/', 'Bearer x'));
  assert.ok(!('problem' in under) && sobjectsUrl(under) === 'http://127.0.0.1:4000/org1/services/data/v59.0/sobjects');
  const noToken = orgApiFor(rendered('https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', 'Bearer '));
  assert.ok('problem' in noToken && /no token/.test(noToken.problem));
});

test('the object list is checked with zod; names that are not API names are refused', () => {
  const list = readSObjectList(JSON.stringify({ encoding: 'UTF-8', sobjects: [{ name: 'Lead', label: 'Lead' }, { name: 'Account', label: 'Account', custom: false }, { name: 'Subscription__c', label: 'Subscription', custom: true }] }));
  assert.ok(list.ok);
  assert.deepEqual(list.objects.map((o) => [o.name, o.custom]), [['Account', false], ['Lead', false], ['Subscription__c', true]]);
  assert.equal(readSObjectList('nope').ok, false);
  assert.equal(readSObjectList('[{"errorCode":"INVALID_SESSION_ID"}]').ok, false);
  assert.equal(readSObjectList(JSON.stringify({ sobjects: [{ name: '../../etc/passwd' }] })).ok, false, 'a name becomes a file name');
});

test('the describe is checked with the core\'s schema before it is saved', () => {
  assert.equal(checkDescribeAnswer('nope', 'Lead').ok, false);
  assert.equal(checkDescribeAnswer('[{"errorCode":"NOT_FOUND"}]', 'Lead').ok, false);
  assert.match((checkDescribeAnswer(JSON.stringify({ name: 'Lead', fields: [{ name: 'Id' }] }), 'Lead') as { problem: string }).problem, /not a describe of Lead \(fields\.0\.label/);
  assert.match((checkDescribeAnswer(JSON.stringify({ name: 'Account', fields: [field('Id')] }), 'Lead') as { problem: string }).problem, /describes Account, not Lead/);
  const ok = checkDescribeAnswer(JSON.stringify({ name: 'Lead', fields: [field('Id'), field('Lead_Stage__c', true)] }), 'Lead');
  assert.ok(ok.ok);
  assert.equal(ok.fieldCount, 2);
  assert.equal(ok.customFieldCount, 1);
  assert.match(ok.text, /\n {2}"name": "Lead"/);
});

test('each object\'s describe has its own file under .salesforce/', () => {
  assert.equal(describeFile('Account'), '.salesforce/Account.describe.json');
  assert.equal(describeFile('ns__Thing__c'), '.salesforce/ns__Thing__c.describe.json');
  assert.throws(() => describeFile('../Lead'));
});

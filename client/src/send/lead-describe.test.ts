import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RenderedRequest } from '../../../server/src/send';
import { checkDescribeAnswer, describeRequestFor } from './lead-describe';

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

test('the describe goes to the template\'s org and API version, with its token', () => {
  const r = describeRequestFor(rendered('http://127.0.0.1:4000/services/data/v60.0/sobjects/Lead/', 'Bearer abc.def'));
  assert.deepEqual(r, { url: 'http://127.0.0.1:4000/services/data/v60.0/sobjects/Lead/describe', version: '60.0', authorization: 'Bearer abc.def' });
  const noToken = describeRequestFor(rendered('https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', 'Bearer '));
  assert.ok('problem' in noToken && /no token/.test(noToken.problem));
});

test('the answer is checked before it is saved', () => {
  assert.equal(checkDescribeAnswer('nope').ok, false);
  assert.equal(checkDescribeAnswer('[{"errorCode":"NOT_FOUND"}]').ok, false);
  assert.equal(checkDescribeAnswer('{"name":"Account","fields":[{"name":"Id"}]}').ok, false);
  const ok = checkDescribeAnswer('{"name":"Lead","fields":[{"name":"Id"},{"name":"Lead_Stage__c","custom":true}]}');
  assert.ok(ok.ok);
  assert.equal(ok.fieldCount, 2);
  assert.equal(ok.customFieldCount, 1);
  assert.match(ok.text, /\n {2}"name": "Lead"/);
});

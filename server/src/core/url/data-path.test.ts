import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dataPathOfUrl, describePath, readDataPath, recordOperation } from './data-path';

const segs = (path: string) => path.split('/').slice(1).map((text) => ({ text, liquid: text.includes('{{') }));
const texts = (dp: ReturnType<typeof readDataPath>) => dp && { version: dp.version?.text, sobjects: dp.sobjects?.text, resource: dp.resource?.text, object: dp.object?.text, id: dp.id?.text, externalIdField: dp.externalIdField?.text };

test('the data path: version, sobjects, object, record id or external id', () => {
  assert.deepEqual(texts(readDataPath(segs('/services/data/v60.0/sobjects/Lead/'))), { version: 'v60.0', sobjects: 'sobjects', resource: undefined, object: 'Lead', id: undefined, externalIdField: undefined });
  assert.deepEqual(texts(readDataPath(segs('/services/data/v60.0/sobjects/Lead/{{${user_id}}}')))?.id, '{{${user_id}}}');
  assert.deepEqual(texts(readDataPath(segs('/services/data/v60.0/sobjects/Lead/Ext_Id__c/42'))), { version: 'v60.0', sobjects: 'sobjects', resource: undefined, object: 'Lead', id: '42', externalIdField: 'Ext_Id__c' });
  assert.equal(texts(readDataPath(segs('/services/data/v60.0/query')))?.resource, 'query');
  assert.equal(texts(readDataPath(segs('/services/data/v60.0/sobject/Lead')))?.sobjects, 'sobject', 'a near miss of sobjects is read as it');
  assert.equal(readDataPath(segs('/services/oauth2/token')), undefined);
});

test('a rendered URL: the data path after any base path, for the describe call', () => {
  const { dataPath, base } = dataPathOfUrl(new URL('http://127.0.0.1:8080/org/services/data/v61.0/sobjects/Lead/'));
  assert.equal(base, '/org');
  assert.equal(dataPath?.version?.text, 'v61.0');
  assert.equal(dataPathOfUrl(new URL('https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/')).base, '');
  assert.equal(dataPathOfUrl(new URL('https://example.com/hook')).dataPath, undefined);
  assert.equal(describePath('v60.0', 'Lead'), '/services/data/v60.0/sobjects/Lead/describe');
});

const read = (path: string) => readDataPath(segs(path))!;
const parts = (path: string) => {
  const dp = read(path);
  return { composite: dp.composite?.text, collection: dp.collection?.text, object: dp.object?.text, externalIdField: dp.externalIdField?.text, id: dp.id?.text, rest: dp.rest.map((s) => s.text) };
};

test('upserts by any field, POST to Id, and what stays a record id', () => {
  assert.deepEqual(parts('/services/data/v60.0/sobjects/Lead/Email/jane@example.com'), { composite: undefined, collection: undefined, object: 'Lead', externalIdField: 'Email', id: 'jane@example.com', rest: [] });
  assert.deepEqual(parts('/services/data/v60.0/sobjects/Account/Id'), { composite: undefined, collection: undefined, object: 'Account', externalIdField: 'Id', id: undefined, rest: [] });
  assert.deepEqual(parts('/services/data/v60.0/sobjects/Lead/00Q5g00000AbCdE/Status'), { composite: undefined, collection: undefined, object: 'Lead', externalIdField: undefined, id: '00Q5g00000AbCdE', rest: ['Status'] });
  assert.deepEqual(parts('/services/data/v60.0/sobjects/Lead/{{${user_id}}}/Status').id, '{{${user_id}}}');
  assert.deepEqual(parts('/services/data/v60.0/sobjects/Lead/describe/layouts').id, 'describe');
  assert.equal(parts('/services/data/v60.0/sobjects/Subscription__c/a0S5g00000AbCdEEAV/x').id, 'a0S5g00000AbCdEEAV', "a custom object's id is no field name");
});

test('sObject Collections and Composite', () => {
  assert.deepEqual(parts('/services/data/v60.0/composite/sobjects'), { composite: 'composite', collection: 'sobjects', object: undefined, externalIdField: undefined, id: undefined, rest: [] });
  assert.deepEqual(parts('/services/data/v60.0/composite/sobjects/Lead/Ext_Id__c/'), { composite: 'composite', collection: 'sobjects', object: 'Lead', externalIdField: 'Ext_Id__c', id: undefined, rest: [] });
  assert.deepEqual(parts('/services/data/v60.0/composite'), { composite: 'composite', collection: undefined, object: undefined, externalIdField: undefined, id: undefined, rest: [] });
  assert.deepEqual(parts('/services/data/v60.0/composite/batch').rest, ['batch']);
  assert.equal(read('/services/data/v60.0/composite').resource, undefined, 'not another resource');
});

test('recordOperation: the URL and the method decide what a request does to records', () => {
  const op = (method: string, path: string) => recordOperation(method, read(path.split('?')[0]!), path.split('?')[1]);
  assert.equal(op('POST', '/services/data/v60.0/sobjects/Contact/'), 'create');
  assert.equal(op('PATCH', '/services/data/v60.0/sobjects/Contact/0035g00000AbCdE'), 'update');
  assert.equal(op('PATCH', '/services/data/v60.0/sobjects/Lead/Braze_Id__c/u-1'), 'upsert');
  assert.equal(op('PATCH', '/services/data/v60.0/sobjects/Lead/Braze_Id__c/u-1?updateOnly=true'), 'update', 'it never creates');
  assert.equal(op('POST', '/services/data/v60.0/sobjects/Account/Id'), 'create');
  assert.equal(op('POST', '/services/data/v60.0/composite/sobjects'), 'create');
  assert.equal(op('PATCH', '/services/data/v60.0/composite/sobjects'), 'update');
  assert.equal(op('PATCH', '/services/data/v60.0/composite/sobjects/Lead/Ext_Id__c'), 'upsert');
  assert.equal(op('POST', '/services/data/v60.0/composite'), undefined, 'subrequests say their own');
  assert.equal(op('GET', '/services/data/v60.0/sobjects/Lead/00Q5g00000AbCdE'), undefined);
  assert.equal(op('PATCH', '/services/data/v60.0/sobjects/Lead/describe'), undefined);
  assert.equal(op('POST', '/services/data/v60.0/query'), undefined);
});

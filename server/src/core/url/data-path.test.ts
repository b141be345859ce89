import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dataPathOfUrl, describePath, readDataPath } from './data-path';

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

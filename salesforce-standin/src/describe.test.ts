import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinObjects } from '../../server/src/core';
import { findField, isRequiredOnCreate } from './object-schema';
import { OBJECTS } from './objects';
import { api, firstError, getToken, sobjectPath, V, withStandin } from '../../test/support/standin-test-support';

const SERVED = ['Lead', 'Contact', 'Account', 'Opportunity', 'Case', 'Task', 'CampaignMember', 'Campaign', 'Subscription__c'];
const PREFIXES: Record<string, string> = {
  Lead: '00Q',
  Contact: '003',
  Account: '001',
  Opportunity: '006',
  Case: '500',
  Task: '00T',
  CampaignMember: '00v',
  Campaign: '701',
  Subscription__c: 'a0S',
};
const FIELD_KEYS = [
  'name', 'label', 'type', 'soapType', 'length', 'nillable', 'createable', 'updateable', 'defaultedOnCreate',
  'externalId', 'unique', 'custom', 'idLookup', 'picklistValues', 'restrictedPicklist', 'referenceTo', 'relationshipName',
];

type Field = Record<string, unknown> & { name: string };

test('describe → 200 for every served object: name, label, keyPrefix, urls, fields with the describe keys', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    assert.deepEqual(OBJECTS.map((o) => o.name), SERVED);
    for (const name of SERVED) {
      const a = await api(token, 'GET', sobjectPath(s, name, 'describe'));
      assert.equal(a.status, 200, name);
      const d = a.json as { name: string; label: string; keyPrefix: string; custom: boolean; urls: Record<string, string>; fields: Field[] };
      assert.equal(d.name, name);
      assert.equal(d.keyPrefix, PREFIXES[name], name);
      assert.equal(d.custom, name.endsWith('__c'));
      assert.deepEqual(d.urls, {
        sobject: `/services/data/${V}/sobjects/${name}`,
        describe: `/services/data/${V}/sobjects/${name}/describe`,
        rowTemplate: `/services/data/${V}/sobjects/${name}/{ID}`,
      });
      for (const f of d.fields) for (const k of FIELD_KEYS) assert.ok(k in f, `${name}.${f.name} has ${k}`);
      const id = d.fields.find((f) => f.name === 'Id');
      assert.equal(id?.type, 'id', name);
      assert.equal(id?.createable, false);
      // The object name in the URL is matched without regard to case.
      assert.equal((await api(token, 'GET', sobjectPath(s, name.toLowerCase(), 'describe'))).status, 200);
    }
  }));

test('describe: the knowledge data for Contact..CampaignMember, without the features this org lacks', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const fields = async (name: string) => new Map(((await api(token, 'GET', sobjectPath(s, name, 'describe'))).json as { fields: Field[] }).fields.map((f) => [f.name, f]));
    const contact = await fields('Contact');
    assert.deepEqual([contact.get('LastName')?.length, contact.get('LastName')?.nillable, contact.get('Email')?.type], [80, false, 'email']);
    assert.equal(contact.get('Email')?.idLookup, true);
    assert.equal(contact.get('MailingCity')?.compoundFieldName, 'MailingAddress');
    assert.equal(contact.get('Name')?.calculated, true);
    assert.equal(contact.get('AccountId')?.relationshipName, 'Account');
    assert.deepEqual(contact.get('AccountId')?.referenceTo, ['Account']);
    for (const absent of ['RecordTypeId', 'CurrencyIsoCode', 'MailingStateCode', 'Pronouns', 'GenderIdentity']) assert.equal(contact.has(absent), false, absent);

    const opportunity = await fields('Opportunity');
    assert.equal(opportunity.get('Probability')?.type, 'percent');
    assert.ok((opportunity.get('StageName')?.picklistValues as { value: string }[]).some((p) => p.value === 'Closed Won'));

    const caseFields = await fields('Case');
    assert.equal(caseFields.get('CaseNumber')?.autoNumber, true);
    assert.deepEqual(
      (caseFields.get('Status')?.picklistValues as { value: string; defaultValue: boolean }[]).filter((p) => p.defaultValue).map((p) => p.value),
      ['New'],
    );
    const task = await fields('Task');
    assert.equal(task.get('Subject')?.type, 'combobox');
    assert.deepEqual(task.get('WhoId')?.referenceTo, ['Contact', 'Lead']);
    const member = await fields('CampaignMember');
    assert.deepEqual([member.get('CampaignId')?.createable, member.get('CampaignId')?.updateable], [true, false]);
  }));

test('describe: custom object Subscription__c and the external ids on Lead', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const sub = (await api(token, 'GET', sobjectPath(s, 'Subscription__c', 'describe'))).json as { label: string; labelPlural: string; fields: Field[] };
    assert.deepEqual([sub.label, sub.labelPlural], ['Subscription', 'Subscriptions']);
    const key = sub.fields.find((f) => f.name === 'Subscription_Key__c');
    assert.deepEqual([key?.externalId, key?.unique, key?.idLookup, key?.custom], [true, true, true, true]);
    assert.equal(sub.fields.find((f) => f.name === 'Lead__c')?.relationshipName, 'Lead__r');
    const lead = ((await api(token, 'GET', sobjectPath(s, 'Lead', 'describe'))).json as { fields: Field[] }).fields;
    const ext = lead.find((f) => f.name === 'Ext_Id__c');
    assert.deepEqual([ext?.externalId, ext?.unique], [true, true]);
    const braze = lead.find((f) => f.name === 'Braze_Id__c');
    assert.deepEqual([braze?.externalId, braze?.unique], [true, false]);
  }));

test('the required-on-create rule agrees with the knowledge on every built-in object', () => {
  for (const o of builtinObjects) {
    const def = OBJECTS.find((d) => d.name === o.name);
    assert.ok(def, o.name);
    for (const f of o.fields) {
      const served = findField(def, f.name);
      if (served) assert.equal(isRequiredOnCreate(served), f.requiredOnCreate, `${o.name}.${f.name}`);
    }
  }
});

test('global describe GET /sobjects → {encoding, maxBatchSize, sobjects[]} with urls per object', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'GET', `${s.url}/services/data/${V}/sobjects`);
    assert.equal(a.status, 200);
    const g = a.json as { encoding: string; maxBatchSize: number; sobjects: Record<string, unknown>[] };
    assert.equal(g.encoding, 'UTF-8');
    assert.equal(g.maxBatchSize, 200);
    assert.deepEqual(g.sobjects.map((o) => o.name), SERVED);
    const account = g.sobjects.find((o) => o.name === 'Account');
    assert.deepEqual(
      { name: account?.name, label: account?.label, keyPrefix: account?.keyPrefix, createable: account?.createable, updateable: account?.updateable, custom: account?.custom },
      { name: 'Account', label: 'Account', keyPrefix: '001', createable: true, updateable: true, custom: false },
    );
    assert.deepEqual(account?.urls, {
      sobject: `/services/data/${V}/sobjects/Account`,
      describe: `/services/data/${V}/sobjects/Account/describe`,
      rowTemplate: `/services/data/${V}/sobjects/Account/{ID}`,
    });
    assert.equal(g.sobjects.find((o) => o.name === 'Subscription__c')?.custom, true);
    assert.equal((await api(token, 'POST', `${s.url}/services/data/${V}/sobjects`, {})).status, 405);
  }));

test('basic information GET /sobjects/<Object>/ lists recent records; unknown objects 404', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const a = await api(token, 'GET', sobjectPath(s, 'Campaign'));
    assert.equal(a.status, 200);
    const info = a.json as { objectDescribe: { name: string }; recentItems: { Name: string }[] };
    assert.equal(info.objectDescribe.name, 'Campaign');
    assert.deepEqual(info.recentItems.map((r) => r.Name), ['Braze Webhooks Demo']);
    const unknown = await api(token, 'GET', sobjectPath(s, 'Foo__c', 'describe'));
    assert.equal(unknown.status, 404);
    assert.equal(firstError(unknown).errorCode, 'NOT_FOUND');
  }));

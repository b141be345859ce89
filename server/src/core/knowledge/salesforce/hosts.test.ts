import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMyDomainName, classifyHost, isValidMyDomainName } from './hosts';

test('production My Domain', () => {
  assert.deepEqual(classifyHost('acme.my.salesforce.com'), { kind: 'production', myDomain: 'acme', validName: true, api: true });
  assert.equal(classifyHost('ACME.My.Salesforce.com').kind, 'production');
  assert.equal(classifyHost('acme.my.salesforce.com:443').myDomain, 'acme');
});

test('sandbox, developer, scratch and other partitions', () => {
  assert.deepEqual(classifyHost('acme--uat.sandbox.my.salesforce.com'), {
    kind: 'sandbox',
    myDomain: 'acme',
    sandboxName: 'uat',
    partition: 'sandbox',
    validName: true,
    api: true,
  });
  assert.deepEqual(classifyHost('acme-dev-ed.develop.my.salesforce.com'), {
    kind: 'developer',
    myDomain: 'acme-dev-ed',
    partition: 'develop',
    validName: true,
    api: true,
  });
  assert.equal(classifyHost('acme.scratch.my.salesforce.com').kind, 'scratch');
  for (const p of ['patch', 'demo', 'trailblaze', 'free']) {
    const c = classifyHost(`acme.${p}.my.salesforce.com`);
    assert.equal(c.kind, 'other-partition', p);
    assert.equal(c.partition, p);
    assert.equal(c.myDomain, 'acme');
  }
  assert.equal(classifyHost('acme.sandbox.my.salesforce.com').validName, false);
});

test('login hosts, UI hosts, instance hosts, other hosts', () => {
  assert.deepEqual(classifyHost('login.salesforce.com'), { kind: 'login', api: false });
  assert.equal(classifyHost('test.salesforce.com').kind, 'login');
  assert.deepEqual(classifyHost('acme.lightning.force.com'), { kind: 'ui-host', myDomain: 'acme', api: false });
  assert.equal(classifyHost('acme.my.salesforce-setup.com').kind, 'ui-host');
  assert.equal(classifyHost('acme.my.site.com').kind, 'ui-host');
  assert.equal(classifyHost('na123.salesforce.com').kind, 'instance');
  assert.equal(classifyHost('example.com').kind, 'not-salesforce');
  assert.equal(classifyHost('my.salesforce.com.evil.example').kind, 'not-salesforce');
});

test('the recipe placeholder is a production host with an invalid name', () => {
  const c = classifyHost('[insert_instance_name].my.salesforce.com');
  assert.equal(c.kind, 'production');
  assert.equal(c.myDomain, '[insert_instance_name]');
  assert.equal(c.validName, false);
});

test('My Domain names', () => {
  for (const ok of ['acme', 'acme-corp', 'a', 'acme2024', 'x'.repeat(40), 'Acme']) assert.ok(isValidMyDomainName(ok), ok);
  for (const bad of ['', '-acme', 'acme-', 'ac me', 'acme_corp', 'acme.corp', 'x'.repeat(41), 'acme--uat', 'rootco', 'status-page', '[insert_instance_name]']) {
    assert.ok(!isValidMyDomainName(bad), bad);
  }
  assert.equal(checkMyDomainName('acme_corp').problem, 'characters');
  assert.deepEqual(['', 'a'.repeat(41), '-acme', 'acme--x', 'rootacme'].map((n) => checkMyDomainName(n).problem), ['empty', 'too-long', 'hyphen-ends', 'double-hyphen', 'reserved-prefix']);
});

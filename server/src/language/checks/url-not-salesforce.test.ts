import { test } from 'node:test';
import assert from 'node:assert/strict';
import { urlNotSalesforce } from './url-not-salesforce';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';

const at = (host: string, scheme = 'https'): string => template({ url: `${scheme}://${host}/services/data/v60.0/sobjects/Lead/` });

test('url-not-salesforce: My Domain hosts, placeholders, Liquid and loopback raise nothing', () => {
  const texts = [
    ...validSamples(),
    at('acme.my.salesforce.com'),
    at('ACME.My.Salesforce.com'),
    at('acme--uat.sandbox.my.salesforce.com'),
    at('acme-dev-ed.develop.my.salesforce.com'),
    at('acme.scratch.my.salesforce.com'),
    at('acme.trailblaze.my.salesforce.com'),
    at('[insert_instance_name]--uat.sandbox.my.salesforce.com'),
    at('{{custom_attribute.${sf_host}}}'),
    at('127.0.0.1:4010', 'http'),
    at('localhost', 'http'),
    'PATCH\n',
    '',
  ];
  for (const text of texts) assert.deepEqual(runCheck(urlNotSalesforce, text), [], text);
});

test('url-not-salesforce: a Lightning host, fix to the My Domain host', () => {
  const text = at('acme--uat.sandbox.lightning.force.com');
  const [f, ...more] = runCheck(urlNotSalesforce, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'acme--uat.sandbox.lightning.force.com');
  assert.equal(f.message, 'Host "acme--uat.sandbox.lightning.force.com" is a user-interface host, not the API host: use "acme--uat.sandbox.my.salesforce.com"');
  assert.equal(applyFix(text, f.fixes![0]), at('acme--uat.sandbox.my.salesforce.com'));
  const setup = at('acme.my.salesforce-setup.com');
  const [g] = runCheck(urlNotSalesforce, setup);
  assert.equal(g.message, 'Host "acme.my.salesforce-setup.com" is a user-interface host, not the API host: use "acme.my.salesforce.com"');
  assert.equal(applyFix(setup, g.fixes![0]), at('acme.my.salesforce.com'));
  const ph = at('[insert_instance_name].lightning.force.com');
  const [h] = runCheck(urlNotSalesforce, ph);
  assert.equal(applyFix(ph, h.fixes![0]), at('[insert_instance_name].my.salesforce.com'));
});

test('url-not-salesforce: instance, login and foreign hosts', () => {
  const cases: [string, string][] = [
    ['na123.salesforce.com', 'Host "na123.salesforce.com" is an instance host, which Salesforce no longer redirects: use your My Domain host (NAME.my.salesforce.com)'],
    ['login.salesforce.com', 'Host "login.salesforce.com" is a login host, not your org\'s API host: use your My Domain host (NAME.my.salesforce.com)'],
    ['api.example.com', 'Host "api.example.com" is not a Salesforce My Domain host: Salesforce\'s API answers on NAME.my.salesforce.com (or NAME--SANDBOX.sandbox.my.salesforce.com...)'],
    ['acme.sandbox.my.salesforce.com', 'Host "acme.sandbox.my.salesforce.com" is a sandbox host without a sandbox name: write NAME--SANDBOX.sandbox.my.salesforce.com'],
    ['rootco.my.salesforce.com', 'Host "rootco.my.salesforce.com" has a My Domain name that may not start with "root" or "status": check your org\'s My Domain in Setup > My Domain'],
  ];
  for (const [host, message] of cases) {
    const found = runCheck(urlNotSalesforce, at(host));
    assert.deepEqual(found.map((f) => [f.slice, f.message, f.fixes]), [[host, message, undefined]], host);
  }
});

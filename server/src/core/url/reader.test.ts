import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostDecidingText, readUrl } from './reader';

test('the host a request reaches, as fetch reads the URL: "\\" is "/", so the host after "@" is not it', () => {
  const r = readUrl('https://collector.example\\@acme.my.salesforce.com/services/oauth2/token');
  assert.equal(r?.host, 'collector.example');
  assert.match(r?.hidden ?? '', /reads as going to acme\.my\.salesforce\.com, but a request goes to collector\.example \("\\" counts as "\/"\)/);
});

test('a user name or password is hidden-host material: refused, the real host named', () => {
  assert.match(readUrl('https://u:pw@acme.my.salesforce.com/x')?.hidden ?? '', /user name or password before "@" \(the request would go to acme\.my\.salesforce\.com\)/);
  assert.ok(!readUrl('https://u:pw@acme.my.salesforce.com/x')?.hidden?.includes('pw'), 'the password is not quoted');
  assert.match(readUrl('https:acme.my.salesforce.com/x')?.hidden ?? '', /does not spell its host/);
});

test('letter case, a trailing dot, percent-escapes, IDN and IPv6 spellings are one host, not a disagreement', () => {
  const same: [string, string][] = [
    ['https://ACME.My.Salesforce.com./x', 'acme.my.salesforce.com'],
    ['https://acme%2emy.salesforce.com/x', 'acme.my.salesforce.com'],
    ['https://аcme.my.salesforce.com/x', 'xn--cme-5cd.my.salesforce.com'],
    ['http://[0:0:0:0:0:0:0:1]:5/x', '[::1]'],
    ['https://acme.my.salesforce.com:443/x', 'acme.my.salesforce.com'],
  ];
  for (const [url, host] of same) {
    const r = readUrl(url);
    assert.equal(r?.host, host, url);
    assert.equal(r?.hidden, undefined, url);
  }
  assert.equal(readUrl('http://127.0.0.1:8787/x')?.authority, '127.0.0.1:8787');
  assert.equal(readUrl('not a url'), undefined);
});

test('the host of a URL written with Liquid is known when the Liquid comes after the host', () => {
  assert.equal(hostDecidingText('https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/{{${user_id}}}'), 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/');
  assert.equal(hostDecidingText('https://acme.my.salesforce.com?x={% if a %}1{% endif %}'), 'https://acme.my.salesforce.com?x=');
  assert.equal(hostDecidingText('https://collector.example\\{{x}}@acme.my.salesforce.com/'), 'https://collector.example\\', 'fetch reads "\\" as "/": the host ended there');
  assert.equal(hostDecidingText('https://{{custom_attribute.${org}}}.my.salesforce.com/x'), undefined);
  assert.equal(hostDecidingText('https://acme.my.salesforce.com{{x}}/y'), undefined);
  assert.equal(hostDecidingText('https://user{{x}}@acme.my.salesforce.com/'), undefined);
  assert.equal(hostDecidingText('https://acme.my.salesforce.com/x'), 'https://acme.my.salesforce.com/x');
});

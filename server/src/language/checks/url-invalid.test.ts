import { test } from 'node:test';
import assert from 'node:assert/strict';
import { urlInvalid } from './url-invalid';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';

test('url-invalid: valid URLs raise nothing (examples, placeholders, Liquid, loopback)', () => {
  const texts = [
    ...validSamples(),
    template({ url: 'https://acme.my.salesforce.com:443/services/data/v60.0/sobjects/Lead/' }),
    template({ url: 'http://127.0.0.1:4010/services/data/v60.0/sobjects/Lead/' }),
    template({ url: 'http://localhost/services/data/v60.0/sobjects/Lead/' }),
    template({ url: 'https://{{custom_attribute.${sf_host}}}/services/data/v60.0/sobjects/Lead/' }),
    template({ url: '{{custom_attribute.${sf_base}}}/services/data/v60.0/sobjects/Lead/' }),
    'POST\n',
    'Content-Type: application/json\n',
    '',
  ];
  for (const text of texts) assert.deepEqual(runCheck(urlInvalid, text), [], text);
});

test('url-invalid: a URL without scheme, fix adds https://', () => {
  const text = template({ url: 'acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/' });
  const [f, ...more] = runCheck(urlInvalid, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/');
  assert.equal(f.message, 'URL "acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/" is not absolute: write it as https://<your My Domain host>/services/data/...');
  assert.equal(applyFix(text, f.fixes![0]), template({ url: 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/' }));
  const path = runCheck(urlInvalid, template({ url: '/services/data/v60.0/sobjects/Lead/' }));
  assert.deepEqual(path.map((x) => [x.slice, x.fixes]), [['/services/data/v60.0/sobjects/Lead/', undefined]]);
});

test('url-invalid: http:// on a real host is an error, fix to https', () => {
  const text = template({ url: 'http://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/' });
  const [f, ...more] = runCheck(urlInvalid, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'http');
  assert.equal(f.message, 'URL "http://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/" uses http://: Salesforce serves its API over https only; write https://');
  assert.equal(applyFix(text, f.fixes![0]), template());
  // The send engine's rule: `*.localhost` is not this machine (DNS decides), so http there is refused at send time too.
  assert.deepEqual(runCheck(urlInvalid, template({ url: 'http://api.localhost/services/data/v60.0/sobjects/Lead/' })).map((x) => x.slice), ['http']);
  const ftp = runCheck(urlInvalid, template({ url: 'ftp://acme.my.salesforce.com/x' }));
  assert.deepEqual(ftp.map((x) => [x.slice, x.message]), [['ftp', 'URL scheme "ftp" cannot be called by Braze: write https://']]);
});

test('url-invalid: invalid or missing hosts', () => {
  const bad = runCheck(urlInvalid, template({ url: 'https://acme..my.salesforce.com/services/data/v60.0/sobjects/Lead/' }));
  assert.deepEqual(bad.map((x) => [x.slice, x.message]), [['acme..my.salesforce.com', 'Host "acme..my.salesforce.com" is not a valid host name: it has an empty label (two dots in a row, or a leading dot)']]);
  const under = runCheck(urlInvalid, template({ url: 'https://ac_me.my.salesforce.com/' }));
  assert.deepEqual(under.map((x) => [x.slice, x.message]), [['ac_me.my.salesforce.com', 'Host "ac_me.my.salesforce.com" is not a valid host name: it holds "_", which a host name cannot hold']]);
  const none = runCheck(urlInvalid, template({ url: 'https:///services/data/v60.0/sobjects/Lead/' }));
  assert.deepEqual(none.map((x) => [x.slice, x.message]), [['https://', 'URL "https:///services/data/v60.0/sobjects/Lead/" has no host: write https://<your My Domain host>/...']]);
});

test('url-invalid: a port other than 443 or 80, fix removes it', () => {
  const text = template({ url: 'https://acme.my.salesforce.com:8443/services/data/v60.0/sobjects/Lead/' });
  const [f, ...more] = runCheck(urlInvalid, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, ':8443');
  assert.equal(f.message, 'Port "8443" in "https://acme.my.salesforce.com:8443/services/data/v60.0/sobjects/Lead/": Braze calls only ports 443 (https) and 80 (http); remove ":8443"');
  assert.equal(applyFix(text, f.fixes![0]), template());
});

test('url-invalid: blanks in the URL; a trailing HTTP version is removed', () => {
  const text = template({ url: 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/ HTTP/1.1' });
  const [f, ...more] = runCheck(urlInvalid, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, ' HTTP/1.1');
  assert.equal(f.message, '"HTTP/1.1" after the URL is not part of it: Braze takes the whole line after the method as the URL; remove it');
  assert.equal(applyFix(text, f.fixes![0]), template());
  const text2 = template({ url: 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/a b' });
  const [g] = runCheck(urlInvalid, text2);
  assert.equal(g.slice, ' ');
  assert.equal(g.message, 'The URL holds a blank before "b": a URL cannot hold blanks; remove it or write %20');
  assert.equal(applyFix(text2, g.fixes![0]), template({ url: 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/a%20b' }));
  assert.deepEqual(runCheck(urlInvalid, template({ url: 'https://acme.my.salesforce.com/x/{{ ${user_id} | url_escape }}' })), []);
});

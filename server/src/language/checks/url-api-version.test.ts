import { test } from 'node:test';
import assert from 'node:assert/strict';
import { urlApiVersion } from './url-api-version';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';

const withPath = (path: string): string => template({ url: `https://acme.my.salesforce.com${path}` });

test('url-api-version: supported versions, Liquid and other paths raise nothing', () => {
  const texts = [
    ...validSamples(),
    withPath('/services/data/v41.0/sobjects/Lead/'),
    withPath('/services/data/v67.0/sobjects/Lead/'),
    withPath('/services/data/{{custom_attribute.${api_version}}}/sobjects/Lead/'),
    withPath('/services/apexrest/leads'),
    'POST\n',
  ];
  for (const text of texts) assert.deepEqual(runCheck(urlApiVersion, text), [], text);
});

test('url-api-version: a malformed version, fix writes vNN.N', () => {
  for (const [written, fixed] of [['v60', 'v60.0'], ['60.0', 'v60.0'], ['V60.0', 'v60.0']]) {
    const text = withPath(`/services/data/${written}/sobjects/Lead/`);
    const found = runCheck(urlApiVersion, text);
    assert.deepEqual(found.map((f) => [f.slice, f.message, f.severity]), [[written, `API version "${written}" is malformed: write "${fixed}"`, undefined]]);
    assert.equal(applyFix(text, found[0].fixes![0]), withPath(`/services/data/${fixed}/sobjects/Lead/`));
  }
  const latest = withPath('/services/data/latest/sobjects/Lead/');
  const [l] = runCheck(urlApiVersion, latest);
  assert.deepEqual([l.slice, l.message], ['latest', '"latest" is not an API version: write it as vNN.N, e.g. v67.0']);
  assert.equal(applyFix(latest, l.fixes![0]), withPath('/services/data/v67.0/sobjects/Lead/'));
  const odd = withPath('/services/data/v60.5/sobjects/Lead/');
  const [f] = runCheck(urlApiVersion, odd);
  assert.equal(f.message, '"v60.5" is not an API version: write it as vNN.N, e.g. v67.0');
  assert.equal(applyFix(odd, f.fixes![0]), withPath('/services/data/v67.0/sobjects/Lead/'));
});

test('url-api-version: a missing version, fix adds the newest', () => {
  const text = withPath('/services/data/sobjects/Lead/');
  const found = runCheck(urlApiVersion, text);
  assert.deepEqual(found.map((f) => [f.slice, f.message]), [['services/data', 'No API version after "/services/data": write /services/data/v67.0/...']]);
  assert.equal(applyFix(text, found[0].fixes![0]), withPath('/services/data/v67.0/sobjects/Lead/'));
});

test('url-api-version: a retired version is an error, fix to the newest', () => {
  const text = withPath('/services/data/v30.0/sobjects/Lead/');
  const found = runCheck(urlApiVersion, text);
  assert.deepEqual(found.map((f) => [f.slice, f.message, f.severity]), [['v30.0', "API version \"v30.0\" (Spring '14) is retired since Summer '25: Salesforce answers 410 Gone; use v67.0", undefined]]);
  assert.equal(applyFix(text, found[0].fixes![0]), withPath('/services/data/v67.0/sobjects/Lead/'));
  const old = runCheck(urlApiVersion, withPath('/services/data/v12.0/sobjects/Lead/'));
  assert.equal(old[0].message, 'API version "v12.0" is retired: Salesforce answers 410 Gone; use v67.0');
  const both = runCheck(urlApiVersion, withPath('/services/data/v29/sobjects/Lead/'));
  assert.deepEqual(both.map((f) => f.message), ['API version "v29" is malformed: write "v29.0"', "API version \"v29\" (Winter '14) is retired since Summer '25: Salesforce answers 410 Gone; use v67.0"]);
});

test('url-api-version: deprecated, preview and unknown versions are warnings', () => {
  const cases: [string, string][] = [
    ['v35.0', "API version \"v35.0\" (Winter '16) is deprecated and retires in Summer '28: use v67.0"],
    ['v68.0', "API version \"v68.0\" (Winter '27) is a preview: orgs get it only with the release; use v67.0"],
    ['v99.0', 'API version "v99.0" is newer than the newest known (v67.0): Salesforce answers 404 for a version the org does not have; use v67.0'],
  ];
  for (const [version, message] of cases) {
    const text = withPath(`/services/data/${version}/sobjects/Lead/`);
    const found = runCheck(urlApiVersion, text);
    assert.deepEqual(found.map((f) => [f.slice, f.message, f.severity]), [[version, message, 'warning']]);
    assert.equal(applyFix(text, found[0].fixes![0]), withPath('/services/data/v67.0/sobjects/Lead/'));
  }
});

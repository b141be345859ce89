import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oauthHostMismatch } from './oauth-host-mismatch';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, TOKEN_CALL, validSamples } from '../../../../test/support/lead-samples';

const withTokenHost = (host: string, url?: string): string => template({ url, auth: TOKEN_CALL.replace('https://acme.my.salesforce.com/services/oauth2', `https://${host}/services/oauth2`) });

test('oauth-host-mismatch: same host (any case, placeholders, Liquid) raises nothing', () => {
  const texts = [
    ...validSamples(), template(),
    withTokenHost('ACME.my.salesforce.com'),
    withTokenHost('[insert_instance_name].my.salesforce.com', 'https://[insert_instance_name].my.salesforce.com/services/data/v60.0/sobjects/Lead/'),
    withTokenHost('{{custom_attribute.${h}}}'),
    withTokenHost('x.my.salesforce.com', 'https://{{custom_attribute.${h}}}/services/data/v60.0/sobjects/Lead/'),
    '',
  ];
  for (const text of texts) assert.deepEqual(runCheck(oauthHostMismatch, text), [], text);
});

test('oauth-host-mismatch: different hosts; fix uses the request host', () => {
  const text = withTokenHost('acme--uat.sandbox.my.salesforce.com');
  const found = runCheck(oauthHostMismatch, text);
  assert.deepEqual(found.map((f) => [f.slice, f.message]), [['acme--uat.sandbox.my.salesforce.com', 'Token host "acme--uat.sandbox.my.salesforce.com" differs from the request host "acme.my.salesforce.com": a token is good only for its own org; get it from "acme.my.salesforce.com"']]);
  assert.equal(applyFix(text, found[0].fixes![0]), template());
  // A placeholder on one side is left to the `placeholder` check.
  assert.deepEqual(runCheck(oauthHostMismatch, withTokenHost('[insert_instance_name].my.salesforce.com')), []);
});

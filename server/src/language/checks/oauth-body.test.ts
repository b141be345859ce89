import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oauthBody } from './oauth-body';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, TOKEN_CALL, validSamples } from '../../../../test/support/lead-samples';

const BODY = 'client_id=3MVG9SampleClientId&client_secret={{custom_attribute.${sf_secret}}}&grant_type=client_credentials';
const withBody = (body: string): string => template({ auth: TOKEN_CALL.replace(BODY, body) });

test('oauth-body: a complete body (or one in a variable) raises nothing', () => {
  const texts = [
    ...validSamples(), template(),
    withBody('grant_type=client_credentials&client_secret=s&client_id=c'),
    withBody('{{token_body}}'),
    template({ auth: TOKEN_CALL.replace(BODY, 'grant_type=client_credentials :auth_credentials sf_app') }),
    template({ auth: TOKEN_CALL.replace(BODY, 'grant_type=client_credentials :basic_auth sf_app') }),
    template({ auth: 'Bearer {{x}}' }),
    '',
  ];
  for (const text of texts) assert.deepEqual(runCheck(oauthBody, text), [], text);
});

test('oauth-body: a missing parameter; fix appends it', () => {
  const cases: [string, string, string][] = [
    ['client_secret=s&grant_type=client_credentials', 'client_id', 'client_id=[insert_client_id]'],
    ['client_id=c&grant_type=client_credentials', 'client_secret', 'client_secret=[insert_client_secret]'],
    ['client_id=c&client_secret=s', 'grant_type', 'grant_type=client_credentials'],
  ];
  for (const [body, key, added] of cases) {
    const text = withBody(body);
    const found = runCheck(oauthBody, text);
    assert.equal(found.length, 1, body);
    assert.equal(found[0].slice, body);
    assert.ok(found[0].message.startsWith(`The token :body "${body}" has no ${key}: add "${added}"`), found[0].message);
    assert.equal(applyFix(text, found[0].fixes![0]), withBody(`${body}&${added}`));
  }
});

test('oauth-body: an empty value and a wrong grant type', () => {
  const text = withBody('client_id=&client_secret=s&grant_type=password');
  const found = runCheck(oauthBody, text);
  assert.deepEqual(found.map((f) => [f.slice, f.message]), [
    ['client_id=', '"client_id" in the token :body has no value: write "client_id=[insert_client_id]" (the connected app\'s consumer key)'],
    ['password', '"grant_type=password" in the token :body: this flow needs "grant_type=client_credentials"'],
  ]);
  assert.equal(applyFix(text, found[0].fixes![0]), withBody('client_id=[insert_client_id]&client_secret=s&grant_type=password'));
  assert.equal(applyFix(text, found[1].fixes![0]), withBody('client_id=&client_secret=s&grant_type=client_credentials'));
});

test('oauth-body: no :body; fix adds the recipe body before :save', () => {
  const text = template({ auth: TOKEN_CALL.replace(`:body ${BODY} `, '') });
  const [f, ...more] = runCheck(oauthBody, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'connected_content');
  assert.equal(f.message, 'The token call has no :body: add ":body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials"');
  assert.equal(applyFix(text, f.fixes![0]), template({ auth: TOKEN_CALL.replace(`:body ${BODY} :cache_max_age 900 `, ':cache_max_age 900 :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials ') }));
});

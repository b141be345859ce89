import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MASK, SecretSet, maskSecretPatterns, maskText, secretPartOfHeader } from './mask';

test('known secrets are masked in any text, also URL-encoded, JSON-escaped and Base64', () => {
  const s = new SecretSet(['p@ss&word"x', 'ab']);
  const text = `raw p@ss&word"x, url ${encodeURIComponent('p@ss&word"x')}, json ${JSON.stringify('p@ss&word"x')}, b64 ${Buffer.from('p@ss&word"x').toString('base64')}, short ab`;
  const out = s.mask(text);
  assert.ok(!out.includes('p@ss'));
  assert.ok(!out.includes(Buffer.from('p@ss&word"x').toString('base64')));
  assert.ok(out.includes('short ab'), 'secrets shorter than 4 characters are not masked by value');
});

test('secret-looking patterns are masked whatever their value', () => {
  assert.equal(maskSecretPatterns('Authorization: Bearer 00D5g!AQ0.abc_def'), `Authorization: Bearer ${MASK}`);
  assert.equal(maskSecretPatterns('client_id=x&client_secret=abc123&grant_type=client_credentials'), `client_id=x&client_secret=${MASK}&grant_type=client_credentials`);
  assert.equal(maskSecretPatterns('{"access_token": "00D!xyz", "scope": "api"}'), `{"access_token": "${MASK}", "scope": "api"}`);
  assert.equal(maskText('Basic dTpw and tok-1234', ['tok-1234']), `Basic ${MASK} and ${MASK}`);
});

test('the secret part of a header', () => {
  assert.equal(secretPartOfHeader('Bearer abc'), 'abc');
  assert.equal(secretPartOfHeader('Bearer'), '');
  assert.equal(secretPartOfHeader('  Bearer  '), '');
  assert.equal(secretPartOfHeader('key-123'), 'key-123');
});

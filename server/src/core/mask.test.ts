import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MASK, SecretSet, maskHeaderValue, maskSecretPatterns, maskText, quoteSecretsShortly, secretPartOfHeader, secretPreview, secretsInJson } from './mask';

test('known secrets are masked in any text, also URL-encoded, JSON-escaped and Base64', () => {
  const s = new SecretSet(['p@ss&word"x', 'ab']);
  const text = `raw p@ss&word"x, url ${encodeURIComponent('p@ss&word"x')}, json ${JSON.stringify('p@ss&word"x')}, b64 ${Buffer.from('p@ss&word"x').toString('base64')}, short ab`;
  const out = s.mask(text);
  assert.ok(!out.includes('p@ss'));
  assert.ok(!out.includes(Buffer.from('p@ss&word"x').toString('base64')));
  assert.ok(out.includes('short ab'), 'secrets shorter than 4 characters are not masked by value');
});

test('a token the server JSON-escapes its own way (\\u005a, \\/), or quoted in JSON again, is masked too', () => {
  const token = '00DTOKEN!aZ/b+c';
  const s = new SecretSet([token]);
  const escaped = '00DTOKEN\\u0021a\\u005A\\/b+c';
  assert.equal(JSON.parse(`"${escaped}"`), token);
  for (const form of [escaped, JSON.stringify(escaped).slice(1, -1), encodeURIComponent(token), encodeURIComponent(token).replace(/%2F/g, '%2f'), Buffer.from(token).toString('base64url')]) {
    assert.equal(s.mask(`<${form}>`), `<${MASK}>`, form);
  }
});

test('secret-looking patterns are masked whatever their value', () => {
  assert.equal(maskSecretPatterns('Authorization: Bearer 00D5g!AQ0.abc_def'), `Authorization: Bearer ${MASK}`);
  assert.equal(maskSecretPatterns('client_id=x&client_secret=abc123&grant_type=client_credentials'), `client_id=x&client_secret=${MASK}&grant_type=client_credentials`);
  assert.equal(maskSecretPatterns('{"access_token": "00D!xyz", "scope": "api"}'), `{"access_token": "${MASK}", "scope": "api"}`);
  assert.equal(maskText('Basic dTpw and tok-1234', ['tok-1234']), `Basic ${MASK} and ${MASK}`);
  assert.equal(maskSecretPatterns('{"signature":"a+b/c=","token_type":"Bearer","refresh_token":"r1"}'), `{"signature":"${MASK}","token_type":"Bearer","refresh_token":"${MASK}"}`);
  assert.equal(maskSecretPatterns('"{\\"id_token\\":\\"eyJ.x\\"}"'), `"{\\"id_token\\":\\"${MASK}\\"}"`, 'JSON quoted in JSON');
  assert.equal(maskSecretPatterns('https://user:hunter22@acme.example/x'), `https://user:${MASK}@acme.example/x`);
  assert.equal(maskSecretPatterns('http://u:pw/with+slash@acme.example/x'), `http://u:${MASK}@acme.example/x`, 'a password holding "/"');
  assert.equal(maskSecretPatterns('https://acme.example:8443/users/a@b.example'), 'https://acme.example:8443/users/a@b.example', 'a port and a path are no password');
  assert.equal(maskSecretPatterns('/x?a=b+x=y/z?client_secret=s3cr3t'), `/x?a=b+x=y/z?client_secret=${MASK}`, 'a value read for another name holds one');
});

test('a Bearer with no token masks nothing on the next line', () => {
  assert.equal(maskText('  Authorization: Bearer\n  Content-Type: application/json'), '  Authorization: Bearer\n  Content-Type: application/json');
  assert.equal(maskText('  Authorization: Bearer \n  Content-Type: application/json'), '  Authorization: Bearer \n  Content-Type: application/json');
});

test('diagnostics quote the first characters of a secret; placeholders and Liquid as written', () => {
  assert.equal(secretPreview('SampleSecret123'), 'Samp…');
  assert.equal(secretPreview('abc'), 'abc');
  assert.equal(
    quoteSecretsShortly('client_id=c&client_secret=SampleSecret123&grant_type=client_credentials'),
    'client_id=c&client_secret=Samp…&grant_type=client_credentials',
  );
  assert.equal(quoteSecretsShortly('https://u:longpassword@x.example/t?access_token=00D!abcdef'), 'https://u:long…@x.example/t?access_token=00D!…');
  assert.equal(quoteSecretsShortly('client_secret=[insert_client_secret]&x={{a}}'), 'client_secret=[insert_client_secret]&x={{a}}');
  assert.equal(quoteSecretsShortly('client_secret={{custom_attribute.${s}}}'), 'client_secret={{custom_attribute.${s}}}');
});

test('the secrets of a token answer: every token-like member', () => {
  const answer = { access_token: 'a-tok', signature: 'sig=', refresh_token: 'r-tok', id_token: 'i-tok', instance_url: 'https://acme.my.salesforce.com', token_type: 'Bearer', issued_at: '1', nested: { client_secret: 'cs' } };
  assert.deepEqual(secretsInJson(answer).sort(), ['a-tok', 'cs', 'i-tok', 'r-tok', 'sig=']);
});

test('the secret part of a header; a secret header shown masked', () => {
  assert.equal(secretPartOfHeader('Bearer abc'), 'abc');
  assert.equal(secretPartOfHeader('Bearer'), '');
  assert.equal(secretPartOfHeader('  Bearer  '), '');
  assert.equal(secretPartOfHeader('key-123'), 'key-123');
  assert.equal(maskHeaderValue('Authorization', 'Bearer abc.def'), `Bearer ${MASK}`);
  assert.equal(maskHeaderValue('set-cookie', 'sid=abc; Path=/'), MASK);
  assert.equal(maskHeaderValue('Content-Type', 'application/json'), 'application/json');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentType } from './content-type';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';

test('content-type: JSON bodies with application/json, and other bodies, raise nothing', () => {
  const texts = [
    ...validSamples(), template(),
    template({ contentType: 'application/json; charset=UTF-8' }),
    template({ contentType: 'Application/JSON' }),
    template({ contentType: '{{custom_attribute.${ct}}}' }),
    template({ contentType: null, body: 'FirstName=Jane' }),
    template({ contentType: null, body: null }),
    '',
  ];
  for (const text of texts) assert.deepEqual(runCheck(contentType, text), [], text);
});

test('content-type: a JSON body without the header; fix adds it after the last header', () => {
  const text = template({ contentType: null, headers: ['Accept: application/json'] });
  const [f, ...more] = runCheck(contentType, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, '{');
  assert.equal(f.message, 'The JSON body is sent without "Content-Type: application/json": add that header');
  assert.equal(applyFix(text, f.fixes![0]), template({ headers: ['Accept: application/json'] }));
  const noHeaders = template({ auth: null, contentType: null, body: '[1]' });
  const [g] = runCheck(contentType, noHeaders);
  assert.equal(g.slice, '[');
  assert.equal(applyFix(noHeaders, g.fixes![0]), template({ auth: null, body: '[1]' }));
});

test('content-type: another or an empty content type; fix writes application/json', () => {
  const text = template({ contentType: 'application/x-www-form-urlencoded' });
  const [f, ...more] = runCheck(contentType, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'application/x-www-form-urlencoded');
  assert.equal(f.message, 'Content type "application/x-www-form-urlencoded" does not match the JSON body: write "application/json"');
  assert.equal(applyFix(text, f.fixes![0]), template());
  const empty = template({ contentType: '' });
  const [g] = runCheck(contentType, empty);
  assert.deepEqual([g.slice, g.message], ['Content-Type:', '"Content-Type" is empty, but the body is JSON: write "application/json"']);
  assert.equal(applyFix(empty, g.fixes![0]), template());
  const misspelt = template({ contentType: null, headers: ['Tipo de contenido: text/plain'] });
  assert.deepEqual(runCheck(contentType, misspelt).map((x) => x.slice), ['text/plain'], 'a translated header name counts as Content-Type (header-syntax renames it)');
});

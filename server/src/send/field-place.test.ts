import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { bundleFor, configureLocale } from '../core';
import { fieldName, inField } from './field-place';

afterEach(() => configureLocale('en'));

test('a field is named in the configured language; its English labels stay the data', () => {
  assert.deepEqual(['URL', 'body', 'header Authorization'].map(fieldName), ['URL', 'body', 'header Authorization']);
  assert.equal(inField('header Authorization'), 'in the header Authorization');
  configureLocale('de');
  const de = bundleFor('de');
  assert.equal(fieldName('body'), de['body']);
  assert.equal(fieldName('header Authorization'), de['header {0}'].replace('{0}', 'Authorization'));
  assert.equal(inField('URL'), de['in the URL']);
  assert.notEqual(de['in the URL'], 'in the URL');
});

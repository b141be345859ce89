import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { unknownFilter } from './unknown-filter';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { repoPath } from '../../../../test/support/paths';

const HEAD = 'POST https://example.com/hook\n\n';
const examples = repoPath('examples');

test('lstrip / rstrip: unsupported, fix to the supported alternative strip', () => {
  const text = HEAD + '{{ ${first_name} | lstrip }}{% assign a = x | rstrip %}';
  const found = runCheck(unknownFilter, text);
  assert.deepEqual(found.map((o) => o.slice), ['lstrip', 'rstrip']);
  assert.match(found[0].message, /does not support the filter "lstrip".*: use "strip"/);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{{ ${first_name} | strip }}{% assign a = x | rstrip %}');
});

test('pluralize, camelize, handleize, money_with_currency: unsupported, messages name them', () => {
  const found = runCheck(unknownFilter, HEAD + "{{ n | pluralize: 'a', 'b' }}{{ s | camelize }}{{ s | handleize }}{{ p | money_with_currency }}");
  assert.deepEqual(found.map((o) => o.slice), ['pluralize', 'camelize', 'handleize', 'money_with_currency']);
  assert.match(found[0].message, /"pluralize".*Pick the word with if count == 1/);
  assert.match(found[1].message, /"camelize".*: remove it/);
  assert.match(found[3].message, /"money_with_currency".*money, then append or prepend the currency/);
  assert.equal(found[0].fixes, undefined);
});

test('a misspelt filter: closest supported one, fix replaces the name', () => {
  const text = HEAD + '{{ ${first_name} | json_escpae }}';
  const found = runCheck(unknownFilter, text);
  assert.deepEqual(found.map((o) => o.slice), ['json_escpae']);
  assert.match(found[0].message, /Unknown Liquid filter "json_escpae": did you mean "json_escape"\?/);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{{ ${first_name} | json_escape }}');
});

test('no offense on supported filters, aliases and the examples', () => {
  const text = HEAD + "{{ x | default: 'a' | json_escape }}{{ x | hmac_sha1: 'k' }}{{ 'now' | date: '%s' | plus: 0 }}{% if {{x | size}} > 1 %}{% endif %}";
  assert.deepEqual(runCheck(unknownFilter, text), []);
  for (const f of ['create-lead.webhook', 'update-lead-to-mql.webhook']) assert.deepEqual(runCheck(unknownFilter, readFileSync(join(examples, f), 'utf8')), []);
});

test('does not throw on partial trees', () => {
  for (const t of ['', HEAD + '{{ x | }}', HEAD + '{{ x |', HEAD + '{{ | }}']) assert.doesNotThrow(() => runCheck(unknownFilter, t));
});

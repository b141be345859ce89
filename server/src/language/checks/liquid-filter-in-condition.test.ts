import assert from 'node:assert/strict';
import { test } from 'node:test';
import { liquidFilterInCondition } from './liquid-filter-in-condition';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';

const HEAD = 'POST https://example.com/hook\n\n';

test('a filter in an if: fix assigns it first', () => {
  const text = HEAD + '{% if x | size > 0 %}yes{% endif %}';
  const found = runCheck(liquidFilterInCondition, text);
  assert.deepEqual(found.map((o) => o.slice), ['x | size']);
  assert.match(found[0].message, /filters in "if": "x \| size" must be assigned first/);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{% assign x_size = x | size %}{% if x_size > 0 %}yes{% endif %}');
});

test('an attribute with a filter chain in unless', () => {
  const text = HEAD + '{% unless ${first_name} | downcase | size == 0 %}a{% endunless %}';
  const found = runCheck(liquidFilterInCondition, text);
  assert.deepEqual(found.map((o) => o.slice), ['${first_name} | downcase | size']);
  assert.equal(
    applyFix(text, found[0].fixes![0]),
    HEAD + '{% assign first_name_size = ${first_name} | downcase | size %}{% unless first_name_size == 0 %}a{% endunless %}',
  );
});

test('elsif and when: the assign goes before the opening tag', () => {
  const text = HEAD + '{% if a %}1{% elsif b | size > 1 %}2{% endif %}';
  const found = runCheck(liquidFilterInCondition, text);
  assert.deepEqual(found.map((o) => o.slice), ['b | size']);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{% assign b_size = b | size %}{% if a %}1{% elsif b_size > 1 %}2{% endif %}');

  const c = HEAD + '{% case x | downcase %}{% when "a" %}A{% endcase %}';
  const f2 = runCheck(liquidFilterInCondition, c);
  assert.deepEqual(f2.map((o) => o.slice), ['x | downcase']);
  assert.equal(applyFix(c, f2[0].fixes![0]), HEAD + '{% assign x_downcase = x | downcase %}{% case x_downcase %}{% when "a" %}A{% endcase %}');
});

test('a filter in a for over a custom attribute with spaces', () => {
  const text = HEAD + '{% for i in custom_attribute.${Brands Viewed} | sort limit: 2 %}{{i}}{% endfor %}';
  const found = runCheck(liquidFilterInCondition, text);
  assert.deepEqual(found.map((o) => o.slice), ['custom_attribute.${Brands Viewed} | sort']);
  assert.equal(
    applyFix(text, found[0].fixes![0]),
    HEAD + '{% assign brands_viewed_sort = custom_attribute.${Brands Viewed} | sort %}{% for i in brands_viewed_sort limit: 2 %}{{i}}{% endfor %}',
  );
});

test('no offense: filters in outputs and assign, conditions without filters, {{ }} in tags', () => {
  const text =
    HEAD +
    '{% assign n = x | size %}{% if n > 0 and {{time_left}} > 0 %}{{ x | size }}{% endif %}' +
    '{% for i in (1..3) %}{{ i | plus: 1 }}{% endfor %}{% case y %}{% when 1 %}{% endcase %}';
  assert.deepEqual(runCheck(liquidFilterInCondition, text), []);
});

test('does not throw on partial trees', () => {
  for (const t of ['', HEAD + '{% if x | %}', HEAD + '{% if | size %}', HEAD + '{% elsif x | size %}', HEAD + '{% for in | %}']) {
    assert.doesNotThrow(() => runCheck(liquidFilterInCondition, t));
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathsUnchecked } from './paths-unchecked';
import { PATH_CAP, PATH_SAMPLES } from '../analysis/paths';
import { CREATE } from '../../../../test/support/lead-test-fixtures';
import { runCheck } from '../../../../test/support/check-test-helper';

test('more paths than the cap: an information note', () => {
  const members = Array.from({ length: 8 }, (_, i) => `{% if \${first_name} == "${i}" %}"F${i}": 1,{% endif %}`).join('\n');
  const found = runCheck(pathsUnchecked, CREATE + `{\n${members}\n"LastName": "x"\n}`);
  assert.equal(found.length, 1);
  assert.match(found[0].message, new RegExp(`the first ${PATH_CAP} of its branches and values were checked, and ${PATH_SAMPLES} drawn at random; the others were not`));
});

test('must not fire: a few branches', () => {
  assert.deepEqual(runCheck(pathsUnchecked, CREATE + '{ {% if ${first_name} %}"FirstName": "a",{% endif %} "LastName": "x" }'), []);
});

test('a for loop in the body: the paths are not checked, and the note says why', () => {
  const found = runCheck(pathsUnchecked, CREATE + '{ "LastName": "x"{% for i in (1..2) %}, "F{{i}}": 1{% endfor %} }');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /the body holds a \{% for %\} loop, which the paths analysis does not follow/);
});

test('each reason is worded whole: a tag that inserts text, a {% liquid %} tag, an unclosed block, blocks nested too deep', () => {
  const cases: [string, RegExp][] = [
    ['{ "LastName": "{% echo "x" %}" }', /holds a \{% echo %\} that inserts text/],
    ['{% liquid\nif a\necho 1\nendif %}{ "LastName": "x" }', /holds a \{% liquid %\} tag/],
    ['{ {% if a %}"LastName": "x" }', /holds an unclosed \{% if %\}/],
    [`{ ${'{% if a %}'.repeat(70)}"LastName": "x"${'{% endif %}'.repeat(70)} }`, /holds blocks nested more than 64 deep/],
  ];
  for (const [body, message] of cases) {
    const found = runCheck(pathsUnchecked, CREATE + body);
    assert.equal(found.length, 1, body);
    assert.match(found[0].message, message);
  }
});

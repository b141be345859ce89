import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWebhook } from '../../../syntax';
import { bodyPaths, describePath, PATH_CAP, PATH_SAMPLES } from '.';

const REQUEST = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n';
const pathsOf = (body: string) => {
  const doc = parseWebhook(REQUEST + body);
  const paths = bodyPaths(doc);
  assert.ok(paths?.ok, `the body is followed: ${JSON.stringify(paths)}`);
  return { doc, paths };
};

test('each arm, the skipped if, each unquoted output present or blank, in the order of the file', () => {
  const { doc, paths } = pathsOf('{"A": {{x}}{% if y %}, "B": 1{% endif %}}');
  assert.deepEqual(
    paths.paths.map((p) => p.text),
    ['{"A": 1, "B": 1}', '{"A": 1}', '{"A": , "B": 1}', '{"A": }'],
  );
  assert.equal(paths.capped, false);
  assert.equal(describePath(doc.text, paths.paths[3]), 'when x is blank and `{% if y %}` does not hold');
});

test('an output with a default or inside a string is never blank; case text before the first when renders nothing', () => {
  const { paths } = pathsOf('{"A": {{x | default: 0}}, "B": "{{y}}", "C": {% case z %} junk {% when 1 %}1{% else %}2{% endcase %}}');
  assert.deepEqual(
    paths.paths.map((p) => p.text),
    ['{"A": 1, "B": "x", "C": 1}', '{"A": 1, "B": "x", "C": 2}'],
  );
});

test('a path through abort_message sends nothing and is not checked', () => {
  const { paths } = pathsOf("{% if x == blank %}{% abort_message('no x') %}{% endif %}{\"A\": 1}");
  assert.deepEqual(
    paths.paths.map((p) => p.text.trim()),
    ['{"A": 1}'],
  );
});

test('past the cap: the first paths are kept and the result says it is capped', () => {
  const body = `{${Array.from({ length: 8 }, (_, i) => `{% if c${i} %}"K${i}": 1,{% endif %}`).join('')}"Z": 1}`;
  const { paths } = pathsOf(body);
  assert.equal(2 ** 8 > PATH_CAP, true);
  assert.equal(paths.paths.filter((p) => !p.sampled).length, PATH_CAP);
  assert.equal(paths.capped, true);
  assert.equal(paths.sampled, PATH_SAMPLES);
  assert.equal(new Set(paths.paths.map((p) => p.text)).size, paths.paths.length, 'no path is checked twice');
});

test('a body of 20,000 pieces is walked without a stack overflow', () => {
  const body = `{${Array.from({ length: 10_000 }, (_, i) => `"K${i}": "{{v${i}}}"`).join(', ')}}`;
  const { paths } = pathsOf(body);
  assert.equal(paths.paths.length, 1);
  assert.ok(paths.paths[0].text.endsWith('"K9999": "x"}'));
});

test('a loop or a {% liquid %} tag is named, not followed', () => {
  for (const [body, reason] of [
    ['{% for x in y %}{"A": 1}{% endfor %}', { kind: 'loop', tag: 'for' }],
    ['{% liquid\nif a\necho 1\nendif %}{"A": 1}', { kind: 'liquid-lines', tag: 'liquid' }],
  ] as const) {
    const paths = bodyPaths(parseWebhook(REQUEST + body));
    assert.deepEqual(paths, { ok: false, reason });
  }
  assert.deepEqual(pathsOf('{% liquid\nassign a = 1 %}{"A": 1}').paths.paths.map((p) => p.text), ['{"A": 1}'], 'assign lines render nothing');
});

test('a path through many branches is named by its first three choices and a count of the others', () => {
  const text = 'POST https://x\n\n{"a": 1' + Array.from({ length: 5 }, (_, i) => `{% if x == ${i} %}, "k${i}": 1{% else %}, "j${i}": 2{% endif %}`).join('') + '}';
  const doc = parseWebhook(text);
  const paths = bodyPaths(doc);
  assert.ok(paths?.ok);
  const elses = paths.paths.find((p) => p.decisions.filter((d) => d.type === 'arm' && d.block.arms[d.arm]?.tag.name.text === 'else').length === 5);
  assert.ok(elses, 'the path through every else');
  const words = describePath(text, elses);
  assert.equal(words.match(/no branch above/g)?.length, 3, words);
  assert.match(words, / and 2 more conditions hold$/);
});

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { Liquid } from 'liquidjs';
import { parseWebhook, type Field } from '../../syntax';
import { repoPath } from '../../../../test/support/paths';
import { translateBrazeLiquid } from './translate';

const fieldsOf = (text: string): Field[] => {
  const doc = parseWebhook(text);
  return [doc.requestLine?.url, ...doc.headers.map((h) => h.value), doc.body].filter((f): f is Field => f !== undefined);
};

test('the translation keeps every offset: the translated text is as long as the field, line breaks in place', () => {
  const field = 'a ${zip code} {% if {{x}} > 0 %}{{ 5 | plus: {{ n }} }}{% endif %}\n{% comment %}{{ not closed\n{% endcomment %}';
  const t = translateBrazeLiquid(field);
  assert.equal(t.text.length, field.length);
  for (let i = 0; i < field.length; i++) if (field[i] === '\n') assert.equal(t.text[i], '\n');
  assert.deepEqual(t.problems, [], 'a comment\'s text is not Liquid');
});

test('whatever the parser accepts, liquidjs parses: every field of every valid fixture and example', () => {
  const engine = new Liquid();
  engine.registerTag('connected_content', { parse() {}, render() {} });
  engine.registerTag('abort_message', { parse() {}, render() {} });
  engine.registerTag('catalog_items', { parse() {}, render() {} });
  const dirs = ['test/fixtures/valid-liquid', 'examples'];
  let fields = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(repoPath(dir)).filter((f) => f.endsWith('.webhook'))) {
      for (const field of fieldsOf(readFileSync(repoPath(dir, name), 'utf8'))) {
        if (field.liquid.length === 0) continue;
        fields++;
        assert.doesNotThrow(() => engine.parse(translateBrazeLiquid(field.text).text), `${dir}/${name}: ${field.text.slice(0, 80)}`);
      }
    }
  }
  assert.ok(fields > 40, `only ${fields} fields with Liquid were read`);
});

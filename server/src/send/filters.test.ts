import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Liquid } from 'liquidjs';
import { builtinKnowledge } from '../core/knowledge';
import { brazeFilters } from './filters';

const engine = new Liquid({ strictFilters: true, timezoneOffset: 0 });
for (const [name, impl] of Object.entries(brazeFilters)) engine.registerFilter(name, impl);
const render = (tpl: string, scope: Record<string, unknown> = {}) => engine.parseAndRender(tpl, scope) as Promise<string>;

// Expected values from Braze's advanced_filters.md and filters.md examples, where given.
const CASES: Record<string, [string, string, Record<string, unknown>?][]> = {
  md5: [[`{{'hey' | md5}}`, '6057f13c496ecf7fd777ceb9e79ae285']],
  sha1: [[`{{'hey' | sha1}}`, '7f550a9f4c44173a37664d938f1355f0f92a47a7']],
  sha2: [[`{{'hey' | sha2}}`, 'fa690b82061edfd2852629aeba8a8977b57e40fcb77d1a7a28b26cba62591204']],
  base64_encode: [[`{{'blah' | base64_encode}}`, 'YmxhaA==']],
  hmac_sha1_hex: [[`{{'hey' | hmac_sha1_hex: 'secret_key'}}`, '2a3969bed25bfeefb00aca4063eb9590b4df8f0e'], [`{{'hey' | hmac_sha1: 'secret_key'}}`, '2a3969bed25bfeefb00aca4063eb9590b4df8f0e']],
  hmac_sha1_base64: [[`{{'hey' | hmac_sha1_base64: 'secret_key'}}`, 'KjlpvtJb/u+wCspAY+uVkLTfjw4=']],
  hmac_sha256_hex: [[`{{'hey' | hmac_sha256_hex: 'secret_key'}}`, '8df897f8da3d7992fe57c8dbc6f27578cfbf2dcc4d0fbb4000b8c924841d508e']],
  hmac_sha256_base64: [[`{{'hey' | hmac_sha256_base64: 'secret_key'}}`, 'jfiX+No9eZL+V8jbxvJ1eM+/LcxND7tAALjJJIQdUI4=']],
  hmac_sha256: [[`{{'hey' | hmac_sha256: 'secret_key'}}`, '8df897f8da3d7992fe57c8dbc6f27578cfbf2dcc4d0fbb4000b8c924841d508e']],
  hmac_sha512: [[`{{'hey' | hmac_sha512: 'k' | size}}`, '128']],
  url_escape: [[`{{'hey<>hi' | url_escape}}`, 'hey%3C%3Ehi'], [`{{'a=1&b=2' | url_escape}}`, 'a=1&b=2']],
  url_param_escape: [[`{{'hey<&>hi' | url_param_escape}}`, 'hey%3C%26%3Ehi'], [`{{'ana+x@example.com' | url_param_escape}}`, 'ana%2Bx%40example.com']],
  number_with_delimiter: [[`{{ 123456 | number_with_delimiter }}`, '123,456'], [`{{ '-1234567.891' | number_with_delimiter }}`, '-1,234,567.891'], [`{{ 'abc' | number_with_delimiter }}`, 'abc']],
  json_escape: [[`{{ s | json_escape }}`, 'say \\"hi\\"\\\\ \\n', { s: 'say "hi"\\ \n' }], [`{{ nothing | json_escape }}`, '']],
  property_accessor: [[`{{ h | property_accessor: 'a' }}`, '42', { h: { a: 42, b: 0 } }], [`{% assign k = 'b' %}{{ h | property_accessor: k }}`, '0', { h: { a: 42, b: 0 } }]],
  json_parse: [[`{% assign o = s | json_parse %}{{ o.a.b }}`, 'x', { s: '{"a":{"b":"x"}}' }], [`{% assign o = s | json_parse %}[{{ o }}]`, '[]', { s: 'not json' }]],
  as_json_string: [[`{{ o | as_json_string }}`, '{"a":[1,"2"]}', { o: { a: [1, '2'] } }]],
  money: [[`\${{ 145 | money }}`, '$145.00'], [`{{ 17.8 | money }}`, '17.80'], [`{{ 145 | divided_by: 100.00 | money }}`, '1.45']],
  time_zone: [
    [`{{ '2024-01-01T12:00:00Z' | time_zone: 'America/New_York' | date: '%Y-%m-%d %H:%M' }}`, '2024-01-01 07:00'],
    [`{{ '2024-07-01T12:00:00Z' | time_zone: 'Europe/Madrid' }}`, '2024-07-01 14:00:00 +0200'],
    [`{{ 1704110400 | time_zone: 'Asia/Tokyo' | date: '%H:%M %s' }}`, '21:00 1704110400'],
  ],
};

test('every Braze filter of the knowledge list (and each alias) is implemented', () => {
  const braze = builtinKnowledge().braze.filters.filter((f) => f.braze);
  assert.ok(braze.length >= 19);
  for (const f of braze) {
    assert.ok(brazeFilters[f.name], `${f.name} is not implemented`);
    for (const a of f.aliases ?? []) assert.ok(brazeFilters[a], `alias ${a} of ${f.name} is not implemented`);
    assert.ok(CASES[f.name]?.length, `${f.name} has no test case`);
  }
});

for (const [name, cases] of Object.entries(CASES)) {
  test(`filter ${name}`, async () => {
    for (const [tpl, expected, scope] of cases) assert.equal(await render(tpl, scope), expected, tpl);
  });
}

test('the standard date filter still works, in UTC', async () => {
  assert.equal(await render(`{{ '2024-03-05T10:20:30Z' | date: '%Y-%m-%d %H:%M:%S' }}`), '2024-03-05 10:20:30');
  assert.equal(await render(`{{ '2024-03-05T10:20:30Z' | date: '%s' }}`), '1709634030');
});

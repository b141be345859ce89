import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Liquid } from 'liquidjs';
import { SALESFORCE_DATETIME_FORMAT, SALESFORCE_DATE_FORMAT, builtinKnowledge, formatFitsField } from '../core/knowledge';
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

test('divided_by divides integers as Ruby does: rounded down (Shopify Liquid reference, "divided_by")', async () => {
  // https://shopify.github.io/liquid/filters/divided_by/ and Braze's filter list (filters.md): {{15 | divided_by: 2}} is 7.
  assert.equal(await render('{{ 15 | divided_by: 2 }}'), '7');
  assert.equal(await render('{{ 16 | divided_by: 4 }}'), '4');
  assert.equal(await render('{{ 5 | divided_by: 3 }}'), '1');
  assert.equal(await render('{{ -15 | divided_by: 2 }}'), '-8');
  assert.equal(await render('{{ 20 | divided_by: 7.5 }}'), String(20 / 7.5));
  assert.equal(await render('{{ 20 | divided_by: 7.0 }}'), String(20 / 7), 'a float divisor gives a float, as in Ruby');
  await assert.rejects(render('{{ 1 | divided_by: 0 }}'), /divided by 0/);
});

test("date knows Ruby's combined formats and the ISO week (Ruby strftime, which Braze's date filter follows)", async () => {
  // https://docs.ruby-lang.org/en/3.3/strftime_formatting_rdoc.html; Braze: "date" filter, filters.md.
  const t = '2021-06-03T17:13:41Z';
  assert.equal(await render(`{{ t | date: '%F %T' }}`, { t }), '2021-06-03 17:13:41');
  assert.equal(await render(`{{ t | date: '%D %R' }}`, { t }), '06/03/21 17:13');
  assert.equal(await render(`{{ t | date: '%r' }}`, { t }), '05:13:41 PM');
  assert.equal(await render(`{{ t | date: '%c' }}`, { t }), 'Thu Jun  3 17:13:41 2021');
  assert.equal(await render(`{{ t | date: '%x %X' }}`, { t }), '06/03/21 17:13:41');
  assert.equal(await render(`{{ t | date: '%v' }}`, { t }), ' 3-JUN-2021');
  assert.equal(await render(`{{ '2021-01-01T00:00:00Z' | date: '%G-W%V' }}`), '2020-W53', 'Jan 1 2021 is in week 53 of 2020');
  assert.equal(await render(`{{ t | date: '100%% %F' }}`, { t }), '100% 2021-06-03', 'a literal % stays');
  assert.equal(await render(`{{ t | date: '%Y-%m-%dT%H:%M:%S%:z' }}`, { t }), '2021-06-03T17:13:41+00:00', 'the ISO 8601 a Salesforce dateTime takes');
});

test("date and time_zone read Braze's yyyy-MM-dd'T'HH:mm:ss:SSSZ datetimes", async () => {
  // Braze exports time attributes with a colon before the milliseconds (user export, "dob"/time custom attributes).
  const t = '2021-06-03T17:13:41:000Z';
  assert.equal(await render(`{{ t | date: '%F %T' }}`, { t }), '2021-06-03 17:13:41');
  assert.equal(await render(`{{ t | time_zone: 'America/New_York' | date: '%F %H:%M' }}`, { t }), '2021-06-03 13:13');
});

test('the formats the field-output-type fixes write print what Salesforce reads, in any time zone', async () => {
  // Salesforce, "Valid Date and DateTime Formats": yyyy-MM-dd, and yyyy-MM-ddTHH:mm:ss+HH:mm.
  const t = '2024-01-01T12:00:00Z';
  assert.equal(await render(`{{ t | time_zone: 'America/New_York' | date: '${SALESFORCE_DATETIME_FORMAT}' }}`, { t }), '2024-01-01T07:00:00-05:00');
  assert.equal(await render(`{{ t | date: '${SALESFORCE_DATETIME_FORMAT}' }}`, { t }), '2024-01-01T12:00:00+00:00');
  assert.equal(await render(`{{ t | date: '${SALESFORCE_DATE_FORMAT}' }}`, { t }), '2024-01-01');
  assert.ok(formatFitsField(SALESFORCE_DATETIME_FORMAT, 'datetime') && formatFitsField(SALESFORCE_DATE_FORMAT, 'date'));
});

test('the standard date filter still works, in UTC', async () => {
  assert.equal(await render(`{{ '2024-03-05T10:20:30Z' | date: '%Y-%m-%d %H:%M:%S' }}`), '2024-03-05 10:20:30');
  assert.equal(await render(`{{ '2024-03-05T10:20:30Z' | date: '%s' }}`), '1709634030');
});

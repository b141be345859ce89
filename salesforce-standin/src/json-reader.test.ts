import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonSyntaxError, readJson } from './json-reader';

function errorOf(text: string): string {
  try {
    readJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e.message;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(text)}`);
}

test('json-reader: values and top-level members with token kinds', () => {
  const doc = readJson('{\n  "a": "x",\n  "b": 1, "c": 1.5, "d": true, "e": null, "f": [1], "g": {"h": "\\u00e9\\n"}\n}');
  assert.deepEqual(doc.value, { a: 'x', b: 1, c: 1.5, d: true, e: null, f: [1], g: { h: 'é\n' } });
  assert.deepEqual(
    doc.members?.map((m) => [m.key, m.token]),
    [
      ['a', 'VALUE_STRING'],
      ['b', 'VALUE_NUMBER_INT'],
      ['c', 'VALUE_NUMBER_FLOAT'],
      ['d', 'VALUE_TRUE'],
      ['e', 'VALUE_NULL'],
      ['f', 'START_ARRAY'],
      ['g', 'START_OBJECT'],
    ],
  );
  assert.deepEqual(doc.members?.[0].location, { line: 2, column: 11 });
  assert.equal(readJson('[1]').members, null);
  assert.deepEqual(readJson('{"__proto__": 1}').value, JSON.parse('{"__proto__": 1}'));
});

test('json-reader: Jackson-style messages as Salesforce answers them', () => {
  assert.equal(errorOf('{"LastName" jones}'), "Unexpected character ('j' (code 106)): was expecting a colon to separate field name and value at [line:1, column:14]");
  assert.equal(errorOf('{typ{'), "Unexpected character ('t' (code 116)): was expecting double-quote to start field name at [line:1, column:3]");
  assert.equal(errorOf('{"a":1 "b":2}'), "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries at [line:1, column:9]");
  assert.equal(errorOf('{"a":1,}'), "Unexpected character ('}' (code 125)): was expecting double-quote to start field name at [line:1, column:9]");
  assert.equal(errorOf("{'a':1}"), "Unexpected character (''' (code 39)): was expecting double-quote to start field name at [line:1, column:3]");
  assert.equal(errorOf('{"a": hello}'), "Unrecognized token 'hello': was expecting ('true', 'false' or 'null') at [line:1, column:12]");
  assert.equal(errorOf('{"a": “x”}'), "Unexpected character ('“' (code 8220 / 0x201c)): expected a valid value (number, String, array, object, 'true', 'false' or 'null') at [line:1, column:8]");
  assert.equal(errorOf('{"a":"b'), 'Unexpected end-of-input: was expecting closing quote for a string value at [line:1, column:8]');
  assert.equal(errorOf('{"a":"b"'), 'Unexpected end-of-input: expected close marker for OBJECT (start marker at [line:1, column:2]) at [line:1, column:9]');
  assert.equal(errorOf('{"a":"x\ty"}'), 'Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash to be included in string value at [line:1, column:9]');
  assert.equal(errorOf('{"a":"\\q"}'), "Unrecognized character escape ('q' (code 113)) at [line:1, column:9]");
  assert.equal(errorOf('{"a":01}'), 'Invalid numeric value: Leading zeroes not allowed at [line:1, column:8]');
  assert.equal(errorOf('  '), 'No content to map due to end-of-input at [line:1, column:0]');
  assert.match(errorOf('{\n"a":\n}'), /at \[line:3, column:2\]$/);
});

test('json-reader: nested objects and arrays keep their members and items with positions', () => {
  const doc = readJson('{"records": [\n  {"attributes": {"type": "Account"}, "Name": 1}\n]}');
  const records = doc.members?.[0];
  assert.equal(records?.token, 'START_ARRAY');
  const first = records?.items?.[0];
  assert.deepEqual(first?.members?.map((m) => [m.key, m.token]), [
    ['attributes', 'START_OBJECT'],
    ['Name', 'VALUE_NUMBER_INT'],
  ]);
  assert.equal(first?.members?.[0].members?.[0].value, 'Account');
  assert.deepEqual(first?.members?.[1].location, { line: 2, column: 48 });
  assert.equal(first?.items, null);
  assert.equal(readJson('1').members, null);
});

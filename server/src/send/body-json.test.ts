import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyJsonProblem } from './body-json';

const JSON_TYPE = [{ name: 'Content-Type', value: 'application/json' }];

test('a rendered body meant as JSON that is not: the parser\'s words, with the line and column', () => {
  // An attribute with a quote, not json_escape'd.
  const body = '{\n  "LastName": "O"Brien",\n  "Company": "Acme"\n}';
  assert.equal(bodyJsonProblem(body, JSON_TYPE), 'The rendered body is not valid JSON: Expected \',\' or \'}\' after property value at line 2, column 18. Salesforce answers such a body with 400 JSON_PARSER_ERROR.');
  assert.match(bodyJsonProblem('{"a": 1,', JSON_TYPE) ?? '', /not valid JSON: .* at line 1, column 9\./);
  assert.match(bodyJsonProblem('{"a": 1}', []) ?? 'valid', /^valid$/);
  // No Content-Type: JSON when it starts like JSON.
  assert.match(bodyJsonProblem('{"a": }', []) ?? '', /at line 1, column 7/);
});

test('bodies not meant as JSON are left alone', () => {
  assert.equal(bodyJsonProblem('client_id=x&grant_type=client_credentials', [{ name: 'content-type', value: 'application/x-www-form-urlencoded' }]), undefined);
  assert.equal(bodyJsonProblem('hello', []), undefined);
  assert.equal(bodyJsonProblem(undefined, JSON_TYPE), undefined);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headerSyntax } from './header-syntax';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { COMPLETE, filledCreateLead, filledUpdateLead } from '../../../../test/support/lead-samples';

const withHeaders = (...headers: string[]): string =>
  `POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n${headers.join('\n')}\n\n{"LastName": "x"}\n`;

test('header-syntax: the examples and a complete template raise nothing', () => {
  for (const text of [filledCreateLead(), filledUpdateLead(), COMPLETE]) assert.deepEqual(runCheck(headerSyntax, text), []);
});

test('header-syntax: still reports the parser problems', () => {
  const found = runCheck(headerSyntax, withHeaders('Content-Type application/json'));
  assert.deepEqual(found.map((f) => f.slice), ['Content-Type application/json']);
  assert.match(found[0].message, /has no colon/);
});

test('header-syntax: misspelt and translated standard headers, with a fix to the right name', () => {
  const cases: [string, string][] = [
    ['Content_Type', 'Content-Type'],
    ['content-typ', 'Content-Type'],
    ['Content-Typ', 'Content-Type'],
    ['Tipo de contenido', 'Content-Type'],
    ['Type de contenu', 'Content-Type'],
    ['Tipo de conteúdo', 'Content-Type'],
    ['Tipo de Conteúdo', 'Content-Type'],
    ['콘텐츠-유형', 'Content-Type'],
    ['Authorisation', 'Authorization'],
    ['Autorización', 'Authorization'],
    ['Autorisation', 'Authorization'],
    ['Autorisierung', 'Authorization'],
    ['Autorização', 'Authorization'],
    ['승인', 'Authorization'],
  ];
  for (const [name, standard] of cases) {
    const other = standard === 'Content-Type' ? 'Authorization: Bearer x' : 'Content-Type: application/json';
    const text = withHeaders(`${name}: v`, other);
    const found = runCheck(headerSyntax, text);
    assert.equal(found.length, 1, name);
    assert.equal(found[0].slice, name);
    assert.ok(found[0].message.includes(`"${name}"`) && found[0].message.includes(`exactly "${standard}"`), found[0].message);
    assert.equal(found[0].severity, undefined);
    assert.equal(applyFix(text, found[0].fixes![0]), withHeaders(`${standard}: v`, other));
  }
});

test('header-syntax: a header in other letter case is a warning', () => {
  const text = withHeaders('content-type: application/json');
  const found = runCheck(headerSyntax, text);
  assert.deepEqual(found.map((f) => [f.slice, f.severity]), [['content-type', 'warning']]);
  assert.equal(found[0].message, 'Header "content-type" is written in other letter case: Braze wants exactly "Content-Type"');
  assert.equal(applyFix(text, found[0].fixes![0]), withHeaders('Content-Type: application/json'));
});

test('header-syntax: other headers are left alone', () => {
  const text = withHeaders('Accept: application/json', 'Sforce-Duplicate-Rule-Header: allowSave=true', 'Content-Length: 3', 'X-Authorization: y');
  assert.deepEqual(runCheck(headerSyntax, text), []);
});

test('header-syntax: a duplicated header, fix removes the second one with its continuation lines', () => {
  const text = withHeaders('Content-Type: application/json', 'Authorization: Bearer {{a}}', 'Content-Type: text/plain', 'authorization: {% if x %}', '  Bearer{% endif %}');
  const found = runCheck(headerSyntax, text).sort((a, b) => a.start - b.start);
  assert.deepEqual(found.map((f) => f.slice), ['Content-Type', 'authorization', 'authorization']);
  assert.equal(found[0].message, 'Header "Content-Type" is set twice (first on line 2): keep one');
  assert.equal(found[2].message, 'Header "authorization" is set twice (first on line 3): keep one');
  assert.equal(applyFix(text, found[0].fixes![0]), withHeaders('Content-Type: application/json', 'Authorization: Bearer {{a}}', 'authorization: {% if x %}', '  Bearer{% endif %}'));
  assert.equal(applyFix(text, found[2].fixes![0]), withHeaders('Content-Type: application/json', 'Authorization: Bearer {{a}}', 'Content-Type: text/plain'));
});

test('header-syntax: a translated name and the standard one count as a duplicate', () => {
  const found = runCheck(headerSyntax, withHeaders('Content-Type: application/json', 'Tipo de contenido: application/json'));
  assert.deepEqual(found.map((f) => f.slice), ['Tipo de contenido', 'Tipo de contenido']);
  assert.match(found[1].message, /set twice/);
});

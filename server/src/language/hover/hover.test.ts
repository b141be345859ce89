import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '..';
import { CURSOR, hoverAt } from '../../../../test/support/completion-test-helper';
import { loadWorkspaceKnowledge } from '../../core/knowledge';
import { configureLocale } from '../../core';
import { repoPath } from '../../../../test/support/paths';

const examples = repoPath('examples');
const createLead = readFileSync(join(examples, 'create-lead.webhook'), 'utf8');
const updateLead = readFileSync(join(examples, 'update-lead-to-mql.webhook'), 'utf8');

/** The hover with the cursor just inside the first occurrence of `target` (after `skip` characters). */
function hoverOn(text: string, target: string, skip = 1, knowledge?: Parameters<typeof hoverAt>[1]) {
  const i = text.indexOf(target);
  assert.notEqual(i, -1, target);
  const found = hoverAt(text.slice(0, i + skip) + CURSOR + text.slice(i + skip), knowledge);
  assert.ok(found, `no hover on ${target}`);
  const value = (found.contents as { value: string }).value;
  const document = TextDocument.create('file:///x', 'braze-webhook', 1, text);
  return { value, covered: text.slice(document.offsetAt(found.range!.start), document.offsetAt(found.range!.end)) };
}

test('over a Lead field key: label, type, length, required; the case Salesforce ignores', () => {
  const { value, covered } = hoverOn(createLead, '"lastName"', 3);
  assert.equal(covered, '"lastName"');
  assert.match(value, /\*\*LastName\*\* — Last Name/);
  assert.match(value, /Type: `string\(80\)`/);
  assert.match(value, /Required to create a Lead/);
  assert.match(value, /matches `lastName` to `LastName`/);
});

test('over a picklist field: its values; from the describe file for a custom field', () => {
  const status = hoverOn(updateLead.replace('"Lead_Stage__c"', '"Status"'), '"Status"', 2);
  assert.match(status.value, /`Open - Not Contacted`/);
  const describeJson = readFileSync(repoPath('test', 'fixtures', 'describe', 'Lead.describe.json'), 'utf8');
  const k = loadWorkspaceKnowledge({ describeJson }).knowledge;
  const stage = hoverOn(updateLead, '"Lead_Stage__c"', 2, k);
  assert.match(stage.value, /`Lead`, `MQL`, `SQL`/);
});

test('over a Braze attribute reference, with or without namespace', () => {
  const first = hoverOn(createLead, '${first_name}', 3);
  assert.equal(first.covered, '${first_name}');
  assert.match(first.value, /\*\*\$\{first_name\}\*\* · string/);
  assert.match(first.value, /braze\.com\/docs/);
  const company = hoverOn(createLead, 'custom_attribute.${company}', 3);
  assert.equal(company.covered, 'custom_attribute.${company}');
  assert.match(company.value, /\*\*custom_attribute\*\*/);
  const unknown = hoverOn(createLead.replace('${first_name}', '${frist_name}'), '${frist_name}', 3);
  assert.match(unknown.value, /not a Braze default attribute/);
});

test('over a filter, a tag, a connected_content option', () => {
  const filter = hoverOn(createLead.replace('{{${first_name}}}', '{{${first_name} | json_escape}}'), 'json_escape', 2);
  assert.equal(filter.covered, 'json_escape');
  assert.match(filter.value, /\*\*json_escape\*\*/);
  const tag = hoverOn(createLead, 'connected_content', 4);
  assert.equal(tag.covered, 'connected_content');
  assert.match(tag.value, /\*\*connected_content\*\*/);
  const option = hoverOn(createLead, ':method', 2);
  assert.equal(option.covered, ':method');
  assert.match(option.value, /\*\*:method\*\*/);
});

test('over the API version in the URL: its release and status', () => {
  const current = hoverOn(createLead, 'v60.0', 2);
  assert.equal(current.covered, 'v60.0');
  assert.match(current.value, /v60\.0\*\* — Spring '24/);
  const retired = hoverOn(createLead.replace('v60.0', 'v29.0'), 'v29.0', 2);
  assert.match(retired.value, /410 Gone/);
});

test('nothing to say over plain text', () => {
  const document = TextDocument.create('file:///x', 'braze-webhook', 1, createLead);
  assert.equal(getLanguageService().doHover(document, document.positionAt(createLead.indexOf('Bearer') + 2)), null);
});

test('over a branch tag of the body: the body rendered when that branch applies, and when none does', () => {
  const text = createLead.replace(/\n\}\s*$/, ',\n  {% if ${phone_number} != blank %}"Phone": "{{${phone_number}}}"{% else %}"Description": "no phone"{% endif %}\n}\n');
  assert.notEqual(text, createLead);
  const taken = hoverOn(text, '{% if ${phone_number}', 3);
  assert.equal(taken.covered, 'if');
  assert.match(taken.value, /\*\*if\*\* — /);
  assert.match(taken.value, /\*\*The body when this branch applies:\*\*\n\n```json\n\{[\s\S]*"Phone": "\{\{\$\{phone_number\}\}\}"\n\}\n```/);
  assert.doesNotMatch(taken.value, /no branch applies/);
  const otherwise = hoverOn(text, '{% else %}', 3);
  assert.match(otherwise.value, /"Description": "no phone"/);
  assert.doesNotMatch(otherwise.value, /"Phone"/);
  const skipped = hoverOn(text.replace(/\{% else %\}"Description": "no phone"/, ''), '{% if ${phone_number}', 3);
  assert.match(skipped.value, /\*\*The body when no branch applies:\*\*\n\n```json\n\{[\s\S]*\}}",\s*\n\}\n```/);
});

test('in German, a filter hover shows the German description and notes of the knowledge', () => {
  try {
    configureLocale('de');
    const { value } = hoverOn(createLead.replace('{{${first_name}}}', '{{${first_name} | json_escape}}'), 'json_escape', 2);
    assert.match(value, /\*\*json_escape\*\*/);
    assert.match(value, /Maskiert Anführungszeichen und Backslashes, damit ein Wert in einem JSON-String sicher ist\./);
    assert.match(value, /Braze empfiehlt ihn für jeden personalisierten String/);
    assert.doesNotMatch(value, /Escapes quotes and backslashes/);
  } finally {
    configureLocale('en');
  }
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadWorkspaceKnowledge } from '../../core/knowledge';
import { unknownAttribute } from './unknown-attribute';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { repoPath } from '../../../../test/support/paths';

const HEAD = 'POST https://example.com/hook\n\n';
const examples = repoPath('examples');

test('${company} is no default attribute: fix prefixes custom_attribute.', () => {
  const text = HEAD + '{"Company": "{{${company}}}"}';
  const found = runCheck(unknownAttribute, text);
  assert.deepEqual(found.map((o) => o.slice), ['${company}']);
  assert.match(found[0].message, /\$\{company\} is not a Braze default attribute: for a custom attribute write custom_attribute\.\$\{company\}/);
  assert.equal(found[0].fixes!.length, 1);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{"Company": "{{custom_attribute.${company}}}"}');
});

test('a misspelt default attribute: closest first, custom attribute second', () => {
  const text = HEAD + '{{${frist_name}}}';
  const found = runCheck(unknownAttribute, text);
  assert.deepEqual(found.map((o) => o.slice), ['${frist_name}']);
  assert.match(found[0].message, /did you mean \$\{first_name\}\?/);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{{${first_name}}}');
  assert.equal(applyFix(text, found[0].fixes![1]), HEAD + '{{custom_attribute.${frist_name}}}');
});

test('a member of a fixed namespace that does not exist', () => {
  const text = HEAD + '{{campaign.${nmae}}}';
  const found = runCheck(unknownAttribute, text);
  assert.deepEqual(found.map((o) => o.slice), ['nmae']);
  assert.match(found[0].message, /campaign\.\$\{nmae\}: "nmae" is not a member of campaign; did you mean campaign\.\$\{name\}\?/);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{{campaign.${name}}}');
});

test('an unknown namespace, and one not filled in webhooks', () => {
  const text = HEAD + '{{custom_attributes.${company}}}{{card.${name}}}';
  const found = runCheck(unknownAttribute, text);
  assert.deepEqual(found.map((o) => o.slice), ['custom_attributes', 'card.${name}']);
  assert.match(found[0].message, /"custom_attributes" .* did you mean "custom_attribute"\?/);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{{custom_attribute.${company}}}{{card.${name}}}');
  assert.match(found[1].message, /card\.\$\{name\} is not filled in a webhook/);
});

test('declared custom attributes: an undeclared one is reported, with the closest', () => {
  const { knowledge } = loadWorkspaceKnowledge({ customAttributes: [{ name: 'company', type: 'string' }, { name: 'lead_score', type: 'number' }] });
  const text = HEAD + '{{custom_attribute.${compnay}}}{{custom_attribute.${company}}}{{custom_attribute.${zip code}}}';
  const found = runCheck(unknownAttribute, text, knowledge);
  assert.deepEqual(found.map((o) => o.slice), ['compnay', 'zip code']);
  assert.match(found[0].message, /"compnay" is not among the workspace's custom attributes.*did you mean custom_attribute\.\$\{company\}\?/);
  assert.equal(applyFix(text, found[0].fixes![0]), HEAD + '{{custom_attribute.${company}}}{{custom_attribute.${company}}}{{custom_attribute.${zip code}}}');
  assert.equal(found[1].fixes, undefined);
  // Without the setting, any custom attribute is fine.
  assert.deepEqual(runCheck(unknownAttribute, text), []);
});

test('a declared custom attribute written without its namespace: the custom_attribute fix is preferred', () => {
  const { knowledge } = loadWorkspaceKnowledge({ customAttributes: { company: 'string' } });
  const found = runCheck(unknownAttribute, HEAD + '{{${company}}}', knowledge);
  assert.equal(found.length, 1);
  assert.equal(found[0].fixes![0].preferred, true);
  assert.equal(found[0].fixes![0].title, 'Change to custom_attribute.${company}');
});

test('no offense: default attributes, open namespaces, the examples', () => {
  const text =
    HEAD +
    '{{${first_name}}}{{${user_id}}}{{event_properties.${anything}}}{{context.${x}}}{{canvas_entry_properties.${y}}}' +
    '{{campaign.${name}}}{{most_recently_used_device.${platform}}}{{content_blocks.${footer}}}{% if ${email_address} != blank %}{% endif %}';
  assert.deepEqual(runCheck(unknownAttribute, text), []);
  for (const f of ['create-lead.webhook', 'update-lead-to-mql.webhook']) assert.deepEqual(runCheck(unknownAttribute, readFileSync(join(examples, f), 'utf8')), []);
});

test('does not throw on partial trees', () => {
  for (const t of ['', HEAD + '{{${', HEAD + '{{${}}}', HEAD + '{{.${x}}}', HEAD + '{{ custom_attribute.${ }}']) assert.doesNotThrow(() => runCheck(unknownAttribute, t));
});

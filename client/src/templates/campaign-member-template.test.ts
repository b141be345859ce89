/** The Add Lead to Campaign template: text, snippet, and what the language service and the renderer make of it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { newestVersion } from '../../../server/src/core/knowledge';
import { expandSnippet } from '../../../test/support/snippet-expander';
import { assertClean, assertConsistent, assertOnlyPlaceholders, diagnose, errorsAndWarnings, renderFilled, show, typeSamples } from '../../../test/snippets/template-assertions';
import { addLeadToCampaignTemplate } from './campaign-member-template';

describe('addLeadToCampaignTemplate', () => {
  test('POST sobjects/CampaignMember: the campaign a placeholder, the Lead the Braze external_id, Status a choice', () => {
    const t = addLeadToCampaignTemplate({ instance: 'acme' });
    assert.equal(
      t.text,
      [
        '# @name Salesforce Sales Cloud > Add Lead to Campaign',
        "# CampaignId: the Campaign's id (701..., in its page's URL). LeadId: the Lead's id, the Braze external_id as in the Lead templates.",
        "# Status: one of the campaign's member statuses. A Lead already in the campaign answers DUPLICATE_VALUE, so a retried send adds it once.",
        `POST https://acme.my.salesforce.com/services/data/v${newestVersion()}/sobjects/CampaignMember/`,
        'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token',
        '    :method post',
        '    :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials',
        '    :cache_max_age 900',
        "    :save result %}{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}",
        'Content-Type: application/json',
        '',
        '{',
        '  "CampaignId": "[insert_campaign_id]",',
        '  "LeadId": "{{${user_id} | json_escape}}",',
        '  "Status": "Sent"',
        '}',
        '',
      ].join('\n'),
    );
    assert.ok(t.snippet.includes('  "CampaignId": "${3:[insert_campaign_id]}",\n'), t.snippet);
    assert.ok(t.snippet.includes('  "Status": "${5|Sent,Responded|}"$0\n'), t.snippet);
    assertConsistent(t);
    assertClean(t);
    assertOnlyPlaceholders(t);
  });

  test('left unfilled, the campaign id is a placeholder error like the credentials', () => {
    const t = addLeadToCampaignTemplate({ instance: 'acme' });
    const found = errorsAndWarnings(diagnose(t.text, 'campaign-defaults'));
    const document = TextDocument.create('file:///t.webhook', 'braze-webhook', 1, t.text);
    assert.ok(found.some((d) => d.code === 'placeholder' && document.getText(d.range) === '[insert_campaign_id]'), show(t.text, found));
  });

  test('Responded, picked from the choice, is clean too', () => {
    const text = expandSnippet(addLeadToCampaignTemplate().snippet, { value: (s) => (s.choices ? 'Responded' : typeSamples(s)) }).text;
    assert.match(text, /"Status": "Responded"/);
    const found = diagnose(text, 'responded');
    assert.deepEqual(errorsAndWarnings(found), [], show(text, found));
  });

  test('rendered for a test user: the campaign typed in, the Lead id from the external_id', async () => {
    const r = await renderFilled(addLeadToCampaignTemplate(), { external_id: '00Q5g00000AbCdEEAV' });
    assert.deepEqual(JSON.parse(r.body ?? ''), { CampaignId: '701Dn000000T3slIAC', LeadId: '00Q5g00000AbCdEEAV', Status: 'Sent' });
  });
});

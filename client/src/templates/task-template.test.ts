/** The Log Task template: text, snippet, and what the language service and the renderer make of it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newestVersion } from '../../../server/src/core/knowledge';
import { expandSnippet } from '../../../test/support/snippet-expander';
import { assertClean, assertConsistent, assertOnlyPlaceholders, diagnose, errorsAndWarnings, renderFilled, show, typeSamples } from '../../../test/snippets/template-assertions';
import { CONTACT_ID_ATTRIBUTE } from './contact-templates';
import { logTaskTemplate } from './task-template';

describe('logTaskTemplate', () => {
  test('POST sobjects/Task: completed, dated the send day with Braze\'s date filter', () => {
    const t = logTaskTemplate({ instance: 'acme' });
    assert.equal(
      t.text,
      [
        '# @name Salesforce Sales Cloud > Log Task on Lead or Contact',
        '# WhoId: the Lead (its id is the Braze external_id, as in the Lead templates) or the Contact (custom_attribute.${salesforce_contact_id}).',
        '# ActivityDate: the send date (UTC) as yyyy-MM-dd, the form of a Salesforce date field.',
        `POST https://acme.my.salesforce.com/services/data/v${newestVersion()}/sobjects/Task/`,
        'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token',
        '    :method post',
        '    :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials',
        '    :cache_max_age 900',
        "    :save result %}{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}",
        'Content-Type: application/json',
        '',
        '{',
        '  "WhoId": "{{${user_id} | json_escape}}",',
        '  "Subject": "{{campaign.${name} | json_escape}}",',
        '  "Status": "Completed",',
        '  "Priority": "Normal",',
        `  "ActivityDate": "{{ 'now' | date: '%Y-%m-%d' }}",`,
        '  "Description": "{{campaign.${message_name} | json_escape}}"',
        '}',
        '',
      ].join('\n'),
    );
    assert.ok(t.snippet.includes('  "Priority": "${5|Normal,High,Low|}",\n'), t.snippet);
    assertConsistent(t);
    assertClean(t);
    assertOnlyPlaceholders(t);
  });

  test('on a Contact: its id from the profile typed in the WhoId tab stop', () => {
    const text = expandSnippet(logTaskTemplate().snippet, { value: (s) => (s.default === '${user_id}' ? CONTACT_ID_ATTRIBUTE : typeSamples(s)) }).text;
    assert.match(text, /"WhoId": "\{\{custom_attribute\.\$\{salesforce_contact_id\} \| json_escape\}\}"/);
    const found = diagnose(text, 'contact-task');
    assert.deepEqual(errorsAndWarnings(found), [], show(text, found));
  });

  test("rendered for a test user: ActivityDate is today's date (UTC), yyyy-MM-dd", async () => {
    const before = new Date().toISOString().slice(0, 10);
    const r = await renderFilled(logTaskTemplate(), { external_id: '00Q5g00000AbCdEEAV' }, { campaign: { name: 'Spring "Webinar"', message_name: 'Invite' } });
    const after = new Date().toISOString().slice(0, 10);
    const body = JSON.parse(r.body ?? '') as Record<string, string>;
    assert.match(body.ActivityDate ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.ok([before, after].includes(body.ActivityDate!), `${body.ActivityDate} is not today (UTC)`);
    assert.deepEqual({ ...body, ActivityDate: undefined }, { WhoId: '00Q5g00000AbCdEEAV', Subject: 'Spring "Webinar"', Status: 'Completed', Priority: 'Normal', ActivityDate: undefined, Description: 'Invite' });
  });
});

/** The Contact templates: text, snippet, and what the language service and the renderer make of them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newestVersion } from '../../../server/src/core/knowledge';
import { expandSnippet } from '../../../test/support/snippet-expander';
import { assertClean, assertConsistent, assertOnlyPlaceholders, bodyOf, diagnose, errorsAndWarnings, renderFilled, show, typeSamples } from '../../../test/snippets/template-assertions';
import { createContactTemplate, updateContactTemplate } from './contact-templates';

const TOKEN_AND_HEADERS = [
  'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token',
  '    :method post',
  '    :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials',
  '    :cache_max_age 900',
  "    :save result %}{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}",
  'Content-Type: application/json',
  '',
];

describe('createContactTemplate', () => {
  test('POST sobjects/Contact: LastName (required), FirstName, Email and the optional AccountId', () => {
    const t = createContactTemplate({ instance: 'acme' });
    assert.equal(
      t.text,
      [
        '# @name Salesforce Sales Cloud > Create Contact',
        '# AccountId (a 001... id kept on the Braze profile) puts the Contact under its Account; without it the Contact is private to its owner.',
        '# Braze retries a send that answered 408, 429 or 5XX: a slow answer can leave two Contacts.',
        `POST https://acme.my.salesforce.com/services/data/v${newestVersion()}/sobjects/Contact/`,
        ...TOKEN_AND_HEADERS,
        '{',
        '  "FirstName": "{{${first_name} | json_escape}}",',
        '  "LastName": "{{${last_name} | json_escape}}",',
        '  "Email": "{{${email_address} | json_escape}}",',
        '  "AccountId": "{{custom_attribute.${salesforce_account_id} | json_escape}}"',
        '}',
        '',
      ].join('\n'),
    );
    assertConsistent(t);
    assertClean(t);
    assertOnlyPlaceholders(t);
  });

  test('the AccountId member is one tab stop: deleting it leaves a valid, clean body', () => {
    const t = createContactTemplate({ instance: 'acme' });
    assert.ok(t.snippet.includes('"Email": "{{${5:\\${email_address\\}} | json_escape}}"${6:,\n  "AccountId": '), t.snippet);
    const text = expandSnippet(t.snippet, { value: (s) => (s.default.includes('"AccountId"') ? '' : typeSamples(s)) }).text;
    assert.deepEqual(Object.keys(bodyOf(text)), ['FirstName', 'LastName', 'Email']);
    const found = diagnose(text, 'no-account');
    assert.deepEqual(errorsAndWarnings(found), [], show(text, found));
  });

  test('rendered for a test user: a JSON body with the user values, escaped', async () => {
    const r = await renderFilled(createContactTemplate(), { external_id: 'u1', first_name: 'Ana "la" Jefa', last_name: 'García', email: 'ana@example.com', custom_attributes: { salesforce_account_id: '001Dn00000AbCdEIAV' } });
    assert.equal(r.method, 'POST');
    assert.deepEqual(JSON.parse(r.body ?? ''), { FirstName: 'Ana "la" Jefa', LastName: 'García', Email: 'ana@example.com', AccountId: '001Dn00000AbCdEIAV' });
  });
});

describe('updateContactTemplate', () => {
  test('PATCH to the Contact whose id the Braze profile keeps (custom attribute salesforce_contact_id)', () => {
    const t = updateContactTemplate({ instance: 'acme' });
    assert.equal(
      t.text,
      [
        '# @name Salesforce Sales Cloud > Update Contact',
        "# The Contact id (003...) is read from the Braze profile: Braze's B2B data model keeps Salesforce ids there, and a custom attribute is what a webhook can read.",
        `PATCH https://acme.my.salesforce.com/services/data/v${newestVersion()}/sobjects/Contact/{{custom_attribute.\${salesforce_contact_id}}}`,
        ...TOKEN_AND_HEADERS,
        '{',
        '  "Email": "{{${email_address} | json_escape}}",',
        '  "MobilePhone": "{{${phone_number} | json_escape}}"',
        '}',
        '',
      ].join('\n'),
    );
    // The attribute that holds the id is the first tab stop, before the credentials.
    assert.ok(t.snippet.includes('/sobjects/Contact/{{${1:custom_attribute.\\${salesforce_contact_id\\}}}}\n'), t.snippet);
    assertConsistent(t);
    assertClean(t);
    assertOnlyPlaceholders(t);
  });

  test('rendered for a test user: the Contact id from the profile in the URL', async () => {
    const r = await renderFilled(updateContactTemplate(), { external_id: 'u1', email: 'ana@example.com', phone: '+34911234567', custom_attributes: { salesforce_contact_id: '003Dn00000AbCdEIAV' } });
    assert.equal(r.method, 'PATCH');
    assert.match(r.url, /\/sobjects\/Contact\/003Dn00000AbCdEIAV$/);
    assert.deepEqual(JSON.parse(r.body ?? ''), { Email: 'ana@example.com', MobilePhone: '+34911234567' });
  });
});

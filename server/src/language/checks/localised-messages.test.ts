/**
 * The checks speak the configured language: for each locale, a few broken templates raise the
 * bundle's translation with its arguments filled in (whole sentences chosen per case, fragments
 * built when the message is), and any other locale falls back to English. The locale is
 * process-global, so every test puts English back.
 */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { bundleFor, configureLocale, SUPPORTED_LOCALES, type SupportedLocale } from '../../core';
import { runCheck } from '../../../../test/support/check-test-helper';
import { body, CREATE, UPDATE } from '../../../../test/support/lead-test-fixtures';
import { contentType } from './content-type';
import { fieldReadonly } from './field-readonly';
import { fieldUnknown } from './field-unknown';
import { liquidVariableScope } from './liquid-variable-scope';
import { methodUrlMismatch } from './method-url-mismatch';
import { oauthMethod } from './oauth-method';
import { recordId } from './record-id';
import { urlInvalid } from './url-invalid';

afterEach(() => {
  configureLocale('en');
});

/** The bundle's translation of `english` with `{n}` filled in, as the test expects it independently of t(). */
function translated(locale: SupportedLocale, english: string, ...args: Array<string | number>): string {
  const message = bundleFor(locale)[english];
  assert.ok(message, `bundle.l10n.${locale}.json lacks "${english}"`);
  return message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}

const JSON_NO_TYPE = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n\n{"LastName": "Doe", "Company": "Acme"}';
const PATCH_NO_ID = 'PATCH https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n{"Status": "Working"}';
const SHORT_ID = 'PATCH https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/00Q123\nContent-Type: application/json\n\n{"Status": "Working"}';
const CC = '{% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body grant_type=client_credentials :save result %}';
const TOKEN_IN_HEADER = `POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nAuthorization: ${CC}Bearer {{result.access_token}}\n\n{"Description": "{{result.instance_url}}"}`;
const NO_METHOD = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nAuthorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :save result %}Bearer {{result.access_token}}\n';

for (const locale of SUPPORTED_LOCALES) {
  test(`${locale}: a message and its fix title, with the header and value as arguments (content-type)`, () => {
    configureLocale(locale);
    const [found] = runCheck(contentType, JSON_NO_TYPE);
    assert.equal(found.message, translated(locale, 'The JSON body is sent without "Content-Type: {0}": add that header', 'application/json'));
    assert.equal(found.fixes?.[0].title, translated(locale, 'Add "{0}"', 'Content-Type: application/json'));
  });

  test(`${locale}: one whole sentence per case, the object's name repeated where the sentence needs it (method-url-mismatch)`, () => {
    configureLocale(locale);
    const found = runCheck(methodUrlMismatch, PATCH_NO_ID);
    const message = translated(locale, 'PATCH updates one {0}, but the URL has no record id after "{0}": add it (e.g. {1}), or use POST to create a {0}', 'Lead', '{{${user_id}}}');
    assert.deepEqual(found.map((f) => f.message), [message]);
    assert.deepEqual(found[0].fixes?.map((f) => f.title), [translated(locale, 'Add "{0}"', '{{${user_id}}}'), translated(locale, 'Use {0}', 'POST')]);
  });

  test(`${locale}: the English article picks the sentence, the translation has none of its own (field-readonly, field-unknown)`, () => {
    configureLocale(locale);
    const [readonly] = runCheck(fieldReadonly, CREATE + body([['LastName', '"a"'], ['EmailBouncedDate', '"2024-01-01T00:00:00Z"']]));
    assert.equal(
      readonly.message,
      translated(locale, '"{0}" can be set only when updating a {1} (PATCH), not when creating one; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', 'EmailBouncedDate', 'Lead'),
    );
    const [unknown] = runCheck(fieldUnknown, UPDATE + body([['apellido', '"Doe"']]));
    const why = translated(locale, 'a translated key ({0})', translated(locale, 'Spanish'));
    const fix = translated(locale, 'write "{0}"', 'LastName');
    assert.equal(unknown.message, translated(locale, '"{0}" is not a {1} field ({2}); Salesforce rejects it with INVALID_FIELD: {3}', 'apellido', 'Lead', why, fix));
    assert.equal(unknown.fixes?.[0].title, translated(locale, 'Change the key to "{0}"', 'LastName'));
  });

  test(`${locale}: a fragment built when the message is, inside the sentence (liquid-variable-scope, record-id)`, () => {
    configureLocale(locale);
    const [scope] = runCheck(liquidVariableScope, TOKEN_IN_HEADER);
    const where = translated(locale, 'in the {0} header', 'Authorization');
    const here = translated(locale, 'in the body');
    assert.equal(
      scope.message,
      translated(locale, '"{0}" is set {1}, but Braze renders each field on its own, so it is empty {2}: set it here too (repeat the {3} tag)', 'result', where, here, 'connected_content'),
    );
    assert.equal(scope.fixes?.[0].title, translated(locale, 'Repeat the {0} tag {1}', 'connected_content', here));
    const [id] = runCheck(recordId, SHORT_ID);
    const why = translated(locale, 'A record id has 15 or 18 characters, not {0}.', 6);
    assert.equal(
      id.message,
      translated(locale, 'Record id "{0}": {1} Write the {2}\'s id, or the Liquid that gives it ({3} when the Braze external_id is it)', '00Q123', why, 'Lead', '{{${user_id}}}'),
    );
  });

  test(`${locale}: a message without arguments, and a host reason worded here (oauth-method, url-invalid)`, () => {
    configureLocale(locale);
    const [method] = runCheck(oauthMethod, NO_METHOD);
    assert.equal(method.message, translated(locale, 'The token call has no :method, so Braze sends GET; Salesforce\'s token endpoint needs POST: add ":method post"'));
    const [host] = runCheck(urlInvalid, 'POST https://acme..my.salesforce.com/services/data/v60.0/sobjects/Lead/\n');
    assert.equal(host.message, translated(locale, 'Host "{0}" is not a valid host name: it has an empty label (two dots in a row, or a leading dot)', 'acme..my.salesforce.com'));
  });
}

test('a locale without a bundle speaks English, and English comes back after a translated run', () => {
  configureLocale('ja');
  assert.equal(runCheck(contentType, JSON_NO_TYPE)[0].message, 'The JSON body is sent without "Content-Type: application/json": add that header');
  configureLocale('ko');
  assert.notEqual(runCheck(contentType, JSON_NO_TYPE)[0].message, 'The JSON body is sent without "Content-Type: application/json": add that header');
  configureLocale('en');
  assert.equal(
    runCheck(methodUrlMismatch, PATCH_NO_ID)[0].message,
    'PATCH updates one Lead, but the URL has no record id after "Lead": add it (e.g. {{${user_id}}}), or use POST to create a Lead',
  );
});

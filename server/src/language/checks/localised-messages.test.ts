/**
 * The checks speak the configured language: for each locale, a few broken templates raise the
 * bundle's translation with its arguments filled in (whole sentences chosen per case, fragments
 * built when the message is; a path in words built from whole clauses), hovers and completion
 * details do too, and any other locale falls back to English. The locale is
 * process-global, so every test puts English back.
 */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { builtinKnowledge, configureLocale, findObject, SUPPORTED_LOCALES } from '../../core';
import { runCheck } from '../../../../test/support/check-test-helper';
import { completionsAt, CURSOR, hoverAt, item } from '../../../../test/support/completion-test-helper';
import { body, CREATE, UPDATE } from '../../../../test/support/lead-test-fixtures';
import { contentType } from './content-type';
import { fieldMayBeEmpty } from './field-may-be-empty';
import { fieldOutputType } from './field-output-type';
import { fieldReadonly } from './field-readonly';
import { fieldUnknown } from './field-unknown';
import { jsonPathInvalid } from './json-path-invalid';
import { liquidSyntax } from './liquid-syntax';
import { liquidVariableScope } from './liquid-variable-scope';
import { methodUrlMismatch } from './method-url-mismatch';
import { oauthMethod } from './oauth-method';
import { recordId } from './record-id';
import { urlInvalid } from './url-invalid';
import { translated } from '../../../../test/support/translated';

afterEach(() => {
  configureLocale('en');
});


const JSON_NO_TYPE = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n\n{"LastName": "Doe", "Company": "Acme"}';
const PATCH_NO_ID = 'PATCH https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n{"Status": "Working"}';
const SHORT_ID = 'PATCH https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/00Q123\nContent-Type: application/json\n\n{"Status": "Working"}';
const CC = '{% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body grant_type=client_credentials :save result %}';
const TOKEN_IN_HEADER = `POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nAuthorization: ${CC}Bearer {{result.access_token}}\n\n{"Description": "{{result.instance_url}}"}`;
/** The comma before the `if` is left before `}` for a user without a phone number. */
const COMMA_BEFORE_IF = `${CREATE}{"LastName": "Doe", "Company": "Acme", {% if \${phone_number} != blank %}"Phone": "{{\${phone_number}}}"{% endif %}}`;
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

for (const locale of SUPPORTED_LOCALES) {
  test(`${locale}: the path in words is built from whole clauses, the reason of the JSON parser too (json-path-invalid)`, () => {
    configureLocale(locale);
    const [found] = runCheck(jsonPathInvalid, COMMA_BEFORE_IF);
    const when = translated(locale, 'when {0}', translated(locale, '`{0}` does not hold', '{% if ${phone_number} != blank %}'));
    const reason = translated(locale, 'a property name is expected (a comma before a closing brace?)');
    assert.equal(found.message, translated(locale, 'Invalid JSON {0}: the body renders `{1}`; {2} (JSON_PARSER_ERROR).', when, '"Company": "Acme", }', reason));
    assert.equal(found.fixes?.[0].title, translated(locale, 'Move the comma inside the branch'));
  });

  test(`${locale}: a required field without a default, and a quoted number (field-may-be-empty, field-output-type)`, () => {
    configureLocale(locale);
    const [empty] = runCheck(fieldMayBeEmpty, CREATE + body([['LastName', '"{{${last_name}}}"'], ['Company', '"Acme"']]));
    assert.equal(
      empty.message,
      translated(locale, '{0} is required, and for a user without this value it renders empty, which Salesforce treats as missing (REQUIRED_FIELD_MISSING): give it a `| default:`.', 'LastName'),
    );
    assert.equal(empty.fixes?.[0].title, translated(locale, "Add | default: 'Unknown'"));
    const [quoted] = runCheck(fieldOutputType, CREATE + body([['LastName', '"Doe"'], ['Company', '"Acme"'], ['NumberOfEmployees', '"{{custom_attribute.${employees}}}"']]));
    assert.equal(
      quoted.message,
      translated(
        locale,
        '"{0}" ({1}) takes a JSON number, and the quotes around {2} send it as text: write it unquoted, with a default for users without the value',
        'NumberOfEmployees',
        'int',
        '{{custom_attribute.${employees}}}',
      ),
    );
    assert.equal(quoted.fixes?.[0].title, translated(locale, 'Remove the quotes and add | default: {0}', "'null'"));
  });

  test(`${locale}: a hover on the URL's object and a completion's detail and documentation`, () => {
    configureLocale(locale);
    const hover = hoverAt(`POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Le${CURSOR}ad/\n`);
    const markdown = (hover?.contents as { value: string }).value;
    const count = findObject(builtinKnowledge(), 'Lead')!.fields.length;
    assert.ok(markdown.includes(translated(locale, '{0} fields (built in); a create needs {1}.', count, '`LastName`, `Company`')), markdown);
    assert.ok(markdown.includes(translated(locale, 'Record ids start with `{0}`.', '00Q')), markdown);
    assert.ok(markdown.includes(`[${translated(locale, 'Documentation')}](`), markdown);
    const id = item(completionsAt(`PATCH https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/${CURSOR}\n`), '{{${user_id}}}');
    assert.equal(id.detail, translated(locale, 'Record id: the Braze external_id'));
    assert.equal(
      (id.documentation as { value: string }).value,
      translated(locale, "The id of the record to update, taken from the user's Braze external_id, as Braze's Salesforce recipe does for the Lead."),
    );
  });
}

const UNCLOSED_IF = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n{"LastName": "{% if ${last_name} != blank %}{{${last_name}}}", "Company": "{% liquid\nif ${company}\necho ${company}\n%}"}';
const CC_MALFORMED = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nAuthorization: {% connected_content :method post %}{% connected_content https://acme.my.salesforce.com/services/oauth2/token method=post :save result %}Bearer {{result.access_token}}\n';

for (const locale of SUPPORTED_LOCALES) {
  test(`${locale}: an unclosed {% if %} in a field and in a {% liquid %} tag, the tags as arguments (liquid-syntax)`, () => {
    configureLocale(locale);
    const found = runCheck(liquidSyntax, UNCLOSED_IF);
    assert.deepEqual(found.map((f) => f.message), [
      translated(locale, '"{0}" is not closed: add "{1}" in the same field (Braze renders each field on its own)', '{% if %}', '{% endif %}'),
      translated(locale, '"{0}" is not closed: add "{1}" in the same {2} tag', '{% if %}', '{% endif %}', '{% liquid %}'),
    ]);
  });

  test(`${locale}: a connected_content without a URL, and a stray word among its options (liquid-syntax)`, () => {
    configureLocale(locale);
    const found = runCheck(liquidSyntax, CC_MALFORMED);
    assert.deepEqual(found.map((f) => f.message), [
      translated(locale, 'connected_content needs a URL right after the tag name'),
      translated(locale, 'unexpected "{0}" in connected_content: options are written ":name value"', 'method=post'),
    ]);
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

/**
 * The knowledge's own texts (field and object notes, attribute and namespace notes, why Braze does
 * not run a tag or a filter, option defaults, the token answer's members) reach hovers, completions,
 * signature help and messages in the configured language. The expected text is read from
 * `l10n/knowledge/<lang>.json`, not through `localized()`.
 */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configureLocale, knowledgeTranslations, SUPPORTED_LOCALES, type SupportedLocale } from '../core';
import { runCheck } from '../../../test/support/check-test-helper';
import { completionsAt, CURSOR, hoverAt, item, withCursor } from '../../../test/support/completion-test-helper';
import { body, CREATE } from '../../../test/support/lead-test-fixtures';
import { translated } from '../../../test/support/translated';
import { fieldReadonly } from './checks/field-readonly';
import { unknownFilter } from './checks/unknown-filter';
import { unknownTag } from './checks/unknown-tag';
import { getLanguageService } from '.';

afterEach(() => {
  configureLocale('en');
});

/** The stored translation of a knowledge text, by its key. */
function knowledgeText(locale: SupportedLocale, key: string): string {
  const entry = knowledgeTranslations(locale)[key];
  assert.ok(entry, `l10n/knowledge/${locale}.json lacks ${key}`);
  return entry.text;
}

const markdownOf = (marked: string): string => {
  const hover = hoverAt(marked);
  assert.ok(hover, `no hover at ${marked}`);
  return (hover.contents as { value: string }).value;
};

const LEAD = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n';
const TOKEN = '{% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :save token %}';

for (const locale of SUPPORTED_LOCALES) {
  test(`${locale}: a field's and an object's notes in the hover and the completion item`, () => {
    configureLocale(locale);
    const emailNote = knowledgeText(locale, 'field-notes:Lead.Email');
    assert.ok(markdownOf(`${LEAD}{"Em${CURSOR}ail": "a@b.c"}`).includes(emailNote));
    const email = item(completionsAt(`${LEAD}{"Em${CURSOR}"}`), 'Email');
    assert.ok((email.documentation as { value: string }).value.includes(emailNote));
    assert.ok(markdownOf(`POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Le${CURSOR}ad/\n`).includes(knowledgeText(locale, 'object-notes:Lead')));
  });

  test(`${locale}: a read-only field's note inside the field-readonly message`, () => {
    configureLocale(locale);
    const [found] = runCheck(fieldReadonly, CREATE + body([['LastName', '"a"'], ['Company', '"b"'], ['CreatedDate', '"2024-01-01T00:00:00Z"']]));
    const note = knowledgeText(locale, 'field-notes:Lead.CreatedDate').replace(/\.$/, '');
    assert.equal(found.message, translated(locale, '"{0}" is read-only: no request can set it ({1}); Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', 'CreatedDate', note));
  });

  test(`${locale}: why Braze does not run a tag or a filter, and the alternative in words`, () => {
    configureLocale(locale);
    const [tag] = runCheck(unknownTag, `${LEAD}{"Description": "{% include 'x' %}"}`);
    assert.equal(tag.message, translated(locale, 'Braze does not support the tag "{0}": {1}', 'include', knowledgeText(locale, 'tag-unsupported:include')));
    const [filter] = runCheck(unknownFilter, `${LEAD}{"Description": "{{ \${first_name} | pluralize }}"}`);
    const reason = knowledgeText(locale, 'filter-unsupported:pluralize').replace(/\.$/, '');
    const alternative = knowledgeText(locale, 'filter-alternative:pluralize').replace(/\.$/, '');
    assert.equal(filter.message, translated(locale, 'Braze does not support the filter "{0}" ({1}): use {2}', 'pluralize', reason, alternative));
  });

  test(`${locale}: an attribute's and a namespace's notes, an option's default, a token member`, () => {
    configureLocale(locale);
    assert.ok(markdownOf(`${LEAD}{"Description": "{{\${unsub${CURSOR}scribe_url}}}"}`).includes(knowledgeText(locale, 'attribute-notes:unsubscribe_url')));
    assert.ok(markdownOf(`${LEAD}{"Description": "{{event_prop${CURSOR}erties.\${x}}}"}`).includes(knowledgeText(locale, 'namespace-notes:event_properties')));
    const method = markdownOf(`POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nAuthorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :me${CURSOR}thod post :save token %}Bearer {{token.access_token}}\n`);
    assert.ok(method.includes(translated(locale, 'Default: {0}', knowledgeText(locale, 'option-default::method'))), method);
    const member = item(completionsAt(`POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nAuthorization: ${TOKEN}Bearer {{token.${CURSOR}}}\n`), 'access_token');
    assert.ok((member.documentation as { value: string }).value.includes(knowledgeText(locale, 'token-member:access_token')));
  });

  test(`${locale}: the signature help of connected_content`, () => {
    configureLocale(locale);
    const { document, offset } = withCursor(`POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nAuthorization: {% connected_content ${CURSOR} %}Bearer\n`);
    const help = getLanguageService().doSignatureHelp(document as TextDocument, document.positionAt(offset));
    const signature = help?.signatures[0];
    assert.equal((signature?.documentation as { value: string } | undefined)?.value, translated(locale, 'Calls an HTTP endpoint while the message renders; `:save` keeps a JSON answer for this field.'));
    const docs = signature?.parameters?.map((p) => p.documentation);
    assert.ok(docs?.includes(translated(locale, 'The address to call; Liquid allowed. Ports 80 and 443 only; redirects are not followed.')));
    assert.ok(docs?.includes(knowledgeText(locale, 'option::method')));
  });
}

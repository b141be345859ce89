/**
 * The Contact templates: create a Contact (LastName is the one required field), and update the
 * Contact whose id the Braze profile keeps. Pure: no vscode.
 */
import { escaped, jsonBody, requestHead, type TemplateOptions } from './salesforce-request';
import { buildTemplate, stopCounter, type BuiltTemplate } from './template-parts';

/**
 * Where a webhook finds the Contact id: Braze's B2B data model page has a Lead's Contact id synced
 * to its Braze profile when the Lead is converted, and a custom attribute is what a webhook reads.
 */
export const CONTACT_ID_ATTRIBUTE = 'custom_attribute.${salesforce_contact_id}';

/** Create Contact: POST sobjects/Contact with the name and email from Braze, and the Account as an optional member. */
export function createContactTemplate(o: TemplateOptions = {}): BuiltTemplate {
  const next = stopCounter();
  const head = requestHead({ method: 'POST', object: 'Contact' }, o, next);
  return buildTemplate([
    '# @name Salesforce Sales Cloud > Create Contact\n',
    '# AccountId (a 001... id kept on the Braze profile) puts the Contact under its Account; without it the Contact is private to its owner.\n',
    '# Braze retries a send that answered 408, 429 or 5XX: a slow answer can leave two Contacts.\n',
    ...head,
    ...jsonBody([
      { key: 'FirstName', value: escaped({ stop: next(), default: '${first_name}' }) },
      { key: 'LastName', value: escaped({ stop: next(), default: '${last_name}' }) },
      { key: 'Email', value: escaped({ stop: next(), default: '${email_address}' }) },
      { key: 'AccountId', value: escaped('custom_attribute.${salesforce_account_id}'), optionalStop: next() },
    ]),
  ]);
}

/** Update Contact: PATCH sobjects/Contact/<the Contact id of the Braze profile> with the email and phone from Braze. */
export function updateContactTemplate(o: TemplateOptions = {}): BuiltTemplate {
  const next = stopCounter();
  const head = requestHead({ method: 'PATCH', object: 'Contact', path: (n) => ['{{', { stop: n(), default: CONTACT_ID_ATTRIBUTE }, '}}'] }, o, next);
  return buildTemplate([
    '# @name Salesforce Sales Cloud > Update Contact\n',
    "# The Contact id (003...) is read from the Braze profile: Braze's B2B data model keeps Salesforce ids there, and a custom attribute is what a webhook can read.\n",
    ...head,
    ...jsonBody([
      { key: 'Email', value: escaped({ stop: next(), default: '${email_address}' }) },
      { key: 'MobilePhone', value: escaped({ stop: next(), default: '${phone_number}' }) },
    ]),
  ]);
}

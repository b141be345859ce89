/**
 * The standard Contact object as a REST create or update sees it.
 *
 * Sources:
 * - Object Reference, "Contact":
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm
 *   (properties Create / Update / Nillable / Defaulted on create; text copy in `koichiro-o/wip`
 *   `salesforce/standard_objects/Contact.md`);
 * - Field Reference, "Contact" (labels, lengths):
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-contact.html;
 * - a describe capture, `SFDO-Tooling/CumulusCI`
 *   `cumulusci/tests/shared_cassettes/GET_sobjects_Contact_describe.yaml` (flags, lengths, picklist
 *   values, `externalId` and `unique` false on every standard field, `idLookup` true on Email,
 *   key prefix 003);
 * - another org's describe without flags, `SalesforceLabs/GanttChart`
 *   `.sfdx/tools/soqlMetadata/standardObjects/Contact.json` (its Salutation also lists Mx.).
 * Fields the capture lacks (MiddleName, Suffix, HasOptedOutOfEmail, HasOptedOutOfFax, RecordTypeId,
 * GenderIdentity, Pronouns, the state/country codes, CurrencyIsoCode) follow the Object Reference.
 */
import type { SObject } from '../../schema';
import { LEAD_SOURCE_DEFAULTS, SALUTATION_DEFAULTS } from '../lead-fields';
import {
  CLEAN_STATUS_VALUES,
  DATA_COM_NOTE,
  MULTICURRENCY_NOTE,
  READ_ONLY_NOTE,
  RECORD_TYPE_NOTE,
  addressFields,
  auditFields,
  checkbox,
  fromBraze,
  idField,
  readOnly,
  recentlyViewedFields,
  writable,
} from './fields';

export const contactObject: SObject = {
  name: 'Contact',
  label: 'Contact',
  keyPrefix: '003',
  assignmentRules: false,
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm',
  notes: 'Only LastName is required; Name is built from the name parts and cannot be written.',
  fields: [
    // ---- Writable on create and update -------------------------------------------------------
    writable({
      name: 'LastName',
      label: 'Last Name',
      type: 'string',
      length: 80,
      requiredOnCreate: true,
      nillable: false,
      brazeValue: fromBraze('last_name'),
    }),
    writable({ name: 'FirstName', label: 'First Name', type: 'string', length: 40, brazeValue: fromBraze('first_name') }),
    writable({ name: 'MiddleName', label: 'Middle Name', type: 'string', length: 40, notes: 'Only where middle names are enabled (User Interface settings).' }),
    writable({ name: 'Suffix', label: 'Suffix', type: 'string', length: 40, notes: 'Only where name suffixes are enabled (User Interface settings).' }),
    writable({
      name: 'Salutation',
      label: 'Salutation',
      type: 'picklist',
      length: 40,
      picklistValues: SALUTATION_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org; these are the defaults (some orgs also list Mx.).',
    }),
    writable({ name: 'Title', label: 'Title', type: 'string', length: 128 }),
    writable({ name: 'Department', label: 'Department', type: 'string', length: 80 }),
    writable({
      name: 'Email',
      label: 'Email',
      type: 'email',
      length: 80,
      idLookup: true,
      brazeValue: fromBraze('email_address'),
      notes: 'Salesforce checks the format (INVALID_EMAIL_ADDRESS).',
    }),
    writable({ name: 'Phone', label: 'Business Phone', type: 'phone', length: 40, brazeValue: fromBraze('phone_number') }),
    writable({
      name: 'MobilePhone',
      label: 'Mobile Phone',
      type: 'phone',
      length: 40,
      brazeValue: fromBraze('phone_number'),
      notes: "Braze's phone number is usually the mobile one used for SMS.",
    }),
    writable({ name: 'HomePhone', label: 'Home Phone', type: 'phone', length: 40 }),
    writable({ name: 'OtherPhone', label: 'Other Phone', type: 'phone', length: 40 }),
    writable({ name: 'Fax', label: 'Business Fax', type: 'phone', length: 40 }),
    writable({ name: 'AssistantName', label: "Assistant's Name", type: 'string', length: 40 }),
    writable({ name: 'AssistantPhone', label: 'Asst. Phone', type: 'phone', length: 40 }),
    writable({ name: 'Birthdate', label: 'Birthdate', type: 'date', brazeValue: fromBraze('date_of_birth'), notes: 'A date, YYYY-MM-DD.' }),
    ...addressFields('Mailing', 'Mailing', true),
    ...addressFields('Other', 'Other'),
    writable({
      name: 'LeadSource',
      label: 'Lead Source',
      type: 'picklist',
      length: 255,
      picklistValues: LEAD_SOURCE_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org (shared with Lead); these are the defaults.',
    }),
    writable({ name: 'Description', label: 'Contact Description', type: 'textarea', length: 32000 }),
    writable(checkbox({ name: 'HasOptedOutOfEmail', label: 'Email Opt Out', notes: 'JSON true or false.' })),
    writable(checkbox({ name: 'HasOptedOutOfFax', label: 'Fax Opt Out' })),
    writable(checkbox({ name: 'DoNotCall', label: 'Do Not Call' })),
    writable({ name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'] }),
    writable({ name: 'ReportsToId', label: 'Reports To ID', type: 'reference', referenceTo: ['Contact'] }),
    writable({
      name: 'OwnerId',
      label: 'Owner ID',
      type: 'reference',
      nillable: false,
      defaulted: true,
      referenceTo: ['User'],
      notes: 'A user only (no queues); defaults to the running user (the client-credentials run-as user).',
    }),
    writable({ name: 'RecordTypeId', label: 'Record Type ID', type: 'reference', referenceTo: ['RecordType'], notes: RECORD_TYPE_NOTE }),
    writable({
      name: 'IndividualId',
      label: 'Individual ID',
      type: 'reference',
      referenceTo: ['Individual'],
      notes: 'Data privacy record; only with Data Protection and Privacy enabled.',
    }),
    writable({ name: 'EmailBouncedReason', label: 'Email Bounced Reason', type: 'string', length: 255, notes: 'Set by bounce management; writing it triggers nothing.' }),
    writable({ name: 'EmailBouncedDate', label: 'Email Bounced Date', type: 'datetime', notes: 'Set by bounce management; writing it triggers nothing.' }),
    writable({ name: 'Jigsaw', label: 'Data.com Key', type: 'string', length: 20, notes: 'Salesforce says not to modify it.' }),
    writable({ name: 'CleanStatus', label: 'Clean Status', type: 'picklist', length: 40, picklistValues: CLEAN_STATUS_VALUES, restrictedPicklist: true, notes: DATA_COM_NOTE }),
    writable({
      name: 'Pronouns',
      label: 'Pronouns',
      type: 'picklist',
      length: 40,
      picklistValues: ['He/Him', 'He/They', 'Not Listed', 'She/Her', 'She/They', 'They/Them'],
      restrictedPicklist: true,
    }),
    writable({
      name: 'GenderIdentity',
      label: 'Gender Identity',
      type: 'picklist',
      restrictedPicklist: true,
      notes: 'unconfirmed: its values and length for Contact (the Object Reference does not list them).',
    }),
    writable({ name: 'CurrencyIsoCode', label: 'Contact Currency', type: 'picklist', length: 3, defaulted: true, restrictedPicklist: true, notes: MULTICURRENCY_NOTE }),

    // ---- Read-only ---------------------------------------------------------------------------
    idField('Contact ID', '003'),
    readOnly({ name: 'Name', label: 'Full Name', type: 'string', length: 121, nillable: false, notes: 'FirstName, MiddleName, LastName and Suffix joined; write those instead.' }),
    readOnly({ name: 'MasterRecordId', label: 'Master Record ID', type: 'reference', referenceTo: ['Contact'], notes: 'Set by a merge; read-only.' }),
    readOnly({ name: 'PhotoUrl', label: 'Photo URL', type: 'url', length: 255, notes: READ_ONLY_NOTE }),
    readOnly(checkbox({ name: 'IsEmailBounced', label: 'Is Email Bounced', notes: 'Set by bounce management; read-only.' })),
    readOnly({ name: 'JigsawContactId', label: 'Jigsaw Contact ID', type: 'string', length: 20, notes: READ_ONLY_NOTE }),
    readOnly({ name: 'LastActivityDate', label: 'Last Activity', type: 'date', notes: READ_ONLY_NOTE }),
    readOnly({ name: 'LastCURequestDate', label: 'Last Stay-in-Touch Request Date', type: 'datetime', notes: READ_ONLY_NOTE }),
    readOnly({ name: 'LastCUUpdateDate', label: 'Last Stay-in-Touch Save Date', type: 'datetime', notes: READ_ONLY_NOTE }),
    ...recentlyViewedFields(),
    ...auditFields(),
  ],
};

/**
 * The standard Case object as a REST create or update sees it.
 *
 * Sources:
 * - Object Reference, "Case":
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm
 *   (text copy in `koichiro-o/wip` `salesforce/standard_objects/Case.md`);
 * - Field Reference, "Case" (labels, lengths):
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-case.html;
 * - a describe capture (API v48.0), `SFDO-Tooling/CumulusCI`
 *   `cumulusci/tests/shared_cassettes/GET_sobjects_Case_describe.yaml`: flags, lengths, the
 *   default values of Status (default New), Priority (default Medium), Origin, Reason and Type,
 *   key prefix 500, and `externalId` / `unique` false on every standard field;
 * - REST API Developer Guide, "Assignment Rule Header": REST creates and updates of Cases run the
 *   active case assignment rule unless `Sforce-Auto-Assign: FALSE`
 *   (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_autoassign.htm).
 * RecordTypeId and CurrencyIsoCode are not in the capture; they follow the Object Reference.
 */
import type { SObject } from '../../schema';
import {
  MULTICURRENCY_NOTE,
  RECORD_TYPE_NOTE,
  auditFields,
  checkbox,
  fromBraze,
  idField,
  readOnly,
  recentlyViewedFields,
  writable,
} from './fields';

export const CASE_STATUS_DEFAULTS = ['New', 'Working', 'Escalated', 'Closed'];
export const CASE_ORIGIN_DEFAULTS = ['Phone', 'Email', 'Web'];
export const CASE_PRIORITY_DEFAULTS = ['High', 'Medium', 'Low'];
export const CASE_REASON_DEFAULTS = ['Installation', 'Equipment Complexity', 'Performance', 'Breakdown', 'Equipment Design', 'Feedback', 'Other'];
export const CASE_TYPE_DEFAULTS = ['Mechanical', 'Electrical', 'Electronic', 'Structural', 'Other'];

const orgValuesNote = 'Values are defined by each org; these are the defaults.';
const contactCopyNote = "Copied from the case's contact; read-only.";

export const caseObject: SObject = {
  name: 'Case',
  label: 'Case',
  keyPrefix: '500',
  assignmentRules: true,
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm',
  notes: 'No field is required by the API: Status and Priority are defaulted, Origin is not.',
  fields: [
    // ---- Writable on create and update -------------------------------------------------------
    writable({ name: 'Subject', label: 'Subject', type: 'string', length: 255 }),
    writable({ name: 'Description', label: 'Description', type: 'textarea', length: 32000 }),
    writable({
      name: 'Status',
      label: 'Status',
      type: 'picklist',
      length: 40,
      defaulted: true,
      picklistValues: CASE_STATUS_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org (CaseStatus); the default is New. A closed status sets IsClosed.',
    }),
    writable({
      name: 'Origin',
      label: 'Case Origin',
      type: 'picklist',
      length: 40,
      picklistValues: CASE_ORIGIN_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org; these are the defaults. Not defaulted in the describe capture.',
    }),
    writable({
      name: 'Priority',
      label: 'Priority',
      type: 'picklist',
      length: 40,
      defaulted: true,
      picklistValues: CASE_PRIORITY_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org; the default is Medium.',
    }),
    writable({ name: 'Reason', label: 'Case Reason', type: 'picklist', length: 40, picklistValues: CASE_REASON_DEFAULTS, restrictedPicklist: false, notes: orgValuesNote }),
    writable({ name: 'Type', label: 'Case Type', type: 'picklist', length: 40, picklistValues: CASE_TYPE_DEFAULTS, restrictedPicklist: false, notes: orgValuesNote }),
    writable({ name: 'ContactId', label: 'Contact ID', type: 'reference', referenceTo: ['Contact'] }),
    writable({ name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'], notes: "Defaults to the contact's account when left out." }),
    writable({ name: 'AssetId', label: 'Asset ID', type: 'reference', referenceTo: ['Asset'] }),
    writable({ name: 'ParentId', label: 'Parent Case ID', type: 'reference', referenceTo: ['Case'] }),
    writable({
      name: 'SuppliedName',
      label: 'Name',
      type: 'string',
      length: 80,
      notes: 'The name entered when the case was created (Web-to-Case); not linked to a contact.',
    }),
    writable({
      name: 'SuppliedEmail',
      label: 'Email Address',
      type: 'email',
      length: 80,
      brazeValue: fromBraze('email_address'),
      notes: 'Required on create when the org has an active auto-response rule.',
    }),
    writable({ name: 'SuppliedPhone', label: 'Phone', type: 'string', length: 40, brazeValue: fromBraze('phone_number'), notes: 'A text field, not a phone field.' }),
    writable({ name: 'SuppliedCompany', label: 'Company', type: 'string', length: 80 }),
    writable(checkbox({ name: 'IsEscalated', label: 'Escalated' })),
    writable({
      name: 'OwnerId',
      label: 'Owner ID',
      type: 'reference',
      nillable: false,
      defaulted: true,
      referenceTo: ['Group', 'User'],
      notes: 'A user or a queue; the case assignment rule or the default case owner sets it when left out.',
    }),
    writable({ name: 'Comments', label: 'Internal Comments', type: 'textarea', length: 4000, notes: 'Inserts a new CaseComment.' }),
    writable({ name: 'RecordTypeId', label: 'Record Type ID', type: 'reference', referenceTo: ['RecordType'], notes: RECORD_TYPE_NOTE }),
    writable({
      name: 'CurrencyIsoCode',
      label: 'Case Currency',
      type: 'picklist',
      length: 3,
      defaulted: true,
      restrictedPicklist: true,
      notes: `${MULTICURRENCY_NOTE} unconfirmed: its label.`,
    }),

    // ---- Read-only ---------------------------------------------------------------------------
    idField('Case ID', '500'),
    readOnly({ name: 'CaseNumber', label: 'Case Number', type: 'string', length: 30, nillable: false, defaulted: true, notes: 'Auto-number; read-only.' }),
    readOnly({ name: 'MasterRecordId', label: 'Master Record ID', type: 'reference', referenceTo: ['Case'], notes: 'Set by a merge; read-only.' }),
    readOnly(checkbox({ name: 'IsClosed', label: 'Closed', notes: 'Derived from Status; read-only.' })),
    readOnly({ name: 'ClosedDate', label: 'Closed Date', type: 'datetime', notes: 'Set when Status becomes a closed status; read-only.' }),
    readOnly({ name: 'ContactPhone', label: 'Contact Phone', type: 'phone', length: 40, notes: contactCopyNote }),
    readOnly({ name: 'ContactMobile', label: 'Contact Mobile', type: 'phone', length: 40, notes: contactCopyNote }),
    readOnly({ name: 'ContactEmail', label: 'Contact Email', type: 'email', length: 80, notes: contactCopyNote }),
    readOnly({ name: 'ContactFax', label: 'Contact Fax', type: 'phone', length: 40, notes: contactCopyNote }),
    ...recentlyViewedFields(),
    ...auditFields(),
  ],
};

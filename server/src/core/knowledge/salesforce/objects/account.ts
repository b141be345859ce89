/**
 * The standard Account object (a business account) as a REST create or update sees it.
 *
 * Sources:
 * - Object Reference, "Account":
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_account.htm
 *   (text copy in `koichiro-o/wip` `salesforce/standard_objects/Account.md`);
 * - Field Reference, "Account" (labels, lengths):
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-account.html;
 * - a describe capture (API v48.0), `SFDO-Tooling/CumulusCI`
 *   `cumulusci/tests/shared_cassettes/GET_sobjects_Account_describe.yaml`: flags, lengths, the
 *   default values of Type, Industry, Ownership, Rating and AccountSource, key prefix 001, and
 *   `externalId` / `unique` false on every standard field (its custom `__c` fields are left out);
 * - REST API Developer Guide, "Assignment Rule Header": REST creates and updates of Accounts run
 *   the territory assignment rules unless `Sforce-Auto-Assign: FALSE`
 *   (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_autoassign.htm).
 */
import type { SObject } from '../../schema';
import { INDUSTRY_DEFAULTS, LEAD_SOURCE_DEFAULTS, RATING_DEFAULTS } from '../lead-fields';
import {
  CLEAN_STATUS_VALUES,
  DATA_COM_NOTE,
  MULTICURRENCY_NOTE,
  READ_ONLY_NOTE,
  RECORD_TYPE_NOTE,
  addressFields,
  auditFields,
  checkbox,
  idField,
  readOnly,
  recentlyViewedFields,
  updateOnly,
  writable,
} from './fields';

export const ACCOUNT_TYPE_DEFAULTS = [
  'Prospect',
  'Customer - Direct',
  'Customer - Channel',
  'Channel Partner / Reseller',
  'Installation Partner',
  'Technology Partner',
  'Other',
];
/** The Lead's industry values; the Account describe lists the same set with Other last. */
export const ACCOUNT_INDUSTRY_DEFAULTS = [...INDUSTRY_DEFAULTS.filter((v) => v !== 'Other'), 'Other'];
export const OWNERSHIP_DEFAULTS = ['Public', 'Private', 'Subsidiary', 'Other'];

const partnerNote = 'Partner or customer portal flag: settable on update only.';

export const accountObject: SObject = {
  name: 'Account',
  label: 'Account',
  keyPrefix: '001',
  assignmentRules: true,
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_account.htm',
  notes: 'Business accounts only: where person accounts are enabled, those take FirstName, LastName and Person* fields instead of Name.',
  fields: [
    // ---- Writable on create and update -------------------------------------------------------
    writable({ name: 'Name', label: 'Account Name', type: 'string', length: 255, requiredOnCreate: true, nillable: false }),
    writable({
      name: 'Type',
      label: 'Account Type',
      type: 'picklist',
      length: 40,
      picklistValues: ACCOUNT_TYPE_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org; these are the defaults.',
    }),
    writable({ name: 'ParentId', label: 'Parent Account ID', type: 'reference', referenceTo: ['Account'] }),
    ...addressFields('Billing', 'Billing'),
    ...addressFields('Shipping', 'Shipping'),
    writable({ name: 'Phone', label: 'Account Phone', type: 'phone', length: 40 }),
    writable({ name: 'Fax', label: 'Account Fax', type: 'phone', length: 40 }),
    writable({ name: 'AccountNumber', label: 'Account Number', type: 'string', length: 40 }),
    writable({ name: 'Website', label: 'Website', type: 'url', length: 255 }),
    writable({ name: 'Sic', label: 'SIC Code', type: 'string', length: 20 }),
    writable({
      name: 'Industry',
      label: 'Industry',
      type: 'picklist',
      length: 40,
      picklistValues: ACCOUNT_INDUSTRY_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org (shared with Lead); these are the defaults.',
    }),
    writable({ name: 'AnnualRevenue', label: 'Annual Revenue', type: 'currency', notes: 'A JSON number, not a string.' }),
    writable({ name: 'NumberOfEmployees', label: 'Employees', type: 'int', notes: 'A JSON number, not a string.' }),
    writable({ name: 'Ownership', label: 'Ownership', type: 'picklist', length: 40, picklistValues: OWNERSHIP_DEFAULTS, restrictedPicklist: false }),
    writable({ name: 'TickerSymbol', label: 'Ticker Symbol', type: 'string', length: 20 }),
    writable({ name: 'Description', label: 'Account Description', type: 'textarea', length: 32000 }),
    writable({ name: 'Rating', label: 'Account Rating', type: 'picklist', length: 40, picklistValues: RATING_DEFAULTS, restrictedPicklist: false }),
    writable({ name: 'Site', label: 'Account Site', type: 'string', length: 80 }),
    writable({
      name: 'AccountSource',
      label: 'Account Source',
      type: 'picklist',
      length: 40,
      picklistValues: LEAD_SOURCE_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org; the defaults are the Lead Source ones.',
    }),
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
    writable({ name: 'Jigsaw', label: 'Data.com Key', type: 'string', length: 20, notes: 'Salesforce says not to modify it.' }),
    writable({ name: 'CleanStatus', label: 'Clean Status', type: 'picklist', length: 40, picklistValues: CLEAN_STATUS_VALUES, restrictedPicklist: true, notes: DATA_COM_NOTE }),
    writable({ name: 'DunsNumber', label: 'D-U-N-S Number', type: 'string', length: 9, notes: DATA_COM_NOTE }),
    writable({ name: 'Tradestyle', label: 'Tradestyle', type: 'string', length: 255 }),
    writable({ name: 'NaicsCode', label: 'NAICS Code', type: 'string', length: 8 }),
    writable({ name: 'NaicsDesc', label: 'NAICS Description', type: 'string', length: 120 }),
    writable({ name: 'YearStarted', label: 'Year Started', type: 'string', length: 4, notes: 'Text, not a number: "1998".' }),
    writable({ name: 'SicDesc', label: 'SIC Description', type: 'string', length: 80 }),
    writable({ name: 'DandbCompanyId', label: 'D&B Company ID', type: 'reference', referenceTo: ['DandBCompany'], notes: DATA_COM_NOTE }),
    writable({ name: 'OperatingHoursId', label: 'Operating Hour ID', type: 'reference', referenceTo: ['OperatingHours'], notes: 'Field Service operating hours.' }),
    writable({
      name: 'CurrencyIsoCode',
      label: 'Account Currency',
      type: 'picklist',
      length: 3,
      defaulted: true,
      restrictedPicklist: true,
      notes: `${MULTICURRENCY_NOTE} unconfirmed: its label.`,
    }),

    // ---- Update only -------------------------------------------------------------------------
    updateOnly(checkbox({ name: 'IsPartner', label: 'Partner Account', notes: partnerNote })),
    updateOnly(checkbox({ name: 'IsCustomerPortal', label: 'Customer Portal Account', notes: partnerNote })),

    // ---- Read-only ---------------------------------------------------------------------------
    idField('Account ID', '001'),
    readOnly({ name: 'MasterRecordId', label: 'Master Record ID', type: 'reference', referenceTo: ['Account'], notes: 'Set by a merge; read-only.' }),
    readOnly({ name: 'PhotoUrl', label: 'Photo URL', type: 'url', length: 255, notes: READ_ONLY_NOTE }),
    readOnly({ name: 'JigsawCompanyId', label: 'Jigsaw Company ID', type: 'string', length: 20, notes: READ_ONLY_NOTE }),
    readOnly({ name: 'ChannelProgramName', label: 'Channel Program Name', type: 'string', length: 255, notes: READ_ONLY_NOTE }),
    readOnly({ name: 'ChannelProgramLevelName', label: 'Channel Program Level Name', type: 'string', length: 255, notes: READ_ONLY_NOTE }),
    readOnly({ name: 'LastActivityDate', label: 'Last Activity', type: 'date', notes: READ_ONLY_NOTE }),
    ...recentlyViewedFields(),
    ...auditFields(),
  ],
};

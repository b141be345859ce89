/**
 * The standard fields of the Salesforce Lead object, as a webhook body sees them.
 *
 * Sources: Salesforce Object Reference, "Lead" (sforce_api_objects_lead.htm; text copy in
 * `koichiro-o/wip` `salesforce/standard_objects/Lead.md`) and its "System Fields" page
 * (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/system_fields.htm). Lengths are the standard
 * describe lengths; an org's own describe overrides everything here (see `describe.ts`).
 * Picklist values of standard picklists are Salesforce's out-of-the-box defaults; orgs edit them.
 * The Industry list is Salesforce's long-standing default set (confirmed only in part, from
 * third-party UI test code). No standard field is an external id or unique; `Email` is an idLookup
 * field (Salesforce's own upsert example names a Lead by it: REST API Developer Guide, "Upsert
 * Records Using sObject Rows by External ID",
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_upsert_patch.htm).
 */
import type { SObjectField } from '../schema';

/** Writes the Liquid value suggested for a Braze default attribute inside a JSON string. */
const fromBraze = (attribute: string): string => `{{\${${attribute}} | json_escape}}`;

type Base = Pick<SObjectField, 'name' | 'label' | 'type'> & Partial<SObjectField>;

/** Writable on create and update, nillable, not defaulted, not required, no record key: the common case. */
const writable = (f: Base): SObjectField => ({
  requiredOnCreate: false,
  createable: true,
  updateable: true,
  nillable: true,
  defaulted: false,
  custom: false,
  externalId: false,
  unique: false,
  idLookup: false,
  ...f,
});

/** Settable on create only (conversion fields). */
const createOnly = (f: Base): SObjectField => writable({ updateable: false, ...f });

/** Settable on update only. */
const updateOnly = (f: Base): SObjectField => writable({ createable: false, ...f });

/** Not settable through the API. */
const readOnly = (f: Base): SObjectField => writable({ createable: false, updateable: false, ...f });

const readOnlyNote = 'Read-only: writing it fails with INVALID_FIELD_FOR_INSERT_UPDATE.';
const systemNote = 'System field set by Salesforce; read-only.';
const conversionNote = 'Set by lead conversion; a webhook should not write it.';
const dataComNote = 'Data.com field; only in orgs that use Data.com.';
const salesEngagementNote = 'Sales Engagement field; read-only.';

export const LEAD_STATUS_DEFAULTS = ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'];
export const LEAD_SOURCE_DEFAULTS = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'];
export const SALUTATION_DEFAULTS = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'];
export const RATING_DEFAULTS = ['Hot', 'Warm', 'Cold'];
export const INDUSTRY_DEFAULTS = [
  'Agriculture',
  'Apparel',
  'Banking',
  'Biotechnology',
  'Chemicals',
  'Communications',
  'Construction',
  'Consulting',
  'Education',
  'Electronics',
  'Energy',
  'Engineering',
  'Entertainment',
  'Environmental',
  'Finance',
  'Food & Beverage',
  'Government',
  'Healthcare',
  'Hospitality',
  'Insurance',
  'Machinery',
  'Manufacturing',
  'Media',
  'Not For Profit',
  'Other',
  'Recreation',
  'Retail',
  'Shipping',
  'Technology',
  'Telecommunications',
  'Transportation',
  'Utilities',
];
export const GEOCODE_ACCURACY_VALUES = [
  'Address',
  'NearAddress',
  'Block',
  'Street',
  'ExtendedZip',
  'Zip',
  'Neighborhood',
  'City',
  'County',
  'State',
  'Unknown',
];

export const standardLeadFields: readonly SObjectField[] = [
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
  writable({
    name: 'Company',
    label: 'Company',
    type: 'string',
    length: 255,
    requiredOnCreate: true,
    nillable: false,
    notes: 'Required; may be left empty only where person accounts are enabled.',
  }),
  writable({ name: 'FirstName', label: 'First Name', type: 'string', length: 40, brazeValue: fromBraze('first_name') }),
  writable({ name: 'MiddleName', label: 'Middle Name', type: 'string', length: 40 }),
  writable({ name: 'Suffix', label: 'Suffix', type: 'string', length: 40 }),
  writable({ name: 'Salutation', label: 'Salutation', type: 'picklist', picklistValues: SALUTATION_DEFAULTS, restrictedPicklist: false }),
  writable({ name: 'Title', label: 'Title', type: 'string', length: 128, notes: 'Over 80 characters blocks conversion to a person account.' }),
  writable({
    name: 'Email',
    label: 'Email',
    type: 'email',
    length: 80,
    idLookup: true,
    brazeValue: fromBraze('email_address'),
    notes: 'Salesforce checks the format (INVALID_EMAIL_ADDRESS).',
  }),
  writable({ name: 'Phone', label: 'Phone', type: 'phone', length: 40, brazeValue: fromBraze('phone_number') }),
  writable({
    name: 'MobilePhone',
    label: 'Mobile Phone',
    type: 'phone',
    length: 40,
    brazeValue: fromBraze('phone_number'),
    notes: "Braze's phone number is usually the mobile one used for SMS.",
  }),
  writable({ name: 'Fax', label: 'Fax', type: 'phone', length: 40 }),
  writable({ name: 'Website', label: 'Website', type: 'url', length: 255 }),
  writable({ name: 'Street', label: 'Street', type: 'textarea', length: 255 }),
  writable({ name: 'City', label: 'City', type: 'string', length: 40, brazeValue: fromBraze('city') }),
  writable({
    name: 'State',
    label: 'State/Province',
    type: 'string',
    length: 80,
    notes: 'With state and country picklists on, StateCode holds the code.',
  }),
  writable({ name: 'PostalCode', label: 'Zip/Postal Code', type: 'string', length: 20 }),
  writable({
    name: 'Country',
    label: 'Country',
    type: 'string',
    length: 80,
    brazeValue: fromBraze('country'),
    notes: 'Braze usually stores an ISO code; with country picklists on, write CountryCode instead.',
  }),
  writable({
    name: 'StateCode',
    label: 'State/Province Code',
    type: 'picklist',
    notes: 'ISO code; only when state and country picklists are enabled.',
  }),
  writable({
    name: 'CountryCode',
    label: 'Country Code',
    type: 'picklist',
    brazeValue: fromBraze('country'),
    notes: 'ISO 3166-1 alpha-2 code; only when state and country picklists are enabled.',
  }),
  writable({ name: 'Latitude', label: 'Latitude', type: 'double', notes: 'Number from -90 to 90.' }),
  writable({ name: 'Longitude', label: 'Longitude', type: 'double', notes: 'Number from -180 to 180.' }),
  writable({
    name: 'GeocodeAccuracy',
    label: 'Geocode Accuracy',
    type: 'picklist',
    picklistValues: GEOCODE_ACCURACY_VALUES,
    restrictedPicklist: true,
  }),
  writable({
    name: 'LeadSource',
    label: 'Lead Source',
    type: 'picklist',
    picklistValues: LEAD_SOURCE_DEFAULTS,
    restrictedPicklist: false,
    notes: 'Values are defined by each org; these are the defaults.',
  }),
  writable({
    name: 'Status',
    label: 'Status',
    type: 'picklist',
    nillable: false,
    defaulted: true,
    picklistValues: LEAD_STATUS_DEFAULTS,
    restrictedPicklist: false,
    notes: 'Values come from LeadStatus; setting a converted status does not convert the lead.',
  }),
  writable({ name: 'Industry', label: 'Industry', type: 'picklist', picklistValues: INDUSTRY_DEFAULTS, restrictedPicklist: false }),
  writable({ name: 'Rating', label: 'Rating', type: 'picklist', picklistValues: RATING_DEFAULTS, restrictedPicklist: false }),
  writable({ name: 'AnnualRevenue', label: 'Annual Revenue', type: 'currency', notes: 'A JSON number, not a string.' }),
  writable({ name: 'NumberOfEmployees', label: 'Employees', type: 'int', notes: 'A JSON number, not a string.' }),
  writable({ name: 'Description', label: 'Description', type: 'textarea', length: 32000 }),
  writable({ name: 'HasOptedOutOfEmail', label: 'Email Opt Out', type: 'boolean', nillable: false, defaulted: true, notes: 'JSON true or false.' }),
  writable({ name: 'HasOptedOutOfFax', label: 'Fax Opt Out', type: 'boolean', nillable: false, defaulted: true }),
  writable({ name: 'DoNotCall', label: 'Do Not Call', type: 'boolean', nillable: false, defaulted: true }),
  writable({ name: 'IsUnreadByOwner', label: 'Unread By Owner', type: 'boolean', nillable: false, defaulted: true }),
  writable({
    name: 'OwnerId',
    label: 'Owner ID',
    type: 'reference',
    length: 18,
    nillable: false,
    defaulted: true,
    referenceTo: ['Group', 'User'],
    idPrefix: ['005', '00G'],
    notes: 'Defaults to the running user (the client-credentials run-as user) or assignment rules.',
  }),
  writable({
    name: 'RecordTypeId',
    label: 'Record Type ID',
    type: 'reference',
    length: 18,
    referenceTo: ['RecordType'],
    idPrefix: ['012'],
    notes: 'Only where Lead record types exist.',
  }),
  writable({
    name: 'IndividualId',
    label: 'Individual ID',
    type: 'reference',
    length: 18,
    referenceTo: ['Individual'],
    idPrefix: ['0PK'],
    notes: 'Data privacy record; only with Data Protection and Privacy enabled.',
  }),
  writable({
    name: 'CleanStatus',
    label: 'Clean Status',
    type: 'picklist',
    picklistValues: ['Acknowledged', 'Different', 'Inactive', 'Matched', 'NotFound', 'Pending', 'SelectMatch', 'Skipped'],
    restrictedPicklist: true,
    notes: dataComNote,
  }),
  writable({ name: 'CompanyDunsNumber', label: 'Company D-U-N-S Number', type: 'string', length: 9, notes: dataComNote }),
  writable({ name: 'DandbCompanyId', label: 'D&B Company ID', type: 'reference', length: 18, referenceTo: ['DandBCompany'], notes: dataComNote }),
  writable({ name: 'Jigsaw', label: 'Data.com Key', type: 'string', length: 20, notes: 'Salesforce says not to modify it.' }),
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
    picklistValues: ['Male', 'Female', 'Nonbinary', 'Not Listed'],
    restrictedPicklist: true,
  }),
  writable({
    name: 'CurrencyIsoCode',
    label: 'Lead Currency',
    type: 'picklist',
    length: 3,
    defaulted: true,
    restrictedPicklist: true,
    notes: 'Only in multicurrency orgs; values are the currencies the org allows.',
  }),
  writable({
    name: 'Division',
    label: 'Division',
    type: 'picklist',
    nillable: false,
    defaulted: true,
    restrictedPicklist: true,
    notes: 'Only in orgs with divisions enabled.',
  }),

  // ---- Create only (conversion) ------------------------------------------------------------
  createOnly({ name: 'ConvertedAccountId', label: 'Converted Account ID', type: 'reference', length: 18, referenceTo: ['Account'], idPrefix: ['001'], notes: conversionNote }),
  createOnly({ name: 'ConvertedContactId', label: 'Converted Contact ID', type: 'reference', length: 18, referenceTo: ['Contact'], idPrefix: ['003'], notes: conversionNote }),
  createOnly({ name: 'ConvertedOpportunityId', label: 'Converted Opportunity ID', type: 'reference', length: 18, referenceTo: ['Opportunity'], idPrefix: ['006'], notes: conversionNote }),
  createOnly({ name: 'ConvertedDate', label: 'Converted Date', type: 'date', notes: conversionNote }),
  createOnly({ name: 'IsConverted', label: 'Converted', type: 'boolean', nillable: false, defaulted: true, notes: conversionNote }),

  // ---- Update only -------------------------------------------------------------------------
  updateOnly({ name: 'EmailBouncedDate', label: 'Email Bounced Date', type: 'datetime', notes: 'Set by bounce management; updating it triggers nothing.' }),
  updateOnly({ name: 'EmailBouncedReason', label: 'Email Bounced Reason', type: 'string', length: 255, notes: 'Set by bounce management; updating it triggers nothing.' }),

  // ---- Read-only ---------------------------------------------------------------------------
  readOnly({ name: 'Id', label: 'Lead ID', type: 'id', length: 18, nillable: false, defaulted: true, idPrefix: ['00Q'], notes: 'Goes in the URL of a PATCH, never in the body.' }),
  readOnly({ name: 'Name', label: 'Full Name', type: 'string', nillable: false, notes: 'FirstName, MiddleName, LastName and Suffix joined; write those instead.' }),
  readOnly({ name: 'Address', label: 'Address', type: 'address', notes: 'Compound field; write Street, City, State, PostalCode, Country instead.' }),
  readOnly({ name: 'PhotoUrl', label: 'Photo URL', type: 'url', length: 255, notes: readOnlyNote }),
  readOnly({ name: 'IsDeleted', label: 'Deleted', type: 'boolean', nillable: false, defaulted: true, notes: systemNote }),
  readOnly({ name: 'MasterRecordId', label: 'Master Record ID', type: 'reference', length: 18, referenceTo: ['Lead'], idPrefix: ['00Q'], notes: 'Set by a merge; read-only.' }),
  readOnly({ name: 'LastActivityDate', label: 'Last Activity', type: 'date', notes: readOnlyNote }),
  readOnly({ name: 'LastViewedDate', label: 'Last Viewed Date', type: 'datetime', notes: readOnlyNote }),
  readOnly({ name: 'LastReferencedDate', label: 'Last Referenced Date', type: 'datetime', notes: readOnlyNote }),
  readOnly({ name: 'PartnerAccountId', label: 'Partner Account ID', type: 'reference', length: 18, referenceTo: ['Account'], idPrefix: ['001'], notes: readOnlyNote }),
  readOnly({ name: 'ConnectionReceivedId', label: 'Received Connection ID', type: 'reference', length: 18, referenceTo: ['PartnerNetworkConnection'], notes: readOnlyNote }),
  readOnly({ name: 'ConnectionSentId', label: 'Sent Connection ID', type: 'reference', length: 18, referenceTo: ['PartnerNetworkConnection'], notes: readOnlyNote }),
  readOnly({ name: 'JigsawContactId', label: 'Jigsaw Contact ID', type: 'string', length: 20, notes: readOnlyNote }),
  readOnly({ name: 'IsPriorityRecord', label: 'Important', type: 'boolean', nillable: false, defaulted: true, notes: readOnlyNote }),
  readOnly({ name: 'ExportStatus', label: 'Export Status', type: 'picklist', restrictedPicklist: true, notes: 'Partner Connect field; read-only.' }),
  readOnly({ name: 'ActivityMetricId', label: 'Activity Metric ID', type: 'reference', length: 18, referenceTo: ['ActivityMetric'], notes: readOnlyNote }),
  readOnly({ name: 'ActivityMetricRollupId', label: 'Activity Metric Rollup ID', type: 'reference', length: 18, referenceTo: ['ActivityMetricRollup'], notes: readOnlyNote }),
  readOnly({ name: 'ActionCadenceId', label: 'Action Cadence ID', type: 'reference', length: 18, referenceTo: ['ActionCadence'], notes: salesEngagementNote }),
  readOnly({ name: 'ActionCadenceAssigneeId', label: 'Action Cadence Assignee ID', type: 'reference', length: 18, notes: salesEngagementNote }),
  readOnly({
    name: 'ActionCadenceState',
    label: 'Action Cadence State',
    type: 'picklist',
    picklistValues: ['Complete', 'Error', 'Initializing', 'Paused', 'Processing', 'Running'],
    restrictedPicklist: true,
    notes: salesEngagementNote,
  }),
  readOnly({ name: 'ActiveTrackerCount', label: 'Active Tracker Count', type: 'int', notes: salesEngagementNote }),
  readOnly({ name: 'FirstCallDateTime', label: 'First Call', type: 'datetime', notes: salesEngagementNote }),
  readOnly({ name: 'FirstEmailDateTime', label: 'First Email', type: 'datetime', notes: salesEngagementNote }),
  readOnly({ name: 'ScheduledResumeDateTime', label: 'Scheduled Resume', type: 'datetime', notes: salesEngagementNote }),
  readOnly({ name: 'ScoreIntelligenceId', label: 'Score Intelligence ID', type: 'reference', length: 18, notes: readOnlyNote }),
  readOnly({ name: 'CreatedById', label: 'Created By ID', type: 'reference', length: 18, nillable: false, defaulted: true, referenceTo: ['User'], idPrefix: ['005'], notes: systemNote }),
  readOnly({ name: 'CreatedDate', label: 'Created Date', type: 'datetime', nillable: false, defaulted: true, notes: systemNote }),
  readOnly({ name: 'LastModifiedById', label: 'Last Modified By ID', type: 'reference', length: 18, nillable: false, defaulted: true, referenceTo: ['User'], idPrefix: ['005'], notes: systemNote }),
  readOnly({ name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime', nillable: false, defaulted: true, notes: systemNote }),
  readOnly({ name: 'SystemModstamp', label: 'System Modstamp', type: 'datetime', nillable: false, defaulted: true, notes: systemNote }),
];

/**
 * The Lead object of the stand-in's org: the stand-in's own data (the extension's knowledge keeps
 * its own Lead elsewhere; this one is the org being imitated, with its custom fields).
 *
 * Sources:
 * - Field list, types, lengths, Create/Update/Nillable/Defaulted properties:
 *   Salesforce's Object Reference, "Lead" (developer.salesforce.com, sforce_api_objects_lead.htm)
 *   and its "System Fields" page. Lengths marked * there are the standard describe lengths.
 * - Picklist entries carry value/label/active/defaultValue: developerforce/Force.com-JavaScript-REST-Toolkit PR #50.
 * - Defaults on create: Status from LeadStatus ("Open - Not Contacted"), the opt-out booleans false,
 *   IsUnreadByOwner true for a record the owner has not viewed (Object Reference "Lead").
 * - The custom restricted picklist `Lead_Stage__c` (Lead, MQL, SQL) is the seeds' field
 *   (Braze's recipe, braze-inc/braze-docs `_docs/_user_guide/get_started/b2b_use_cases/b2b_salesforce_sales_cloud.md`).
 * - `Email` is an idLookup field: the REST guide upserts by it (`PATCH .../sobjects/Lead/Email/<value>`,
 *   "Upsert Records Using sObject Rows by External ID", resources_sobject_upsert_patch.htm).
 *
 * Assumed (not in the sources): the field labels (standard English labels as Salesforce's describe
 * shows them); picklist lengths (255, Salutation 40); which optional org features are off — this
 * stand-in imitates an org WITHOUT state/country picklists (no StateCode/CountryCode), record types
 * (no RecordTypeId), multicurrency (no CurrencyIsoCode), divisions, Pronouns/GenderIdentity,
 * Sales Engagement or partner/S2S fields. Writing one of those gets INVALID_FIELD, as in such an org.
 * The custom fields `Ext_Id__c` (External ID, unique) and `Braze_Id__c` (External ID, not unique) are
 * the org's own, for upsert tests.
 */
import { pick, type FieldDef, type ObjectDef } from './object-schema';

/** Field flag presets, to keep the table below short. */
const RW = { nillable: true, createable: true, updateable: true, defaultedOnCreate: false, custom: false } as const;
const RO = { nillable: true, createable: false, updateable: false, defaultedOnCreate: false, custom: false } as const;
const SYS = { nillable: false, createable: false, updateable: false, defaultedOnCreate: true, custom: false } as const;
const CREATE_ONLY = { nillable: true, createable: true, updateable: false, defaultedOnCreate: false, custom: false } as const;
const UPDATE_ONLY = { nillable: true, createable: false, updateable: true, defaultedOnCreate: false, custom: false } as const;
const BOOL_DEFAULTED = { nillable: false, createable: true, updateable: true, defaultedOnCreate: true, custom: false } as const;

const TO_USER = { referenceTo: ['User'], idPrefixes: ['005'] } as const;

const LEAD_FIELDS: readonly FieldDef[] = [
  { name: 'Id', label: 'Lead ID', type: 'id', length: 18, ...SYS },
  { name: 'IsDeleted', label: 'Deleted', type: 'boolean', length: 0, ...SYS },
  { name: 'MasterRecordId', label: 'Master Record ID', type: 'reference', length: 18, ...RO, referenceTo: ['Lead'], idPrefixes: ['00Q'] },
  // Required on create: not nillable, not defaulted (Object Reference "Lead").
  { name: 'LastName', label: 'Last Name', type: 'string', length: 80, ...RW, nillable: false },
  { name: 'FirstName', label: 'First Name', type: 'string', length: 40, ...RW },
  {
    name: 'Salutation', label: 'Salutation', type: 'picklist', length: 40, ...RW,
    picklistValues: pick(['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.']), restrictedPicklist: false,
  },
  { name: 'MiddleName', label: 'Middle Name', type: 'string', length: 40, ...RW },
  { name: 'Suffix', label: 'Suffix', type: 'string', length: 40, ...RW },
  { name: 'Name', label: 'Full Name', type: 'string', length: 121, ...RO, nillable: false },
  { name: 'Title', label: 'Title', type: 'string', length: 128, ...RW },
  // "required on create (nillable only where person accounts are on)" — this org has none.
  { name: 'Company', label: 'Company', type: 'string', length: 255, ...RW, nillable: false },
  { name: 'Street', label: 'Street', type: 'textarea', length: 255, ...RW },
  { name: 'City', label: 'City', type: 'string', length: 40, ...RW },
  { name: 'State', label: 'State/Province', type: 'string', length: 80, ...RW },
  { name: 'PostalCode', label: 'Zip/Postal Code', type: 'string', length: 20, ...RW },
  { name: 'Country', label: 'Country', type: 'string', length: 80, ...RW },
  { name: 'Latitude', label: 'Latitude', type: 'double', length: 0, precision: 18, scale: 15, ...RW },
  { name: 'Longitude', label: 'Longitude', type: 'double', length: 0, precision: 18, scale: 15, ...RW },
  {
    name: 'GeocodeAccuracy', label: 'Geocode Accuracy', type: 'picklist', length: 40, ...RW,
    picklistValues: pick(['Address', 'NearAddress', 'Block', 'Street', 'ExtendedZip', 'Zip', 'Neighborhood', 'City', 'County', 'State', 'Unknown']),
    restrictedPicklist: true,
  },
  { name: 'Address', label: 'Address', type: 'address', length: 0, ...RO },
  { name: 'Phone', label: 'Phone', type: 'phone', length: 40, ...RW },
  { name: 'MobilePhone', label: 'Mobile Phone', type: 'phone', length: 40, ...RW },
  { name: 'Fax', label: 'Fax', type: 'phone', length: 40, ...RW },
  { name: 'Email', label: 'Email', type: 'email', length: 80, ...RW, idLookup: true },
  { name: 'Website', label: 'Website', type: 'url', length: 255, ...RW },
  { name: 'PhotoUrl', label: 'Photo URL', type: 'url', length: 255, ...RO },
  { name: 'Description', label: 'Description', type: 'textarea', length: 32000, ...RW },
  {
    name: 'LeadSource', label: 'Lead Source', type: 'picklist', length: 255, ...RW,
    picklistValues: pick(['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other']), restrictedPicklist: false,
  },
  {
    name: 'Status', label: 'Status', type: 'picklist', length: 255, ...RW, nillable: false, defaultedOnCreate: true,
    picklistValues: pick(['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'], 'Open - Not Contacted'),
    restrictedPicklist: false,
  },
  {
    name: 'Industry', label: 'Industry', type: 'picklist', length: 255, ...RW,
    picklistValues: pick([
      'Agriculture', 'Apparel', 'Banking', 'Biotechnology', 'Chemicals', 'Communications', 'Construction', 'Consulting',
      'Education', 'Electronics', 'Energy', 'Engineering', 'Entertainment', 'Environmental', 'Finance', 'Food & Beverage',
      'Government', 'Healthcare', 'Hospitality', 'Insurance', 'Machinery', 'Manufacturing', 'Media', 'Not For Profit',
      'Recreation', 'Retail', 'Shipping', 'Technology', 'Telecommunications', 'Transportation', 'Utilities', 'Other',
    ]),
    restrictedPicklist: false,
  },
  {
    name: 'Rating', label: 'Rating', type: 'picklist', length: 255, ...RW,
    picklistValues: pick(['Hot', 'Warm', 'Cold']), restrictedPicklist: false,
  },
  { name: 'AnnualRevenue', label: 'Annual Revenue', type: 'currency', length: 0, precision: 18, scale: 0, ...RW },
  { name: 'NumberOfEmployees', label: 'Employees', type: 'int', length: 0, digits: 8, ...RW },
  { name: 'OwnerId', label: 'Owner ID', type: 'reference', length: 18, ...RW, nillable: false, defaultedOnCreate: true, referenceTo: ['User', 'Group'], idPrefixes: ['005', '00G'] },
  { name: 'HasOptedOutOfEmail', label: 'Email Opt Out', type: 'boolean', length: 0, ...BOOL_DEFAULTED },
  { name: 'HasOptedOutOfFax', label: 'Fax Opt Out', type: 'boolean', length: 0, ...BOOL_DEFAULTED },
  { name: 'DoNotCall', label: 'Do Not Call', type: 'boolean', length: 0, ...BOOL_DEFAULTED },
  { name: 'IsUnreadByOwner', label: 'Unread By Owner', type: 'boolean', length: 0, ...BOOL_DEFAULTED },
  // Writable on create only (Object Reference "Lead").
  { name: 'IsConverted', label: 'Converted', type: 'boolean', length: 0, ...CREATE_ONLY, nillable: false, defaultedOnCreate: true },
  { name: 'ConvertedDate', label: 'Converted Date', type: 'date', length: 0, ...CREATE_ONLY },
  { name: 'ConvertedAccountId', label: 'Converted Account ID', type: 'reference', length: 18, ...CREATE_ONLY, referenceTo: ['Account'], idPrefixes: ['001'] },
  { name: 'ConvertedContactId', label: 'Converted Contact ID', type: 'reference', length: 18, ...CREATE_ONLY, referenceTo: ['Contact'], idPrefixes: ['003'] },
  { name: 'ConvertedOpportunityId', label: 'Converted Opportunity ID', type: 'reference', length: 18, ...CREATE_ONLY, referenceTo: ['Opportunity'], idPrefixes: ['006'] },
  // Writable on update only (Object Reference "Lead").
  { name: 'EmailBouncedReason', label: 'Email Bounced Reason', type: 'string', length: 255, ...UPDATE_ONLY },
  { name: 'EmailBouncedDate', label: 'Email Bounced Date', type: 'datetime', length: 0, ...UPDATE_ONLY },
  { name: 'IndividualId', label: 'Individual ID', type: 'reference', length: 18, ...RW, referenceTo: ['Individual'], idPrefixes: ['0PK'] },
  // Data.com fields.
  { name: 'Jigsaw', label: 'Data.com Key', type: 'string', length: 20, ...RW },
  { name: 'JigsawContactId', label: 'Jigsaw Contact ID', type: 'string', length: 20, ...RO },
  {
    name: 'CleanStatus', label: 'Clean Status', type: 'picklist', length: 40, ...RW,
    picklistValues: pick(
      ['Matched', 'Different', 'Acknowledged', 'NotFound', 'Inactive', 'Pending', 'SelectMatch', 'Skipped'],
      undefined,
      { Matched: 'In Sync', Acknowledged: 'Reviewed', NotFound: 'Not Found', Pending: 'Not Compared', SelectMatch: 'Select Match' },
    ),
    restrictedPicklist: true,
  },
  { name: 'CompanyDunsNumber', label: 'Company D-U-N-S Number', type: 'string', length: 9, ...RW },
  { name: 'DandbCompanyId', label: 'D&B Company ID', type: 'reference', length: 18, ...RW, referenceTo: ['DandBCompany'], idPrefixes: ['06E'] },
  // Other read-only fields (Object Reference "Lead", read-only fields).
  { name: 'LastActivityDate', label: 'Last Activity', type: 'date', length: 0, ...RO },
  { name: 'LastViewedDate', label: 'Last Viewed Date', type: 'datetime', length: 0, ...RO },
  { name: 'LastReferencedDate', label: 'Last Referenced Date', type: 'datetime', length: 0, ...RO },
  { name: 'IsPriorityRecord', label: 'Important', type: 'boolean', length: 0, ...SYS },
  { name: 'ActivityMetricId', label: 'Activity Metric ID', type: 'reference', length: 18, ...RO, referenceTo: ['ActivityMetric'], idPrefixes: ['0Ni'] },
  { name: 'ActivityMetricRollupId', label: 'Activity Metric Rollup ID', type: 'reference', length: 18, ...RO, referenceTo: ['ActivityMetricRollup'], idPrefixes: ['0Nj'] },
  // System fields.
  { name: 'CreatedDate', label: 'Created Date', type: 'datetime', length: 0, ...SYS },
  { name: 'CreatedById', label: 'Created By ID', type: 'reference', length: 18, ...SYS, ...TO_USER },
  { name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime', length: 0, ...SYS },
  { name: 'LastModifiedById', label: 'Last Modified By ID', type: 'reference', length: 18, ...SYS, ...TO_USER },
  { name: 'SystemModstamp', label: 'System Modstamp', type: 'datetime', length: 0, ...SYS },
  // The seeds' custom field: a restricted picklist (Braze's recipe).
  {
    name: 'Lead_Stage__c', label: 'Lead Stage', type: 'picklist', length: 255, ...RW, custom: true,
    picklistValues: pick(['Lead', 'MQL', 'SQL']), restrictedPicklist: true,
  },
  // The org's external ids: a unique one, and Braze's external_id, which is not unique.
  { name: 'Ext_Id__c', label: 'External ID', type: 'string', length: 80, ...RW, custom: true, externalId: true, unique: true },
  { name: 'Braze_Id__c', label: 'Braze External ID', type: 'string', length: 255, ...RW, custom: true, externalId: true },
];

export const LEAD: ObjectDef = {
  name: 'Lead',
  label: 'Lead',
  labelPlural: 'Leads',
  keyPrefix: '00Q',
  custom: false,
  personName: true,
  fields: LEAD_FIELDS,
  createDefaults: { IsUnreadByOwner: true },
};

/**
 * Campaigns in the stand-in's org: the Campaign object (the stand-in's own data: the extension's
 * knowledge has no Campaign), the demo campaign seeded at start, and the CampaignMember rules that
 * the field table alone does not say.
 *
 * Sources:
 * - Campaign fields, Name required (80), Type and Status picklists, IsActive, the date and cost
 *   fields, key prefix 701: Object Reference, "Campaign"
 *   (developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_campaign.htm).
 * - CampaignMember "must contain either a ContactId or a LeadId", both given: the contact is kept;
 *   Sent is a new campaign's default status, Responded counts as a response (HasResponded,
 *   FirstRespondedDate); the lead or contact fields are copied onto the member (Object Reference,
 *   "CampaignMember", sforce_api_objects_campaignmember.htm, as the built-in knowledge cites it).
 * - A second member for the same person and campaign: DUPLICATE_VALUE "Already a campaign member."
 *   (answer quoted in public clients' tests).
 *
 * Assumed: the Type and Status values (Salesforce's out-of-the-box lists); the read-only counts
 * (NumberOfLeads...) are left out; neither LeadId nor ContactId answers REQUIRED_FIELD_MISSING
 * "Required fields are missing: [LeadId, ContactId]"; the copied fields follow the lead or contact
 * at the member's own writes only, not later changes.
 */
import { to18 } from './ids';
import { pick, systemFields, type ObjectDef, type RecordValues } from './object-schema';

const RW = { nillable: true, createable: true, updateable: true, defaultedOnCreate: false, custom: false } as const;
const RO = { nillable: true, createable: false, updateable: false, defaultedOnCreate: false, custom: false } as const;
const TO_USER = { referenceTo: ['User'], idPrefixes: ['005'] } as const;

export const CAMPAIGN: ObjectDef = {
  name: 'Campaign',
  label: 'Campaign',
  labelPlural: 'Campaigns',
  keyPrefix: '701',
  custom: false,
  fields: [
    ...systemFields('Campaign ID'),
    { name: 'Name', label: 'Name', type: 'string', length: 80, ...RW, nillable: false },
    { name: 'ParentId', label: 'Parent Campaign ID', type: 'reference', length: 18, ...RW, referenceTo: ['Campaign'], idPrefixes: ['701'] },
    {
      name: 'Type', label: 'Type', type: 'picklist', length: 255, ...RW, restrictedPicklist: false,
      picklistValues: pick(['Conference', 'Webinar', 'Trade Show', 'Public Relations', 'Partners', 'Referral Program', 'Advertisement', 'Banner Ads', 'Direct Mail', 'Email', 'Telemarketing', 'Other']),
    },
    {
      name: 'Status', label: 'Status', type: 'picklist', length: 255, ...RW, restrictedPicklist: false,
      picklistValues: pick(['Planned', 'In Progress', 'Completed', 'Aborted']),
    },
    { name: 'StartDate', label: 'Start Date', type: 'date', length: 0, ...RW },
    { name: 'EndDate', label: 'End Date', type: 'date', length: 0, ...RW },
    { name: 'IsActive', label: 'Active', type: 'boolean', length: 0, ...RW, nillable: false, defaultedOnCreate: true },
    { name: 'Description', label: 'Description', type: 'textarea', length: 32000, ...RW },
    { name: 'ExpectedRevenue', label: 'Expected Revenue in Campaign', type: 'currency', length: 0, precision: 18, scale: 0, ...RW },
    { name: 'BudgetedCost', label: 'Budgeted Cost in Campaign', type: 'currency', length: 0, precision: 18, scale: 0, ...RW },
    { name: 'ActualCost', label: 'Actual Cost in Campaign', type: 'currency', length: 0, precision: 18, scale: 0, ...RW },
    { name: 'ExpectedResponse', label: 'Expected Response (%)', type: 'percent', length: 0, precision: 10, scale: 2, ...RW },
    { name: 'NumberSent', label: 'Num Sent in Campaign', type: 'double', length: 0, precision: 18, scale: 0, ...RW },
    { name: 'OwnerId', label: 'Owner ID', type: 'reference', length: 18, ...RW, nillable: false, defaultedOnCreate: true, ...TO_USER },
    { name: 'LastActivityDate', label: 'Last Activity', type: 'date', length: 0, ...RO },
  ],
};

/** The campaign present at start (and after a reset), to add members to. */
export const DEMO_CAMPAIGN_ID = to18('7015g00000BRAZE');
export const DEMO_CAMPAIGN: Readonly<Record<string, unknown>> = {
  Id: DEMO_CAMPAIGN_ID,
  Name: 'Braze Webhooks Demo',
  Type: 'Email',
  Status: 'In Progress',
  IsActive: true,
};

/** Fields copied from the lead (same name) or contact (addresses from its Mailing address). */
const COPIED = ['Salutation', 'FirstName', 'LastName', 'Name', 'Title', 'Email', 'Phone', 'MobilePhone', 'Fax', 'Description', 'DoNotCall', 'HasOptedOutOfEmail', 'HasOptedOutOfFax', 'LeadSource'];
const ADDRESS = ['Street', 'City', 'State', 'PostalCode', 'Country'];

function deriveMember(record: RecordValues, related: (id: unknown) => Readonly<RecordValues> | undefined): void {
  if (record.ContactId != null) record.LeadId = null;
  const isContact = record.ContactId != null;
  const personId = isContact ? record.ContactId : record.LeadId;
  const person = related(personId);
  record.Type = isContact ? 'Contact' : 'Lead';
  record.LeadOrContactId = personId ?? null;
  record.LeadOrContactOwnerId = person?.OwnerId ?? null;
  for (const f of COPIED) record[f] = person?.[f] ?? null;
  for (const f of ADDRESS) record[f] = person?.[isContact ? `Mailing${f}` : f] ?? null;
  record.CompanyOrAccount = (isContact ? related(person?.AccountId)?.Name : person?.Company) ?? null;
  record.HasResponded = record.Status === 'Responded';
  if (record.HasResponded && record.FirstRespondedDate == null) record.FirstRespondedDate = new Date().toISOString().slice(0, 10);
}

/** What the stand-in adds to the built-in CampaignMember schema. */
export const CAMPAIGN_MEMBER_RULES: Pick<ObjectDef, 'requiredOneOf' | 'duplicateKeys' | 'derive'> = {
  requiredOneOf: ['LeadId', 'ContactId'],
  duplicateKeys: {
    keys: [
      ['CampaignId', 'LeadId'],
      ['CampaignId', 'ContactId'],
    ],
    message: 'Already a campaign member.',
  },
  derive: deriveMember,
};

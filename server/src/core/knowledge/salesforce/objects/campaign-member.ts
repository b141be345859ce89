/**
 * The standard CampaignMember object (a lead or contact in a campaign) as a REST create or
 * update sees it.
 *
 * Sources:
 * - Object Reference, "CampaignMember" (properties, CampaignId required, "must contain either a
 *   ContactId or a LeadId", Status checked against the campaign's statuses):
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_campaignmember.htm
 *   (text copy in `koichiro-o/wip` `salesforce/standard_objects/CampaignMember.md`);
 * - Object Reference, "CampaignMemberStatus" (a campaign's own status values, one the default):
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_campaignmemberstatus.htm;
 * - a describe capture without flags, French labels (nillable, picklist values, the Status values
 *   Planned, Received, Responded, Sent): `OpenClassroomsSFDEV/P9_OptimizeApexBackend`
 *   `.sfdx/tools/soqlMetadata/standardObjects/CampaignMember.json`;
 * - key prefix 00v: public key prefix lists; Sent and Responded as a new campaign's statuses:
 *   https://www.simplysfdc.com/2016/05/campaign-member-status-responded.html (quoting Salesforce
 *   Help, "Customizing Campaign Setup"); Salesforce Help, "Campaign Member Statuses":
 *   https://help.salesforce.com/s/articleView?id=sales.campaigns_customize_member_status_parent.htm&language=en_US&type=5.
 * English labels are the Object Reference's where it names one ("Label is Responded"), else the
 * English form of the capture's French label. The lead and contact fields copied onto a member
 * (FirstName, Email, ...) are read-only. No CampaignMember describe with `externalId` / `unique`
 * was found; they are false here as on the captured fields of the other objects.
 */
import type { SObject } from '../../schema';
import { LEAD_SOURCE_DEFAULTS, SALUTATION_DEFAULTS } from '../lead-fields';
import { RECORD_TYPE_NOTE, auditFields, checkbox, createOnly, idField, readOnly, writable, type FieldBase } from './fields';

/** The statuses Salesforce gives a new campaign; Sent is its default, Responded counts as a response. */
export const NEW_CAMPAIGN_MEMBER_STATUSES = ['Sent', 'Responded'];

const copyNote = 'Copied from the lead or contact; read-only (write it on the Lead or Contact).';
const copied = (f: FieldBase) => readOnly({ notes: copyNote, ...f });

export const campaignMemberObject: SObject = {
  name: 'CampaignMember',
  label: 'Campaign Member',
  keyPrefix: '00v',
  assignmentRules: false,
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_campaignmember.htm',
  notes:
    'A create needs CampaignId and one of LeadId or ContactId (both: only ContactId is kept); a second member for the same person and campaign fails.',
  requiredOneOf: [['LeadId', 'ContactId']],
  fields: [
    // ---- Create only -------------------------------------------------------------------------
    createOnly({
      name: 'CampaignId',
      label: 'Campaign ID',
      type: 'reference',
      requiredOnCreate: true,
      nillable: false,
      referenceTo: ['Campaign'],
    }),
    createOnly({ name: 'LeadId', label: 'Lead ID', type: 'reference', referenceTo: ['Lead'], notes: 'One of LeadId or ContactId is required.' }),
    createOnly({ name: 'ContactId', label: 'Contact ID', type: 'reference', referenceTo: ['Contact'], notes: 'One of LeadId or ContactId is required.' }),

    // ---- Writable on create and update -------------------------------------------------------
    writable({
      name: 'Status',
      label: 'Status',
      type: 'picklist',
      length: 40,
      picklistValues: NEW_CAMPAIGN_MEMBER_STATUSES,
      restrictedPicklist: false,
      notes:
        "Values are the campaign's own member statuses (a new campaign has Sent, the default, and Responded); an unknown value becomes the default status, no error.",
    }),
    writable({ name: 'RecordTypeId', label: 'Record Type ID', type: 'reference', referenceTo: ['RecordType'], notes: `${RECORD_TYPE_NOTE} Set on the campaign (CampaignMemberRecordTypeId).` }),

    // ---- Read-only ---------------------------------------------------------------------------
    idField('Campaign Member ID', '00v'),
    readOnly(checkbox({ name: 'HasResponded', label: 'Responded', notes: 'Set from Status (its campaign status counts as a response); read-only.' })),
    readOnly({ name: 'FirstRespondedDate', label: 'First Responded Date', type: 'date', notes: 'Set when Status first becomes a responded status; read-only.' }),
    readOnly({
      name: 'LeadOrContactId',
      label: 'Related Record ID',
      type: 'reference',
      referenceTo: ['Account', 'Contact', 'Lead'],
      notes: 'The ContactId or LeadId (an account with Accounts as Campaign Members); read-only.',
    }),
    readOnly({ name: 'LeadOrContactOwnerId', label: 'Related Record Owner ID', type: 'reference', referenceTo: ['Group', 'User'], notes: copyNote }),
    readOnly({ name: 'Type', label: 'Type', type: 'string', notes: 'Lead or Contact; read-only.' }),
    copied({ name: 'Salutation', label: 'Salutation', type: 'picklist', picklistValues: SALUTATION_DEFAULTS, restrictedPicklist: false }),
    copied({ name: 'Name', label: 'Name', type: 'string' }),
    copied({ name: 'FirstName', label: 'First Name', type: 'string' }),
    copied({ name: 'LastName', label: 'Last Name', type: 'string', length: 80 }),
    copied({ name: 'Title', label: 'Title', type: 'string' }),
    copied({ name: 'CompanyOrAccount', label: 'Company (Account)', type: 'string' }),
    copied({ name: 'Street', label: 'Street', type: 'string' }),
    copied({ name: 'City', label: 'City', type: 'string' }),
    copied({ name: 'State', label: 'State/Province', type: 'string', length: 80 }),
    copied({ name: 'PostalCode', label: 'Zip/Postal Code', type: 'string' }),
    copied({ name: 'Country', label: 'Country', type: 'string' }),
    copied({ name: 'Email', label: 'Email', type: 'email' }),
    copied({ name: 'Phone', label: 'Phone', type: 'phone' }),
    copied({ name: 'MobilePhone', label: 'Mobile Phone', type: 'phone' }),
    copied({ name: 'Fax', label: 'Fax', type: 'phone' }),
    copied({ name: 'Description', label: 'Description', type: 'textarea' }),
    copied(checkbox({ name: 'DoNotCall', label: 'Do Not Call' })),
    copied(checkbox({ name: 'HasOptedOutOfEmail', label: 'Email Opt Out' })),
    copied(checkbox({ name: 'HasOptedOutOfFax', label: 'Fax Opt Out' })),
    copied({ name: 'LeadSource', label: 'Lead Source', type: 'picklist', picklistValues: LEAD_SOURCE_DEFAULTS, restrictedPicklist: false }),
    ...auditFields(),
  ],
};

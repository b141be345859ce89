/**
 * The standard Lead object in the shape every object shares (`SObject`): the fields of
 * `../lead-fields.ts` (sources cited there), with `externalId` and `unique` false: false on every
 * standard field of the Contact, Account, Opportunity and Case describe captures cited next to
 * this file, and not checked on a Lead describe (unconfirmed for the Lead). REST creates and updates of
 * Leads run the active lead assignment rule unless `Sforce-Auto-Assign: FALSE` (REST API Developer
 * Guide, https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_autoassign.htm).
 */
import type { SObject, SObjectField } from '../../schema';
import { standardLeadFields } from '../lead-fields';
import { LEAD_ID_PREFIX } from '../record-id';

export const leadObject: SObject = {
  name: 'Lead',
  label: 'Lead',
  keyPrefix: LEAD_ID_PREFIX,
  assignmentRules: true,
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm',
  notes: 'LastName and Company are required; converting a lead is a separate call (convertLead), not a field.',
  fields: standardLeadFields.map((f): SObjectField => ({ ...f, externalId: false, unique: false })),
};

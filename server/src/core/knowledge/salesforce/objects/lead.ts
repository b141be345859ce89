/**
 * The standard Lead object in the shape every object shares (`SObject`): the fields of
 * `../lead-fields.ts` (sources cited there). REST creates and updates of Leads run the active lead
 * assignment rule unless `Sforce-Auto-Assign: FALSE` (REST API Developer Guide,
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_autoassign.htm).
 */
import type { SObject } from '../../schema';
import { standardLeadFields } from '../lead-fields';

export const leadObject: SObject = {
  name: 'Lead',
  label: 'Lead',
  keyPrefix: '00Q',
  assignmentRules: true,
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm',
  notes: 'LastName and Company are required; converting a lead is a separate call (convertLead), not a field.',
  fields: [...standardLeadFields],
};

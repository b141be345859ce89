/**
 * The standard Opportunity object as a REST create or update sees it.
 *
 * Sources:
 * - Object Reference, "Opportunity":
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunity.htm
 *   (text copy in `koichiro-o/wip` `salesforce/standard_objects/Opportunity.md`);
 * - Field Reference, "Opportunity" (labels, lengths):
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-opportunity.html;
 * - a describe capture, `SFDO-Tooling/CumulusCI`
 *   `cumulusci/tests/shared_cassettes/GET_sobjects_Opportunity_describe.yaml`: flags, lengths,
 *   the default values of StageName, Type, LeadSource and ForecastCategoryName, key prefix 006,
 *   and `externalId` / `unique` false on every standard field.
 * RecordTypeId and CurrencyIsoCode are not in the capture (no record types, one currency there).
 */
import type { SObject } from '../../schema';
import { LEAD_SOURCE_DEFAULTS } from '../lead-fields';
import {
  MULTICURRENCY_NOTE,
  READ_ONLY_NOTE,
  RECORD_TYPE_NOTE,
  auditFields,
  checkbox,
  createOnly,
  idField,
  readOnly,
  recentlyViewedFields,
  writable,
} from './fields';

/** The default sales process; each stage sets a default Probability and ForecastCategory. */
export const OPPORTUNITY_STAGE_DEFAULTS = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
];
export const OPPORTUNITY_TYPE_DEFAULTS = [
  'Existing Customer - Upgrade',
  'Existing Customer - Replacement',
  'Existing Customer - Downgrade',
  'New Customer',
];
/** ForecastCategoryName's values; ForecastCategory (read-only) names them BestCase, Forecast... */
export const FORECAST_CATEGORY_NAME_VALUES = ['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed'];

const derivedNote = 'Derived from StageName; read-only.';

export const opportunityObject: SObject = {
  name: 'Opportunity',
  label: 'Opportunity',
  keyPrefix: '006',
  assignmentRules: false,
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunity.htm',
  notes: 'Name, StageName and CloseDate are required; StageName values come from the sales process (OpportunityStage).',
  fields: [
    // ---- Writable on create and update -------------------------------------------------------
    writable({ name: 'Name', label: 'Name', type: 'string', length: 120, requiredOnCreate: true, nillable: false }),
    writable({
      name: 'StageName',
      label: 'Stage',
      type: 'picklist',
      length: 255,
      requiredOnCreate: true,
      nillable: false,
      picklistValues: OPPORTUNITY_STAGE_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org (OpportunityStage); these are the defaults. Setting it sets IsClosed and IsWon.',
    }),
    writable({
      name: 'CloseDate',
      label: 'Close Date',
      type: 'date',
      requiredOnCreate: true,
      nillable: false,
      notes: 'A date, YYYY-MM-DD.',
    }),
    writable({ name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'] }),
    writable({ name: 'Amount', label: 'Amount', type: 'currency', notes: 'A JSON number, not a string.' }),
    writable({ name: 'Probability', label: 'Probability (%)', type: 'percent', defaulted: true, notes: 'A number from 0 to 100; implied by StageName when left out.' }),
    writable({ name: 'TotalOpportunityQuantity', label: 'Quantity', type: 'double' }),
    writable({
      name: 'Type',
      label: 'Opportunity Type',
      type: 'picklist',
      length: 255,
      picklistValues: OPPORTUNITY_TYPE_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org; these are the defaults.',
    }),
    writable({ name: 'NextStep', label: 'Next Step', type: 'string', length: 255 }),
    writable({
      name: 'LeadSource',
      label: 'Lead Source',
      type: 'picklist',
      length: 255,
      picklistValues: LEAD_SOURCE_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org (shared with Lead); these are the defaults.',
    }),
    writable({ name: 'Description', label: 'Description', type: 'textarea', length: 32000 }),
    writable(checkbox({ name: 'IsPrivate', label: 'Private' })),
    writable({
      name: 'ForecastCategoryName',
      label: 'Forecast Category',
      type: 'picklist',
      length: 255,
      defaulted: true,
      picklistValues: FORECAST_CATEGORY_NAME_VALUES,
      restrictedPicklist: true,
      notes: "Defaults to the stage's forecast category.",
    }),
    writable({ name: 'CampaignId', label: 'Campaign ID', type: 'reference', referenceTo: ['Campaign'], notes: 'The primary campaign source.' }),
    writable({ name: 'Pricebook2Id', label: 'Price Book ID', type: 'reference', defaulted: true, referenceTo: ['Pricebook2'] }),
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
    writable({ name: 'CurrencyIsoCode', label: 'Opportunity Currency', type: 'picklist', length: 3, defaulted: true, restrictedPicklist: true, notes: MULTICURRENCY_NOTE }),

    // ---- Create only -------------------------------------------------------------------------
    createOnly({
      name: 'ContactId',
      label: 'Contact ID',
      type: 'reference',
      referenceTo: ['Contact'],
      notes: 'The primary contact, set on create only; later changes go through OpportunityContactRole.',
    }),

    // ---- Read-only ---------------------------------------------------------------------------
    idField('Opportunity ID', '006'),
    readOnly({ name: 'ExpectedRevenue', label: 'Expected Amount', type: 'currency', notes: 'Amount times Probability; read-only.' }),
    readOnly(checkbox({ name: 'IsClosed', label: 'Closed', notes: derivedNote })),
    readOnly(checkbox({ name: 'IsWon', label: 'Won', notes: derivedNote })),
    readOnly({
      name: 'ForecastCategory',
      label: 'Forecast Category',
      type: 'picklist',
      length: 40,
      nillable: false,
      picklistValues: ['Omitted', 'Pipeline', 'BestCase', 'MostLikely', 'Forecast', 'Closed'],
      restrictedPicklist: true,
      notes: 'Set from ForecastCategoryName; write that one.',
    }),
    readOnly(checkbox({ name: 'HasOpportunityLineItem', label: 'Has Line Item', notes: READ_ONLY_NOTE })),
    readOnly(checkbox({ name: 'HasOpenActivity', label: 'Has Open Activity', notes: READ_ONLY_NOTE })),
    readOnly(checkbox({ name: 'HasOverdueTask', label: 'Has Overdue Task', notes: READ_ONLY_NOTE })),
    readOnly({ name: 'LastActivityDate', label: 'Last Activity', type: 'date', notes: READ_ONLY_NOTE }),
    readOnly({ name: 'LastStageChangeDate', label: 'Last Stage Change Date', type: 'datetime', notes: READ_ONLY_NOTE }),
    readOnly({ name: 'FiscalQuarter', label: 'Fiscal Quarter', type: 'int', notes: 'Derived from CloseDate; read-only.' }),
    readOnly({ name: 'FiscalYear', label: 'Fiscal Year', type: 'int', notes: 'Derived from CloseDate; read-only.' }),
    readOnly({ name: 'Fiscal', label: 'Fiscal Period', type: 'string', length: 6, notes: 'Derived from CloseDate; read-only.' }),
    readOnly({ name: 'LastAmountChangedHistoryId', label: 'Opportunity History ID', type: 'reference', referenceTo: ['OpportunityHistory'], notes: READ_ONLY_NOTE }),
    readOnly({ name: 'LastCloseDateChangedHistoryId', label: 'Opportunity History ID', type: 'reference', referenceTo: ['OpportunityHistory'], notes: READ_ONLY_NOTE }),
    ...recentlyViewedFields(),
    ...auditFields(),
  ],
};

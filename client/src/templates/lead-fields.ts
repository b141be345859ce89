/**
 * The custom Lead fields of a workspace's describe file (`.salesforce/Lead.describe.json`,
 * setting `brazeWebhooks.leadDescribePath`), read with the language server's knowledge loader.
 * Pure: the command reads the file.
 */
import { loadWorkspaceKnowledge } from '../../../server/src/core';
import { DEFAULT_MQL_FIELD, DEFAULT_MQL_VALUE } from './lead-templates';

export interface CustomLeadField {
  name: string;
  label: string;
  type: string;
  picklistValues?: string[];
}

export interface CustomLeadFields {
  fields: CustomLeadField[];
  /** Set when the file is not a usable Lead describe. */
  warning?: string;
}

/**
 * The updateable custom (`__c`) fields of the describe text, `Lead_Stage__c` first when present,
 * then by name. No text: no fields.
 */
export function customLeadFields(describeJson: string | undefined, describePath?: string): CustomLeadFields {
  if (describeJson === undefined) return { fields: [] };
  const { knowledge, warnings } = loadWorkspaceKnowledge({ describeJson, describePath });
  if (warnings.length > 0 || knowledge.salesforce.leadFieldsSource !== 'describe') return { fields: [], warning: warnings[0] };
  const fields = knowledge.salesforce.leadFields
    .filter((f) => f.custom && f.updateable)
    .map((f) => ({ name: f.name, label: f.label, type: f.type, ...(f.picklistValues?.length ? { picklistValues: [...f.picklistValues] } : {}) }))
    .sort((a, b) => (a.name === DEFAULT_MQL_FIELD ? -1 : b.name === DEFAULT_MQL_FIELD ? 1 : a.name.localeCompare(b.name)));
  return { fields };
}

/** The value to put in the field: `MQL` when it is one of its picklist values (or it has none), else the first one. */
export function mqlValueFor(field: CustomLeadField | undefined): { value: string; choices?: string[] } {
  const values = field?.picklistValues;
  if (!values || values.length === 0) return { value: DEFAULT_MQL_VALUE };
  const mql = values.find((v) => v.toUpperCase() === DEFAULT_MQL_VALUE) ?? values[0]!;
  return { value: mql, choices: values };
}

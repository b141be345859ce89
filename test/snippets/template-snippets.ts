/**
 * The snippets of `snippets/braze-webhook.json` that are whole templates, each with the template
 * it is the snippet of: the commands and the snippet file share one description per template
 * (the file's body is the template's snippet with no option given: every value a tab stop).
 */
import { addLeadToCampaignTemplate } from '../../client/src/templates/campaign-member-template';
import { createContactTemplate, updateContactTemplate } from '../../client/src/templates/contact-templates';
import { createLeadTemplate, updateLeadToMqlTemplate, upsertLeadTemplate } from '../../client/src/templates/lead-templates';
import { logTaskTemplate } from '../../client/src/templates/task-template';
import type { BuiltTemplate } from '../../client/src/templates/template-parts';

export const TEMPLATE_SNIPPETS: Readonly<Record<string, () => BuiltTemplate>> = {
  'Salesforce: Create Lead': () => createLeadTemplate(),
  'Salesforce: Upsert Lead by External Id': () => upsertLeadTemplate(),
  'Salesforce: Update Lead to MQL': () => updateLeadToMqlTemplate(),
  'Salesforce: Create Contact': () => createContactTemplate(),
  'Salesforce: Update Contact': () => updateContactTemplate(),
  'Salesforce: Add Lead to Campaign': () => addLeadToCampaignTemplate(),
  'Salesforce: Log Task on Lead or Contact': () => logTaskTemplate(),
};

/** A template's snippet as the lines of a snippet file's `body`. */
export const bodyLines = (t: BuiltTemplate): string[] => t.snippet.split('\n');

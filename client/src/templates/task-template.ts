/** The Log Task template: a completed Task on the Lead or Contact a Braze message went to. Pure: no vscode. */
import { CONTACT_ID_ATTRIBUTE } from './contact-templates';
import { escaped, jsonBody, requestHead, type TemplateOptions } from './salesforce-request';
import { buildTemplate, stopCounter, type BuiltTemplate } from './template-parts';

/** Salesforce's default Task priorities, the default first. */
export const TASK_PRIORITIES = ['Normal', 'High', 'Low'];

/** Log Task: POST sobjects/Task, completed today, about the Lead whose id is the Braze external_id. */
export function logTaskTemplate(o: TemplateOptions = {}): BuiltTemplate {
  const next = stopCounter();
  const head = requestHead({ method: 'POST', object: 'Task' }, o, next);
  return buildTemplate([
    '# @name Salesforce Sales Cloud > Log Task on Lead or Contact\n',
    `# WhoId: the Lead (its id is the Braze external_id, as in the Lead templates) or the Contact (${CONTACT_ID_ATTRIBUTE}).\n`,
    '# ActivityDate: the send date (UTC) as yyyy-MM-dd, the form of a Salesforce date field.\n',
    ...head,
    ...jsonBody([
      { key: 'WhoId', value: escaped({ stop: next(), default: '${user_id}' }) },
      { key: 'Subject', value: escaped({ stop: next(), default: 'campaign.${name}' }) },
      { key: 'Status', value: ['Completed'] },
      { key: 'Priority', value: [{ stop: next(), default: TASK_PRIORITIES[0]!, choices: TASK_PRIORITIES }] },
      { key: 'ActivityDate', value: ["{{ 'now' | date: '%Y-%m-%d' }}"] },
      { key: 'Description', value: escaped({ stop: next(), default: 'campaign.${message_name}' }) },
    ]),
  ]);
}

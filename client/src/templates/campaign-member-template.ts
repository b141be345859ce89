/** The Add Lead to Campaign template: a CampaignMember that puts the Lead in a campaign. Pure: no vscode. */
import { escaped, jsonBody, requestHead, type TemplateOptions } from './salesforce-request';
import { buildTemplate, stopCounter, type BuiltTemplate } from './template-parts';

/** The member statuses Salesforce gives a new campaign: Sent (its default) and Responded. */
export const CAMPAIGN_MEMBER_STATUSES = ['Sent', 'Responded'];
/** A placeholder, so the `placeholder` check and its fill-in quick fix catch a template sent without its campaign. */
export const PLACEHOLDER_CAMPAIGN_ID = '[insert_campaign_id]';

/** Add Lead to Campaign: POST sobjects/CampaignMember with CampaignId, LeadId (the Braze external_id) and Status. */
export function addLeadToCampaignTemplate(o: TemplateOptions = {}): BuiltTemplate {
  const next = stopCounter();
  const head = requestHead({ method: 'POST', object: 'CampaignMember' }, o, next);
  return buildTemplate([
    '# @name Salesforce Sales Cloud > Add Lead to Campaign\n',
    "# CampaignId: the Campaign's id (701..., in its page's URL). LeadId: the Lead's id, the Braze external_id as in the Lead templates.\n",
    "# Status: one of the campaign's member statuses. A Lead already in the campaign answers DUPLICATE_VALUE, so a retried send adds it once.\n",
    ...head,
    ...jsonBody([
      { key: 'CampaignId', value: [{ stop: next(), default: PLACEHOLDER_CAMPAIGN_ID }] },
      { key: 'LeadId', value: escaped({ stop: next(), default: '${user_id}' }) },
      { key: 'Status', value: [{ stop: next(), default: CAMPAIGN_MEMBER_STATUSES[0]!, choices: CAMPAIGN_MEMBER_STATUSES }] },
    ]),
  ]);
}

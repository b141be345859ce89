/** Command ids, as contributed in package.json (category "Braze Webhooks"). */
export const COMMANDS = {
  newCreateLeadTemplate: 'brazeWebhooks.newCreateLeadTemplate',
  newUpdateLeadTemplate: 'brazeWebhooks.newUpdateLeadTemplate',
  newUpsertLeadTemplate: 'brazeWebhooks.newUpsertLeadTemplate',
  newCreateContactTemplate: 'brazeWebhooks.newCreateContactTemplate',
  newUpdateContactTemplate: 'brazeWebhooks.newUpdateContactTemplate',
  newAddLeadToCampaignTemplate: 'brazeWebhooks.newAddLeadToCampaignTemplate',
  newLogTaskTemplate: 'brazeWebhooks.newLogTaskTemplate',
  insertSnippet: 'brazeWebhooks.insertSnippet',
  copyForComposer: 'brazeWebhooks.copyForComposer',
  fillPlaceholder: 'brazeWebhooks.fillPlaceholder',
  sendTestRequest: 'brazeWebhooks.sendTestRequest',
  previewRenderedRequest: 'brazeWebhooks.previewRenderedRequest',
  fetchSchema: 'brazeWebhooks.fetchSchema',
  /** The old name of fetchSchema: fetches the Lead's describe without asking for the object. */
  fetchLeadSchema: 'brazeWebhooks.fetchLeadSchema',
  forgetPlaceholderValues: 'brazeWebhooks.forgetPlaceholderValues',
  reenterPlaceholder: 'brazeWebhooks.reenterPlaceholder',
  pickTestUser: 'brazeWebhooks.pickTestUser',
  pickOrg: 'brazeWebhooks.pickOrg',
  historyOpen: 'brazeWebhooks.history.open',
  historyResend: 'brazeWebhooks.history.resend',
  historyCompare: 'brazeWebhooks.history.compare',
  historyCopyAsCurl: 'brazeWebhooks.history.copyAsCurl',
  historySaveAnswer: 'brazeWebhooks.history.saveAnswer',
  historyClear: 'brazeWebhooks.history.clear',
} as const;

/** The send history's tree view, in the Explorer. */
export const HISTORY_VIEW = 'brazeWebhooks.history';

export const LANGUAGE_ID = 'braze-webhook';

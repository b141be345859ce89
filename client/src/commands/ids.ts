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
  fetchLeadSchema: 'brazeWebhooks.fetchLeadSchema',
  forgetPlaceholderValues: 'brazeWebhooks.forgetPlaceholderValues',
} as const;

export const LANGUAGE_ID = 'braze-webhook';

/** Command ids, as contributed in package.json (category "Braze Webhooks"). */
export const COMMANDS = {
  newCreateLeadTemplate: 'brazeWebhooks.newCreateLeadTemplate',
  newUpdateLeadTemplate: 'brazeWebhooks.newUpdateLeadTemplate',
  insertSnippet: 'brazeWebhooks.insertSnippet',
  copyForComposer: 'brazeWebhooks.copyForComposer',
  fillPlaceholder: 'brazeWebhooks.fillPlaceholder',
} as const;

export const LANGUAGE_ID = 'braze-webhook';

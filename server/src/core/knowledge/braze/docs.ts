/**
 * Links into Braze's public documentation (www.braze.com/docs, built from the GitHub repository
 * `braze-inc/braze-docs`). The pages moved from `user_guide/personalization_and_dynamic_content/`
 * to `user_guide/messaging/design_and_edit/personalize/`; the newer paths are used here (Braze's
 * own pages link to them).
 */
const DOCS = 'https://www.braze.com/docs';
const PERSONALIZE = `${DOCS}/user_guide/messaging/design_and_edit/personalize`;
const TAGS = `${PERSONALIZE}/liquid/supported_personalization_tags/`;

export const brazeDocs = {
  personalizationTags: TAGS,
  attributeTags: `${TAGS}#summary-of-supported-tags`,
  mostRecentlyUsedDevice: `${TAGS}#most-recently-used-device-information`,
  targetedDevice: `${TAGS}#targeted-device-information`,
  targetedApp: `${TAGS}#targeted-app-information`,
  variableTags: `${TAGS}#variable-tags`,
  iterationTags: `${TAGS}#iteration-tags`,
  syntaxTags: `${TAGS}#syntax-tags`,
  httpStatus: `${TAGS}#http-personalization`,
  usingLiquid: `${PERSONALIZE}/liquid/using_liquid/`,
  conditionalLogic: `${PERSONALIZE}/liquid/conditional_logic/`,
  liquidFaq: `${PERSONALIZE}/liquid/faq/`,
  filters: `${PERSONALIZE}/liquid/filters/`,
  arrayFilters: `${PERSONALIZE}/liquid/filters/#array-filters`,
  mathFilters: `${PERSONALIZE}/liquid/filters/#math-filters`,
  moneyFilters: `${PERSONALIZE}/liquid/filters/#money-filters`,
  stringFilters: `${PERSONALIZE}/liquid/filters/#string-filters`,
  additionalFilters: `${PERSONALIZE}/liquid/filters/#additional-filters`,
  dateFilter: `${PERSONALIZE}/liquid/filters/#date-filter`,
  colorFilters: `${PERSONALIZE}/liquid/filters/#color-filters`,
  fontFilters: `${PERSONALIZE}/liquid/filters/#font-filters`,
  advancedFilters: `${PERSONALIZE}/liquid/advanced_filters/`,
  encodingFilters: `${PERSONALIZE}/liquid/advanced_filters/#encoding-filters`,
  urlFilters: `${PERSONALIZE}/liquid/advanced_filters/#url-filters`,
  propertyAccessor: `${PERSONALIZE}/liquid/advanced_filters/#property-accessor-filter`,
  numberFormatting: `${PERSONALIZE}/liquid/advanced_filters/#number-formatting-filters`,
  jsonEscape: `${PERSONALIZE}/liquid/advanced_filters/#json-escape--string-escape-filter`,
  jsonFormatting: `${PERSONALIZE}/liquid/advanced_filters/#json-formatting-filters`,
  abortingMessages: `${PERSONALIZE}/liquid/aborting_messages/`,
  messageExtras: `${PERSONALIZE}/liquid/advanced_filters/message_extras/`,
  connectedContent: `${PERSONALIZE}/connected_content/making_an_api_call/`,
  connectedContentAuth: `${PERSONALIZE}/connected_content/making_an_api_call/#authentication-types`,
  connectedContentVariables: `${PERSONALIZE}/connected_content/local_connected_content_variables/`,
  connectedContentPost: `${PERSONALIZE}/connected_content/local_connected_content_variables/#http-post`,
  connectedContentStatus: `${PERSONALIZE}/connected_content/local_connected_content_variables/#http-status-codes`,
  connectedContentCaching: `${PERSONALIZE}/connected_content/caching_responses/`,
  connectedContentRetries: `${PERSONALIZE}/connected_content/connected_content_retries/`,
  connectedContentProfileFields: `${PERSONALIZE}/connected_content/user_profile_fields_connected_content/`,
  abortingConnectedContent: `${PERSONALIZE}/connected_content/aborting_connected_content/`,
  catalogs: `${DOCS}/user_guide/data/activation/catalogs/use/`,
  catalogSelections: `${DOCS}/user_guide/data/activation/catalogs/selections/`,
  promotionCodes: `${PERSONALIZE}/sources/promotion_codes/`,
  contextVariables: `${PERSONALIZE}/sources/context_variables/`,
  canvasEntryProperties: `${PERSONALIZE}/sources/canvas_entry_properties/`,
  apiTriggerProperties: `${DOCS}/api/objects_filters/trigger_properties_object/`,
  customAttributes: `${DOCS}/user_guide/data/activation/attributes/custom_attributes/`,
  customEvents: `${DOCS}/user_guide/data/activation/events/custom_events/`,
  contentBlocks: `${DOCS}/user_guide/messaging/design_and_edit/content_blocks/`,
  locales: `${DOCS}/user_guide/messaging/messaging_fundamentals/localization/locales_in_messages/`,
  userExport: `${DOCS}/api/endpoints/export/user_data/post_users_identifier/`,
  webhookErrors: `${DOCS}/help/help_articles/api/webhook_connected_content_errors/`,
} as const;

/** Shopify's reference for standard Liquid tags and filters that Braze does not restate. */
export const shopifyDocs = {
  tags: 'https://shopify.github.io/liquid/tags/',
  controlFlow: 'https://shopify.github.io/liquid/tags/control-flow/',
  iteration: 'https://shopify.github.io/liquid/tags/iteration/',
  variable: 'https://shopify.github.io/liquid/tags/variable/',
  template: 'https://shopify.github.io/liquid/tags/template/',
  themeTags: 'https://shopify.dev/docs/api/liquid/tags',
  filters: 'https://shopify.github.io/liquid/filters/',
} as const;

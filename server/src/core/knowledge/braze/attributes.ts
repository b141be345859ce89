/**
 * Braze's default user attributes (`{{${first_name}}}`) and the Liquid namespaces whose members
 * are written `namespace.${member}` (`{{custom_attribute.${company}}}`).
 *
 * Source: Braze, "Supported personalization tags" (braze-docs
 * `_docs/_user_guide/messaging/design_and_edit/personalize/liquid/supported_personalization_tags.md`);
 * export field names from `_docs/_api/endpoints/export/user_data/post_users_identifier.md`.
 * Descriptions are our own words. Samples are invented but realistic.
 */
import type { BrazeAttribute, BrazeNamespace } from '../schema';
import { brazeDocs } from './docs';

const tags = brazeDocs.attributeTags;

export const brazeAttributes: readonly BrazeAttribute[] = [
  { name: 'first_name', description: "The user's first name.", type: 'string', docsUrl: tags, sample: 'Ana' },
  { name: 'last_name', description: "The user's last name.", type: 'string', docsUrl: tags, sample: 'García' },
  {
    name: 'email_address',
    description: "The user's email address.",
    type: 'string',
    docsUrl: tags,
    sample: 'ana.garcia@example.com',
    exportField: 'email',
  },
  {
    name: 'user_id',
    description: "The user's external ID, set by your own systems (the Salesforce Lead id in the update recipe).",
    type: 'string',
    docsUrl: tags,
    sample: '00Q5g00000AbCdEEAV',
    exportField: 'external_id',
  },
  {
    name: 'braze_id',
    description: 'The identifier Braze assigned to the user profile.',
    type: 'string',
    docsUrl: tags,
    sample: '65a1f0c2d3e4b5a6c7d8e9f0',
  },
  { name: 'city', description: "The user's home city.", type: 'string', docsUrl: tags, sample: 'Madrid', exportField: 'home_city' },
  {
    name: 'country',
    description: "The user's country, usually an ISO 3166-1 alpha-2 code.",
    type: 'string',
    docsUrl: tags,
    sample: 'ES',
  },
  {
    name: 'date_of_birth',
    description: "The user's date of birth.",
    type: 'date',
    docsUrl: tags,
    sample: '1990-04-17',
    exportField: 'dob',
  },
  {
    name: 'gender',
    description: "The user's gender as stored by Braze (M, F, O, N, P or empty).",
    type: 'string',
    docsUrl: tags,
    sample: 'F',
  },
  { name: 'language', description: "The user's language as an ISO 639-1 code.", type: 'string', docsUrl: tags, sample: 'es' },
  {
    name: 'phone_number',
    description: "The user's phone number, ideally in E.164 form.",
    type: 'string',
    docsUrl: tags,
    sample: '+34911234567',
    exportField: 'phone',
  },
  {
    name: 'time_zone',
    description: "The user's time zone as an IANA name.",
    type: 'string',
    docsUrl: tags,
    sample: 'Europe/Madrid',
  },
  {
    name: 'last_used_app_date',
    description: 'When the user last used any of your apps.',
    type: 'time',
    docsUrl: tags,
    sample: '2025-03-02 18:45:10 UTC',
    exportField: 'apps',
    notes: 'In an export: the latest apps[].last_used.',
  },
  {
    name: 'most_recent_app_version',
    description: 'The app version the user ran most recently.',
    type: 'string',
    docsUrl: tags,
    sample: '4.12.0',
    exportField: 'apps',
    notes: 'In an export: apps[].version of the app used last.',
  },
  {
    name: 'most_recent_locale',
    description: 'The device locale the user had most recently, language and region.',
    type: 'string',
    docsUrl: tags,
    sample: 'es_ES',
  },
  {
    name: 'most_recent_location',
    description: 'The last location the SDK reported for the user.',
    type: 'string',
    docsUrl: tags,
    sample: '40.4168, -3.7038',
    exportField: 'last_coordinates',
    notes: 'Rendered format not documented (the export holds [lon, lat]); the sample is a guess.',
  },
  {
    name: 'random_bucket_number',
    description: 'A number from 0 to 9999 Braze assigns each user at random, for splitting audiences.',
    type: 'number',
    docsUrl: tags,
    sample: '4821',
    exportField: 'random_bucket',
  },
  {
    name: 'set_user_to_unsubscribed_url',
    description: 'A link that unsubscribes the user from email.',
    type: 'url',
    docsUrl: tags,
    sample: 'https://example.braze.com/unsubscribe?token=abc123',
  },
  {
    name: 'set_user_to_subscribed_url',
    description: 'A link that sets the user to subscribed for email.',
    type: 'url',
    docsUrl: tags,
    sample: 'https://example.braze.com/subscribe?token=abc123',
  },
  {
    name: 'set_user_to_opted_in_url',
    description: 'A link that sets the user to opted in for email.',
    type: 'url',
    docsUrl: tags,
    sample: 'https://example.braze.com/opt_in?token=abc123',
  },
  {
    name: 'unsubscribe_url',
    description: 'Older name of the email unsubscribe link; still works in old emails.',
    type: 'url',
    docsUrl: tags,
    sample: 'https://example.braze.com/unsubscribe?token=abc123',
    legacy: true,
    notes: 'Replaced by set_user_to_unsubscribed_url.',
  },
];

const deviceMembers = {
  id: 'The Braze device identifier (IDFV or a random UUID).',
  carrier: 'The telephone carrier of the device, when known.',
  idfa: 'The iOS advertising identifier, when collected; null elsewhere.',
  google_ad_id: 'The Google Play advertising identifier, when collected; null elsewhere.',
  roku_ad_id: 'The Roku advertising identifier; null on other devices.',
  model: 'The device model name, when known.',
  os: 'The operating system and version, when known.',
  platform: 'The platform: ios, android, kindle, android_china, web or tvos.',
  foreground_push_enabled: 'Whether the device accepts foreground push (true or false).',
} as const;

/**
 * The longest value a custom attribute holds: "Custom attribute keys and values have a maximum
 * length of 255 characters" (Braze, "Setting custom attributes",
 * https://www.braze.com/docs/developer_guide/platform_integration_guides/web/analytics/setting_custom_attributes).
 */
export const CUSTOM_ATTRIBUTE_MAX_LENGTH = 255;

export const brazeNamespaces: readonly BrazeNamespace[] = [
  {
    name: 'custom_attribute',
    description: 'Custom attributes defined in the workspace; names may contain spaces.',
    docsUrl: brazeDocs.customAttributes,
    open: true,
    inWebhooks: true,
  },
  {
    name: 'event_properties',
    description: 'Properties of the custom event or purchase that triggered the message.',
    docsUrl: brazeDocs.customEvents,
    members: [
      { name: 'geofence_name', description: 'Name of the geofence that triggered the message.', type: 'string' },
      { name: 'geofence_set_name', description: 'Name of the geofence set that triggered the message.', type: 'string' },
    ],
    open: true,
    inWebhooks: true,
    notes: 'Only set in action-based sends; not in the first Message step of a Canvas.',
  },
  {
    name: 'canvas_entry_properties',
    description: 'Properties a Canvas was entered with (older name of the Canvas context).',
    docsUrl: brazeDocs.canvasEntryProperties,
    open: true,
    inWebhooks: true,
  },
  {
    name: 'context',
    description: 'Canvas context variables: entry properties and values set by Canvas steps.',
    docsUrl: brazeDocs.contextVariables,
    open: true,
    inWebhooks: true,
  },
  {
    name: 'api_trigger_properties',
    description: 'Properties sent with an API-triggered campaign send.',
    docsUrl: brazeDocs.apiTriggerProperties,
    open: true,
    inWebhooks: true,
    notes: 'Campaigns only; Canvases use context.',
  },
  {
    name: 'campaign',
    description: 'Attributes of the campaign or Canvas step being sent.',
    docsUrl: brazeDocs.attributeTags,
    members: [
      { name: 'api_id', description: 'API identifier of the campaign.', type: 'string' },
      { name: 'dispatch_id', description: 'Identifier of this send (dispatch).', type: 'string' },
      { name: 'name', description: 'Campaign name; in a Canvas, the component name.', type: 'string' },
      { name: 'message_name', description: 'Name of the message variant.', type: 'string' },
      { name: 'message_api_id', description: 'API identifier of the message variant.', type: 'string' },
    ],
    open: false,
    inWebhooks: true,
  },
  {
    name: 'canvas',
    description: 'Attributes of the Canvas being sent.',
    docsUrl: brazeDocs.attributeTags,
    members: [
      { name: 'name', description: 'Canvas name.', type: 'string' },
      { name: 'api_id', description: 'API identifier of the Canvas.', type: 'string' },
      { name: 'variant_name', description: 'Name of the Canvas variant the user is in.', type: 'string' },
      { name: 'variant_api_id', description: 'API identifier of the Canvas variant.', type: 'string' },
    ],
    open: false,
    inWebhooks: true,
  },
  {
    name: 'card',
    description: 'Attributes of the Content Card being rendered.',
    docsUrl: brazeDocs.attributeTags,
    members: [
      { name: 'api_id', description: 'API identifier of the card.', type: 'string' },
      { name: 'name', description: 'Name of the card.', type: 'string' },
    ],
    open: false,
    inWebhooks: false,
    notes: 'Content Cards only.',
  },
  {
    name: 'subscribed_state',
    description: "The user's subscription state globally for email or for a subscription group.",
    docsUrl: brazeDocs.attributeTags,
    members: [{ name: 'email_global', description: 'Global email state: subscribed, opted_in or unsubscribed.', type: 'string' }],
    open: true,
    inWebhooks: true,
    notes: 'Other members are subscription group ids of the workspace.',
  },
  {
    name: 'most_recently_used_device',
    description: "The user's most recently used device, across platforms; null values if none.",
    docsUrl: brazeDocs.mostRecentlyUsedDevice,
    members: [
      { name: 'browser', description: 'The browser most recently used, e.g. Chrome.', type: 'string' },
      { name: 'id', description: deviceMembers.id, type: 'string' },
      { name: 'carrier', description: deviceMembers.carrier, type: 'string' },
      { name: 'ad_tracking_enabled', description: 'Whether ad tracking is enabled (true or false).', type: 'boolean' },
      { name: 'idfa', description: deviceMembers.idfa, type: 'string' },
      { name: 'google_ad_id', description: deviceMembers.google_ad_id, type: 'string' },
      { name: 'roku_ad_id', description: deviceMembers.roku_ad_id, type: 'string' },
      { name: 'model', description: deviceMembers.model, type: 'string' },
      { name: 'os', description: deviceMembers.os, type: 'string' },
      { name: 'platform', description: deviceMembers.platform, type: 'string' },
      { name: 'foreground_push_enabled', description: deviceMembers.foreground_push_enabled, type: 'boolean' },
    ],
    open: false,
    inWebhooks: true,
  },
  {
    name: 'targeted_device',
    description: 'The device the message is delivered to (push, in-app messages and Banners only).',
    docsUrl: brazeDocs.targetedDevice,
    members: [
      { name: 'id', description: deviceMembers.id, type: 'string' },
      { name: 'carrier', description: deviceMembers.carrier, type: 'string' },
      { name: 'idfa', description: deviceMembers.idfa, type: 'string' },
      { name: 'google_ad_id', description: deviceMembers.google_ad_id, type: 'string' },
      { name: 'roku_ad_id', description: deviceMembers.roku_ad_id, type: 'string' },
      { name: 'model', description: deviceMembers.model, type: 'string' },
      { name: 'os', description: deviceMembers.os, type: 'string' },
      { name: 'platform', description: deviceMembers.platform, type: 'string' },
      { name: 'foreground_push_enabled', description: deviceMembers.foreground_push_enabled, type: 'boolean' },
    ],
    open: false,
    inWebhooks: false,
    notes: 'Not filled for webhooks, emails or Content Cards; use most_recently_used_device.',
  },
  {
    name: 'sms',
    description: 'The inbound SMS that triggered the message.',
    docsUrl: brazeDocs.attributeTags,
    members: [
      { name: 'inbound_message_body', description: 'Text of the inbound SMS.', type: 'string' },
      { name: 'inbound_media_urls', description: 'Links to media attached to the inbound MMS.', type: 'array' },
    ],
    open: false,
    inWebhooks: true,
    notes: 'Only set when an inbound SMS triggered the send.',
  },
  {
    name: 'whats_app',
    description: 'The inbound WhatsApp message that triggered the message.',
    docsUrl: brazeDocs.attributeTags,
    members: [
      { name: 'inbound_message_body', description: 'Text of the inbound WhatsApp message.', type: 'string' },
      { name: 'inbound_media_urls', description: 'Links to media attached to the inbound message.', type: 'array' },
      { name: 'inbound_flow_response', description: 'Answer the user gave in a WhatsApp Flow.', type: 'string' },
      { name: 'inbound_product_id', description: 'Product the user referred to in the message.', type: 'string' },
      { name: 'inbound_catalog_id', description: 'Catalog of the product the user referred to.', type: 'string' },
    ],
    open: false,
    inWebhooks: true,
    notes: 'Only set when an inbound WhatsApp message triggered the send.',
  },
  {
    name: 'app',
    description: 'The app that requested an in-app message.',
    docsUrl: brazeDocs.targetedApp,
    members: [
      { name: 'api_id', description: 'API key of the requesting app.', type: 'string' },
      { name: 'name', description: 'Name of the requesting app in the dashboard.', type: 'string' },
    ],
    open: false,
    inWebhooks: false,
    notes: 'In-app messages only.',
  },
  {
    name: 'content_blocks',
    description: 'Reusable Content Blocks of the workspace, inserted by name.',
    docsUrl: brazeDocs.contentBlocks,
    open: true,
    inWebhooks: true,
  },
];

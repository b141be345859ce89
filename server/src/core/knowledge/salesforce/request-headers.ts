/**
 * Request headers a Lead webhook may send. Braze wants the standard keys
 * written exactly (BD `_docs/_user_guide/message_building_by_channel/webhooks/creating_a_webhook.md`);
 * the `Sforce-*` headers are from Salesforce's REST API Developer Guide, "Headers".
 */
export interface RequestHeader {
  name: string;
  description: string;
  values: readonly string[];
  docsUrl: string;
}

const SF_HEADERS = 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers.htm';
const BRAZE_WEBHOOKS = 'https://www.braze.com/docs/user_guide/message_building_by_channel/webhooks/creating_a_webhook/';

export const requestHeaders: readonly RequestHeader[] = [
  { name: 'Authorization', description: 'The OAuth access token: `Bearer` and the token a `connected_content` call fetched.', values: ['Bearer '], docsUrl: BRAZE_WEBHOOKS },
  { name: 'Content-Type', description: 'The body\'s media type; Salesforce reads a JSON body only as `application/json`.', values: ['application/json'], docsUrl: BRAZE_WEBHOOKS },
  { name: 'Accept', description: 'The media type wanted in the answer.', values: ['application/json'], docsUrl: SF_HEADERS },
  { name: 'Sforce-Auto-Assign', description: 'Whether Lead assignment rules run on create/update (`TRUE`, `FALSE` or an assignment rule id).', values: ['TRUE', 'FALSE'], docsUrl: SF_HEADERS },
  { name: 'Sforce-Duplicate-Rule-Header', description: 'Saves a record that duplicate rules would block (`allowSave=true`).', values: ['allowSave=true'], docsUrl: SF_HEADERS },
];

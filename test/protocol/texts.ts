import { readFileSync } from 'node:fs';
import { repoPath } from '../support/paths';

/** A clean token header: no placeholder, cached, guarded. */
export const AUTHORIZATION =
  "Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=3MVG9example&client_secret={{content_blocks.${sf_secret}}}&grant_type=client_credentials :cache_max_age 900 :save result %}{% if result.access_token == blank %}{% abort_message('no token') %}{% endif %}Bearer {{result.access_token}}";

/**
 * Korean and emoji before the positions that matter: a translated key (`이름`, a fix to
 * "FirstName") after an emoji on line 5, a value without json_escape on line 6.
 */
export const KOREAN = [
  'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
  AUTHORIZATION,
  'Content-Type: application/json',
  '',
  '{',
  '  "Company": "😀 {{custom_attribute.${company} | json_escape}}", "이름": "{{${first_name} | json_escape}}",',
  '  "LastName": "{{${last_name}}}"',
  '}',
].join('\n');

/** Braze's Create Lead recipe as the docs print it: four placeholder errors. */
export const CREATE_LEAD = readFileSync(repoPath('examples', 'create-lead.webhook'), 'utf8');

/** A Create Lead template whose body repeats members until it has `bytes` characters. */
export function largeTemplate(bytes: number): string {
  const head = `POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n${AUTHORIZATION}\nContent-Type: application/json\n\n{\n`;
  let body = '';
  for (let i = 0; head.length + body.length < bytes - 40; i++) body += `  "Field${i}__c": "{{custom_attribute.\${attr ${i}} | default: 'x' | json_escape}}",\n`;
  return `${head}${body}  "LastName": "{{\${last_name}}}"\n}\n`;
}

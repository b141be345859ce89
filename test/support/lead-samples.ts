/**
 * Sample templates for the checks' tests: the two templates of `examples/` with their placeholders
 * filled, and a complete template that follows every advice (cache, guard).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from './paths';

const EXAMPLES = repoPath('examples');

/** Fills the documentation placeholders with sample values. */
export function fillPlaceholders(text: string): string {
  return text
    .replaceAll('[insert_instance_name]', 'acme')
    .replaceAll('[insert_client_id]', '3MVG9SampleClientId')
    .replaceAll('[insert_client_secret]', 'SampleSecret123');
}

export function example(name: 'create-lead' | 'update-lead-to-mql'): string {
  return readFileSync(join(EXAMPLES, `${name}.webhook`), 'utf8');
}

export const filledCreateLead = (): string => fillPlaceholders(example('create-lead'));
export const filledUpdateLead = (): string => fillPlaceholders(example('update-lead-to-mql'));

/** Braze's English Create Lead recipe on one header line, placeholders filled. */
export const RECIPE_ONE_LINE =
  'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n' +
  'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=abc&client_secret=SampleSecret123&grant_type=client_credentials :save result %}Bearer {{result.access_token}}\n' +
  'Content-Type: application/json\n' +
  '\n' +
  '{"LastName": "{{${last_name}}}", "Company": "{{custom_attribute.${company}}}"}\n';

/** A template that follows every advice: cached token, guard, secret kept out of the file. */
export const COMPLETE =
  'PATCH https://acme.my.salesforce.com/services/data/v67.0/sobjects/Lead/{{${user_id}}}\n' +
  'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token\n' +
  '    :method post\n' +
  '    :body client_id={{custom_attribute.${sf_client}}}&client_secret={{custom_attribute.${sf_secret}}}&grant_type=client_credentials\n' +
  '    :cache_max_age 900\n' +
  "    :save token %}{% if token.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{token.access_token}}\n" +
  'Content-Type: application/json\n' +
  '\n' +
  '{"Status": "Working - Contacted"}\n';

export interface TemplateParts {
  method?: string;
  url?: string;
  /** The Authorization header value; null leaves the header out. */
  auth?: string | null;
  /** Extra header lines, after Authorization. */
  headers?: string[];
  /** The Content-Type header value; null leaves the header out. */
  contentType?: string | null;
  /** The body; null leaves it out. */
  body?: string | null;
}

export const TOKEN_CALL =
  '{% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=3MVG9SampleClientId&client_secret={{custom_attribute.${sf_secret}}}&grant_type=client_credentials :cache_max_age 900 :save result %}' +
  "{% if result.access_token == blank %}{% abort_message('Salesforce token request failed') %}{% endif %}Bearer {{result.access_token}}";

/** A template built from parts, each defaulting to a valid Create Lead request. */
export function template(p: TemplateParts = {}): string {
  const lines = [`${p.method ?? 'POST'} ${p.url ?? 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/'}`];
  if (p.auth !== null) lines.push(`Authorization: ${p.auth ?? TOKEN_CALL}`);
  lines.push(...(p.headers ?? []));
  if (p.contentType !== null) lines.push(`Content-Type: ${p.contentType ?? 'application/json'}`);
  const body = p.body === undefined ? '{"LastName": "{{${last_name}}}", "Company": "Acme"}' : p.body;
  return `${lines.join('\n')}\n${body === null ? '' : `\n${body}\n`}`;
}

/** Templates every request, URL and OAuth check must leave alone: the examples (as given and filled), the recipe, a complete one. */
export const validSamples = (): string[] => [filledCreateLead(), filledUpdateLead(), example('create-lead'), example('update-lead-to-mql'), COMPLETE, RECIPE_ONE_LINE];

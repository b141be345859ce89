import { localized, newestVersion, t, TOKEN_PATH, type ConnectedContentOption, type Knowledge } from '../../core';
import { docs, Kind, wordEnd, type Item } from './item';

/** Descriptions are lazy: worded when completion runs, in the language configured by then. */
const VALUE_SUGGESTIONS: Record<string, { value: string; description: () => string }[]> = {
  ':content_type': [
    { value: 'application/json', description: () => t('JSON; a form-style `:body` is converted to JSON.') },
    { value: 'application/x-www-form-urlencoded', description: () => t("Form encoding: the default for a POST body, and what Salesforce's token endpoint takes.") },
  ],
  ':cache_max_age': [
    { value: '900', description: () => t("15 minutes, as Braze's OAuth example.") },
    { value: '300', description: () => t('The shortest cache Braze allows (5 minutes).') },
    { value: '3600', description: () => t('One hour.') },
  ],
  ':save': [{ value: 'result', description: () => t('The name the Braze Salesforce recipe uses.') }],
  ':body': [{ value: 'client_id=${1:client_id}&client_secret=${2:client_secret}&grant_type=client_credentials', description: () => t('The client-credentials token request.') }],
};

/** What an option's completion item and hover say beyond its description: its default and notes. */
export function optionFacts(o: ConnectedContentOption): string {
  return [o.default && t('Default: {0}', localized('option-default', o.name, o.default)), localized('option-notes', o.name, o.notes)].filter(Boolean).join('\n\n');
}

/**
 * Inside `{% connected_content ... %}`: the URL shape, the options not yet
 * used, and the values of the option being written.
 */
export function connectedContentItems(inner: string, offset: number, text: string, k: Knowledge): Item[] | undefined {
  const args = /^\s*connected_content(\s+[\s\S]*)?$/.exec(inner);
  if (!args) return undefined;
  const rest = args[1] ?? '';
  if (rest === '') return [];
  const optionName = /(?:^|\s):(\w*)$/.exec(rest);
  if (optionName) {
    const used = new Set([...rest.matchAll(/(?:^|\s)(:\w+)/g)].map((m) => m[1]));
    const start = offset - optionName[1].length - 1;
    const end = wordEnd(text, offset, /\w/);
    return k.braze.connectedContentOptions
      .filter((o) => !used.has(o.name) || o.name === `:${optionName[1]}`)
      .map((o) => ({
        label: o.name,
        kind: Kind.Property,
        detail: o.takesValue ? `${o.name} <${o.valueKind}>` : o.name,
        documentation: docs(localized('option', o.name, o.description), o.docsUrl, optionFacts(o)),
        insertText: o.takesValue ? `${o.name} ` : o.name,
        start,
        end,
      }));
  }
  const value = /(?:^|\s)(:\w+)\s+(\S*)$/.exec(rest);
  if (value) {
    const option = k.braze.connectedContentOptions.find((o) => o.name === value[1]);
    if (!option) return [];
    const start = offset - value[2].length;
    const end = wordEnd(text, offset, /[^\s%]/);
    const values = option.values?.map((v) => ({ value: v, description: `\`${option.name} ${v}\`` })) ?? VALUE_SUGGESTIONS[option.name]?.map((s) => ({ value: s.value, description: s.description() })) ?? [];
    return values.map((v, i) => ({
      label: v.value.replace(/\$\{\d+:(\w+)\}/g, '$1'),
      kind: Kind.Value,
      detail: option.name,
      documentation: docs(v.description, option.docsUrl),
      insertText: v.value,
      snippet: v.value.includes('${'),
      start,
      end,
      sortText: String(i),
    }));
  }
  if (/^\s+\S*$/.test(rest)) {
    const typed = /\S*$/.exec(rest)![0];
    return [
      {
        label: `https://…my.salesforce.com${TOKEN_PATH}`,
        kind: Kind.Reference,
        detail: t('Salesforce OAuth 2.0 token endpoint'),
        documentation: docs(t("The org's My Domain token URL for the client-credentials flow (API v{0} era).", newestVersion())),
        insertText: `https://\${1:instance}.my.salesforce.com${TOKEN_PATH}`,
        snippet: true,
        start: offset - typed.length,
        end: wordEnd(text, offset, /\S/),
      },
    ];
  }
  return [];
}

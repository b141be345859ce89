import { isCustomName, leadBody, renameKeyEdit } from '../analysis/lead-body';
import { closestLeadField } from '../../core';
import type { Check, Fix } from './types';

const LANGUAGES: Record<string, string> = { es: 'Spanish', fr: 'French', de: 'German', ko: 'Korean', 'pt-BR': 'Portuguese', pt: 'Portuguese', en: 'English' };

export const leadFieldUnknown: Check = {
  meta: {
    code: 'lead-field-unknown',
    severity: 'error',
    summary: 'A key of a Lead create/update body that is no Lead field in any letter case (a translated key such as `apellido`, a typo, `first_name`).',
    docs:
      'Salesforce matches the keys of a Lead body against the field API names (without regard to letter case) and rejects any other ' +
      'key with `INVALID_FIELD` ("No such column ... on sobject of type Lead"), failing the whole request. The translated Braze pages ' +
      'for this integration translated the keys (`apellido`, `Nachname`, `sobrenome`, `이름`, `correo electrónico`...): the API names ' +
      'are `FirstName`, `LastName`, `Email`, `Company`. Custom fields (`__c`) are checked only when the org\'s Lead describe is loaded. ' +
      'Source: Salesforce Object Reference, "Lead" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm) and ' +
      'REST API Developer Guide, "Status Codes and Error Responses" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).',
  },
  run(context) {
    const { doc, knowledge } = context;
    const body = leadBody(doc, knowledge);
    if (!body) return;
    const describe = knowledge.salesforce.leadFieldsSource === 'describe';
    for (const m of body.members) {
      const r = m.resolution;
      if (r.kind === 'exact' || r.kind === 'case') continue;
      if (isCustomName(m.key) && !describe) continue;
      const field = r.kind === 'unknown' ? (isCustomName(m.key) ? closestLeadField(knowledge, m.key)?.field : undefined) : r.field;
      let why: string;
      if (r.kind === 'translation') {
        const langs = r.translation.languages.map((l) => LANGUAGES[l] ?? l).join('/');
        why = `a translated key (${langs})`;
      } else if (r.kind === 'normalized') why = 'the API name has no spaces, underscores or hyphens';
      else if (isCustomName(m.key)) why = "the org's Lead describe has no such custom field";
      else why = 'no Lead field has this name';
      const fix = field ? `: write "${field.name}"` : ': use a Lead field API name (FirstName, LastName, Email, Company...)';
      const fixes: Fix[] | undefined = field
        ? [{ title: `Change the key to "${field.name}"`, edits: [renameKeyEdit(m.member, field.name)], preferred: true }]
        : undefined;
      context.report({
        start: m.member.key.start,
        end: m.member.key.end,
        message: `"${m.key}" is not a Lead field (${why}); Salesforce rejects it with INVALID_FIELD${fix}`,
        fixes,
      });
    }
  },
};

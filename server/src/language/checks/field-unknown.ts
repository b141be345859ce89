import { isCustomName, recordBodies, renameKeyEdit, type RecordBody } from '../analysis/record-body';
import { closestField, withArticle } from '../../core';
import type { Check, Fix } from './types';

const LANGUAGES: Record<string, string> = { es: 'Spanish', fr: 'French', de: 'German', ko: 'Korean', 'pt-BR': 'Portuguese', pt: 'Portuguese', en: 'English' };

/** A few API names of the object to show: required ones, then those a Braze attribute fills, then any settable one. */
function exampleFields(body: RecordBody): string {
  const fields = (body.object?.fields ?? []).filter((f) => (body.operation === 'update' ? f.updateable : f.createable));
  const ranked = [...fields.filter((f) => f.requiredOnCreate), ...fields.filter((f) => f.brazeValue), ...fields];
  return [...new Set(ranked.map((f) => f.name))].slice(0, 4).join(', ');
}

export const fieldUnknown: Check = {
  meta: {
    code: 'field-unknown',
    aliases: ['lead-field-unknown'],
    severity: 'error',
    summary: 'A body key that is no field of the object the request writes, in any letter case (a translated key such as `apellido`, a typo, `first_name`).',
    docs:
      'Salesforce matches the keys of a record body against the API names of the object\'s fields (without regard to letter case) and ' +
      'rejects any other key with `INVALID_FIELD` ("No such column ... on sobject of type Lead"), failing the whole request. The object ' +
      'is the URL\'s (`/sobjects/Contact/...`), or each record\'s `attributes.type` in an sObject Collections body. The translated Braze ' +
      'pages for this integration translated the keys (`apellido`, `Nachname`, `sobrenome`, `이름`, `correo electrónico`...): the API ' +
      'names are `FirstName`, `LastName`, `Email`, `Company`. Custom fields (`__c`) are checked only when the org\'s describe of the ' +
      'object is loaded (`.salesforce/<Object>.describe.json`); an object the extension does not know is left to `sobject-unknown`. ' +
      'Source: Salesforce Object Reference ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm) and ' +
      'REST API Developer Guide, "Status Codes and Error Responses" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).',
  },
  run(context) {
    const { doc, knowledge } = context;
    for (const body of recordBodies(doc, knowledge)) {
      const object = body.object;
      if (!object) continue;
      const described = object.source === 'describe';
      for (const m of body.members) {
        const r = m.resolution;
        if (r.kind === 'exact' || r.kind === 'case') continue;
        if (isCustomName(m.key) && !described) continue;
        const field = r.kind === 'unknown' ? (isCustomName(m.key) ? closestField(object, m.key)?.field : undefined) : r.field;
        let why: string;
        if (r.kind === 'translation') {
          const langs = r.translation.languages.map((l) => LANGUAGES[l] ?? l).join('/');
          why = `a translated key (${langs})`;
        } else if (r.kind === 'normalized') why = 'the API name has no spaces, underscores or hyphens';
        else if (isCustomName(m.key)) why = `the org's ${object.name} describe has no such custom field`;
        else why = `no ${object.name} field has this name`;
        const fix = field ? `: write "${field.name}"` : `: use ${withArticle(object.name)} field API name (${exampleFields(body)}...)`;
        const fixes: Fix[] | undefined = field
          ? [{ title: `Change the key to "${field.name}"`, edits: [renameKeyEdit(m.member, field.name)], preferred: true }]
          : undefined;
        context.report({
          start: m.member.key.start,
          end: m.member.key.end,
          message: `"${m.key}" is not ${withArticle(object.name)} field (${why}); Salesforce rejects it with INVALID_FIELD${fix}`,
          fixes,
        });
      }
    }
  },
};

import { isCustomName, recordBodies, renameKeyEdit, type RecordBody } from '../analysis/record-body';
import { closestField, withArticle, t } from '../../core';
import type { Check, Fix } from './types';

// Built when a message is, so that the configured language applies.
const LANGUAGES: Record<string, () => string> = {
  es: () => t('Spanish'),
  fr: () => t('French'),
  de: () => t('German'),
  ko: () => t('Korean'),
  'pt-BR': () => t('Portuguese'),
  pt: () => t('Portuguese'),
  en: () => t('English'),
};

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
          const langs = r.translation.languages.map((l) => LANGUAGES[l]?.() ?? l).join('/');
          why = t('a translated key ({0})', langs);
        } else if (r.kind === 'normalized') why = t('the API name has no spaces, underscores or hyphens');
        else if (isCustomName(m.key)) why = t("the org's {0} describe has no such custom field", object.name);
        else why = t('no {0} field has this name', object.name);
        // One message per English article ("a Lead", "an Account"): a translation words each its own way.
        const an = withArticle(object.name).startsWith('an ');
        const fix = field
          ? t('write "{0}"', field.name)
          : an
            ? t('use an {0} field API name ({1}...)', object.name, exampleFields(body))
            : t('use a {0} field API name ({1}...)', object.name, exampleFields(body));
        const fixes: Fix[] | undefined = field
          ? [{ title: t('Change the key to "{0}"', field.name), edits: [renameKeyEdit(m.member, field.name)], preferred: true }]
          : undefined;
        context.report({
          start: m.member.key.start,
          end: m.member.key.end,
          message: an
            ? t('"{0}" is not an {1} field ({2}); Salesforce rejects it with INVALID_FIELD: {3}', m.key, object.name, why, fix)
            : t('"{0}" is not a {1} field ({2}); Salesforce rejects it with INVALID_FIELD: {3}', m.key, object.name, why, fix),
          fixes,
        });
      }
    }
  },
};

import { namedField, recordBodies, removeMemberEdit } from '../analysis/record-body';
import { localizedFieldNotes, withArticle, t } from '../../core';
import type { Check } from './types';

export const fieldReadonly: Check = {
  meta: {
    code: 'field-readonly',
    aliases: ['lead-field-readonly'],
    severity: 'error',
    summary: 'A field the request cannot set: read-only (`Id`, `Name`, `CreatedDate`...), not createable on POST, not updateable on PATCH, or not both on an upsert.',
    docs:
      'Each field says whether it may be set on create (POST) and on update (PATCH). System and computed fields (`Id`, `Name`, ' +
      '`IsDeleted`, `CreatedDate`, `LastModifiedDate`...) can never be written; a Lead\'s conversion fields and a campaign member\'s ' +
      '`LeadId` only on create; a Lead\'s `EmailBouncedDate` only on update. An upsert by an external id creates or updates, so it may ' +
      'send only fields that allow both. Writing one fails the request with `INVALID_FIELD_FOR_INSERT_UPDATE` ("Unable to ' +
      'create/update fields"). The properties come from the knowledge base or the org\'s describe. Source: Salesforce Object ' +
      'Reference, "Lead" and "System Fields" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/system_fields.htm).',
  },
  run(context) {
    const { doc, knowledge } = context;
    for (const body of recordBodies(doc, knowledge)) {
      const name = body.object?.name ?? body.objectName;
      const all = body.root.members ?? [];
      const position = new Map(all.map((m, i) => [m, i]));
      for (const m of body.members) {
        const field = namedField(m);
        if (!field) continue;
        const { operation } = body;
        const settable = operation === 'create' ? field.createable : operation === 'update' ? field.updateable : field.createable && field.updateable;
        if (settable) continue;
        // One whole message per case, and one per English article ("a Lead", "an Account"): a translation words each its own way.
        const an = withArticle(name).startsWith('an ');
        const key = m.key;
        let message: string;
        const notes = localizedFieldNotes(name, field);
        if (!field.createable && !field.updateable)
          message = notes
            ? t('"{0}" is read-only: no request can set it ({1}); Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', key, notes.replace(/\.$/, ''))
            : t('"{0}" is read-only: no request can set it; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', key);
        else if (operation === 'create')
          message = an
            ? t('"{0}" can be set only when updating an {1} (PATCH), not when creating one; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', key, name)
            : t('"{0}" can be set only when updating a {1} (PATCH), not when creating one; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', key, name);
        else if (operation === 'update')
          message = an
            ? t('"{0}" can be set only when creating an {1} (POST), not on update; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', key, name)
            : t('"{0}" can be set only when creating a {1} (POST), not on update; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', key, name);
        else if (field.createable)
          message = an
            ? t('"{0}" can be set only when creating an {1} (POST): an upsert that matches an {1} updates it; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', key, name)
            : t('"{0}" can be set only when creating a {1} (POST): an upsert that matches a {1} updates it; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', key, name);
        else
          message = an
            ? t('"{0}" can be set only when updating an {1} (PATCH): an upsert that matches no {1} creates one; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', key, name)
            : t('"{0}" can be set only when updating a {1} (PATCH): an upsert that matches no {1} creates one; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it', key, name);
        const edit = removeMemberEdit(doc.text, all, position.get(m.member) ?? -1);
        context.report({
          start: m.member.key.start,
          end: m.member.key.end,
          message,
          fixes: edit ? [{ title: t('Remove "{0}"', m.key), edits: [edit], preferred: true }] : undefined,
        });
      }
    }
  },
};

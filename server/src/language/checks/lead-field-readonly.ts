import { leadBody, namedField, removeMemberEdit } from '../analysis/lead-body';
import type { Check } from './types';

export const leadFieldReadonly: Check = {
  meta: {
    code: 'lead-field-readonly',
    severity: 'error',
    summary: 'A Lead field that cannot be set by this request: read-only (`Id`, `Name`, `CreatedDate`...), not createable on POST, or not updateable on PATCH.',
    docs:
      'Each Lead field says whether it may be set on create (POST) and on update (PATCH). System and computed fields (`Id`, `Name`, ' +
      '`IsDeleted`, `CreatedDate`, `LastModifiedDate`...) can never be written; conversion fields only on create; `EmailBouncedDate` ' +
      'only on update. Writing one fails the request with `INVALID_FIELD_FOR_INSERT_UPDATE` ("Unable to create/update fields"). The ' +
      'properties come from the knowledge base or the org\'s describe. Source: Salesforce Object Reference, "Lead" and "System Fields" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/system_fields.htm).',
  },
  run(context) {
    const { doc, knowledge } = context;
    const body = leadBody(doc, knowledge);
    if (!body) return;
    const all = body.root.members ?? [];
    const position = new Map(all.map((m, i) => [m, i]));
    for (const m of body.members) {
      const field = namedField(m);
      if (!field) continue;
      const create = body.operation === 'create';
      if (create ? field.createable : field.updateable) continue;
      let why: string;
      if (!field.createable && !field.updateable) why = `is read-only: no request can set it${field.notes ? ` (${field.notes.replace(/\.$/, '')})` : ''}`;
      else if (create) why = 'can be set only when updating a Lead (PATCH), not when creating one';
      else why = 'can be set only when creating a Lead (POST), not on update';
      const edit = removeMemberEdit(doc.text, all, position.get(m.member) ?? -1);
      context.report({
        start: m.member.key.start,
        end: m.member.key.end,
        message: `"${m.key}" ${why}; Salesforce answers INVALID_FIELD_FOR_INSERT_UPDATE: remove it`,
        fixes: edit ? [{ title: `Remove "${m.key}"`, edits: [edit], preferred: true }] : undefined,
      });
    }
  },
};

import { t } from '../../core';
import { recordBodies, renameKeyEdit } from '../analysis/record-body';
import type { Check } from './types';

export const fieldCase: Check = {
  meta: {
    code: 'field-case',
    aliases: ['lead-field-case'],
    severity: 'hint',
    summary: 'A body key that matches a field only in another letter case (`firstName`): Salesforce accepts it; the API name reads better.',
    docs:
      'Salesforce matches the keys of a JSON body without regard to letter case, so `firstName` sets `FirstName` (Braze\'s own English ' +
      'recipe writes `firstName`, `lastName`, `email`, `company`). Writing the API name as Salesforce lists it keeps the template ' +
      'consistent with the Object Reference and with describe output. Source: Salesforce Object Reference, "Lead" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm); ' +
      'nforce PR #136 and restforce issue #44 report that Salesforce ignores the letter case of body keys; Braze\'s English recipe relies on it.',
  },
  run(context) {
    for (const body of recordBodies(context.doc, context.knowledge)) {
      for (const m of body.members) {
        if (m.resolution.kind !== 'case') continue;
        const name = m.resolution.field.name;
        context.report({
          start: m.member.key.start,
          end: m.member.key.end,
          message: t('"{0}" matches the {1} field {2} only in letter case: Salesforce accepts it; write "{2}" to match the API name', m.key, body.object?.name ?? body.objectName, name),
          fixes: [{ title: t('Write "{0}"', name), edits: [renameKeyEdit(m.member, name)], preferred: true }],
        });
      }
    }
  },
};

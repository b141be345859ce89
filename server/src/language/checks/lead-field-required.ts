import { appendMembersEdit, leadBody, suggestedValue } from '../analysis/lead-body';
import type { Check, Fix } from './types';

export const leadFieldRequired: Check = {
  meta: {
    code: 'lead-field-required',
    severity: 'error',
    summary: 'A Lead create (POST) body without a required field (`LastName`, `Company`).',
    docs:
      'Creating a Lead needs `LastName` and `Company` (and any field the org made required, when its describe is loaded); without them ' +
      'Salesforce answers `REQUIRED_FIELD_MISSING`. A key in any letter case counts, and so does a key inside `{% if %}`; a translated ' +
      'or misspelt key that stands for the field is left to `lead-field-unknown`. Status is required too but defaulted. Source: ' +
      'Salesforce Object Reference, "Lead" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm).',
  },
  run(context) {
    const { doc, knowledge } = context;
    const body = leadBody(doc, knowledge);
    if (!body || body.operation !== 'create') return;
    const present = new Set(body.members.flatMap((m) => (m.resolution.kind === 'unknown' ? [] : [m.resolution.field.name])));
    const missing = knowledge.salesforce.leadFields.filter((f) => f.requiredOnCreate && !present.has(f.name));
    if (!missing.length) return;
    const names = missing.map((f) => f.name);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const edit = appendMembersEdit(doc.text, body.root, missing.map((f) => `"${f.name}": ${suggestedValue(f)}`));
    const fixes: Fix[] | undefined = edit ? [{ title: `Add ${list}`, edits: [edit], preferred: true }] : undefined;
    context.report({
      start: body.root.start,
      end: body.root.start + 1,
      message: `Creating a Lead needs ${list}: the body has no ${names.map((n) => `"${n}"`).join(' or ')} key, so Salesforce answers REQUIRED_FIELD_MISSING; add ${names.length === 1 ? 'it' : 'them'}`,
      fixes,
    });
  },
};

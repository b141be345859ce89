import { appendMembersEdit, recordBodies, suggestedValue } from '../analysis/record-body';
import { findField, withArticle, type SObjectField } from '../../core';
import type { Check, Fix } from './types';

const listed = (names: readonly string[], last: string) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${last} ${names[names.length - 1]}`);

export const fieldRequired: Check = {
  meta: {
    code: 'field-required',
    aliases: ['lead-field-required'],
    severity: 'error',
    summary: 'A create (POST) or upsert body without a field the object requires (a Lead\'s `LastName` and `Company`, a campaign member\'s `CampaignId` and `LeadId` or `ContactId`).',
    docs:
      'Creating a record needs the fields its object requires: a Lead `LastName` and `Company`, a Contact `LastName`, an Account `Name`, ' +
      'an Opportunity `Name`, `StageName` and `CloseDate`, a campaign member `CampaignId` and one of `LeadId` or `ContactId` (and any ' +
      'field the org made required, when its describe is loaded); without them Salesforce answers `REQUIRED_FIELD_MISSING`. An upsert ' +
      'by an external id creates a record when none matches, so it needs them too (a warning: when a record matches, it is updated). A ' +
      'key in any letter case counts, and so does a key inside `{% if %}`; a translated or misspelt key that stands for the field is ' +
      'left to `field-unknown`. Fields Salesforce defaults (a Lead\'s `Status`) are not required. Source: Salesforce Object Reference, ' +
      '"Lead" and "CampaignMember" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_campaignmember.htm).',
  },
  run(context) {
    const { doc, knowledge } = context;
    for (const body of recordBodies(doc, knowledge)) {
      const object = body.object;
      if (!object || body.operation === 'update') continue;
      const present = new Set(body.members.flatMap((m) => (m.resolution.kind === 'unknown' ? [] : [m.resolution.field.name])));
      const missing = object.fields.filter((f) => f.requiredOnCreate && !present.has(f.name));
      const groups = (object.requiredOneOf ?? []).filter((g) => !g.some((n) => present.has(findField(object, n)?.name ?? n)));
      if (!missing.length && !groups.length) continue;
      const needs = [...missing.map((f) => f.name), ...groups.map((g) => listed(g, 'or'))];
      const keys = [...missing.map((f) => f.name), ...groups.flat()];
      // A group is filled with its first field, the one the object lists first.
      const added = [...missing, ...groups.map((g) => findField(object, g[0]!)).filter((f): f is SObjectField => f !== undefined)];
      const edit = appendMembersEdit(doc.text, body.root, added.map((f) => `"${f.name}": ${suggestedValue(f)}`));
      const fixes: Fix[] | undefined = edit ? [{ title: `Add ${listed(added.map((f) => f.name), 'and')}`, edits: [edit], preferred: true }] : undefined;
      const upsert = body.operation === 'upsert';
      context.report({
        start: body.root.start,
        end: body.root.start + 1,
        message:
          `${upsert ? `An upsert that matches no ${object.name} creates one, and creating` : 'Creating'} ${withArticle(object.name)} needs ${listed(needs, 'and')}: ` +
          `the body has no ${keys.map((n) => `"${n}"`).join(' or ')} key, so Salesforce answers REQUIRED_FIELD_MISSING; add ${keys.length === 1 ? 'it' : 'them'}`,
        fixes,
        severity: upsert ? 'warning' : undefined,
      });
    }
  },
};

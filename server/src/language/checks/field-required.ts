import { appendMembersEdit, recordBodies, suggestedValue } from '../analysis/record-body';
import { findField, t, type SObjectField } from '../../core';
import { bodyPaths, describePath } from '../analysis/paths';
import type { RecordBody } from '../analysis/record-body';
import type { CheckContext, Check, Fix } from './types';

/** "A, B and C" / "A, B or C", the conjunction in the configured language. */
const listed = (names: readonly string[], last: 'and' | 'or') => {
  if (names.length === 1) return names[0];
  const head = names.slice(0, -1).join(', ');
  const tail = names[names.length - 1];
  return last === 'and' ? t('{0} and {1}', head, tail) : t('{0} or {1}', head, tail);
};
/** `"LastName" or "Company"`: every key quoted, each joined with "or". */
const eitherKey = (names: readonly string[]) => names.map((n) => `"${n}"`).reduce((a, b) => t('{0} or {1}', a, b));

/**
 * The missing-fields sentence, whole for each case: the English article of the object's name and
 * "it"/"them" pick it, as the translations have none of their own.
 */
function missingMessage(object: string, needs: string, keys: string, upsert: boolean, one: boolean): string {
  const an = /^[AEIOU]/i.test(object);
  if (upsert) {
    if (an)
      return one
        ? t('An upsert that matches no {0} creates one, and creating an {0} needs {1}: the body has no {2} key, so Salesforce answers REQUIRED_FIELD_MISSING; add it', object, needs, keys)
        : t('An upsert that matches no {0} creates one, and creating an {0} needs {1}: the body has no {2} key, so Salesforce answers REQUIRED_FIELD_MISSING; add them', object, needs, keys);
    return one
      ? t('An upsert that matches no {0} creates one, and creating a {0} needs {1}: the body has no {2} key, so Salesforce answers REQUIRED_FIELD_MISSING; add it', object, needs, keys)
      : t('An upsert that matches no {0} creates one, and creating a {0} needs {1}: the body has no {2} key, so Salesforce answers REQUIRED_FIELD_MISSING; add them', object, needs, keys);
  }
  if (an)
    return one
      ? t('Creating an {0} needs {1}: the body has no {2} key, so Salesforce answers REQUIRED_FIELD_MISSING; add it', object, needs, keys)
      : t('Creating an {0} needs {1}: the body has no {2} key, so Salesforce answers REQUIRED_FIELD_MISSING; add them', object, needs, keys);
  return one
    ? t('Creating a {0} needs {1}: the body has no {2} key, so Salesforce answers REQUIRED_FIELD_MISSING; add it', object, needs, keys)
    : t('Creating a {0} needs {1}: the body has no {2} key, so Salesforce answers REQUIRED_FIELD_MISSING; add them', object, needs, keys);
}

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
      'left to `field-unknown`. A required key must also be there and non-empty for every user: a literal `""` is empty (Salesforce ' +
      'treats it as missing), and a key inside an `{% if %}` is missing for the users ' +
      'the branch skips (named in the message, from the paths analysis; an output with no `| default:` that can render empty is `field-may-be-empty`). Braze advises a default for every personalized value ' +
      '(https://www.braze.com/docs/user_guide/personalization_and_dynamic_content/liquid/setting_default_values/).  Fields Salesforce defaults (a Lead\'s `Status`) are not required. Source: Salesforce Object Reference, ' +
      '"Lead" and "CampaignMember" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_campaignmember.htm).',
  },
  run(context) {
    const { doc, knowledge } = context;
    for (const body of recordBodies(doc, knowledge)) {
      const object = body.object;
      if (!object || body.operation === 'update') continue;
      checkPresentOnEveryPath(context, body);
      const present = new Set(body.members.flatMap((m) => (m.resolution.kind === 'unknown' ? [] : [m.resolution.field.name])));
      const missing = object.fields.filter((f) => f.requiredOnCreate && !present.has(f.name));
      const groups = (object.requiredOneOf ?? []).filter((g) => !g.some((n) => present.has(findField(object, n)?.name ?? n)));
      if (!missing.length && !groups.length) continue;
      const needs = [...missing.map((f) => f.name), ...groups.map((g) => listed(g, 'or'))];
      const keys = [...missing.map((f) => f.name), ...groups.flat()];
      // A group is filled with its first field, the one the object lists first.
      const added = [...missing, ...groups.map((g) => findField(object, g[0]!)).filter((f): f is SObjectField => f !== undefined)];
      const edit = appendMembersEdit(doc.text, body.root, added.map((f) => `"${f.name}": ${suggestedValue(f)}`));
      const fixes: Fix[] | undefined = edit ? [{ title: t('Add {0}', listed(added.map((f) => f.name), 'and')), edits: [edit], preferred: true }] : undefined;
      const upsert = body.operation === 'upsert';
      context.report({
        start: body.root.start,
        end: body.root.start + 1,
        message: missingMessage(object.name, listed(needs, 'and'), eitherKey(keys), upsert, keys.length === 1),
        fixes,
        severity: upsert ? 'warning' : undefined,
      });
    }
  },
};

/** A required field that is written, but empty for some users: `""`, an output without a default, or a key some branch skips. */
function checkPresentOnEveryPath(context: CheckContext, body: RecordBody): void {
  const { doc } = context;
  const required = new Set((body.object?.fields ?? []).filter((f) => f.requiredOnCreate).map((f) => f.name));
  const paths = doc.json?.root === body.root ? bodyPaths(doc) : undefined;
  const upsert = body.operation === 'upsert';
  const byField = new Map<string, RecordBody['members']>();
  for (const m of body.members) {
    if (m.resolution.kind === 'unknown' || !required.has(m.resolution.field.name)) continue;
    const name = m.resolution.field.name;
    byField.set(name, [...(byField.get(name) ?? []), m]);
    const v = m.member.value;
    if (v?.kind === 'string' && !v.hasLiquid && v.value === '') {
      context.report({ start: v.start, end: v.end, message: t('{0} is required and "" is empty: Salesforce treats an empty required field as missing (REQUIRED_FIELD_MISSING).', name), severity: upsert ? 'warning' : undefined });
    }
  }
  if (!paths?.ok) return;
  for (const [name, members] of byField) {
    const written = (p: (typeof paths.paths)[number]) => members.some((m) => p.segments.some((s) => s.fileStart <= m.member.key.start && m.member.key.start < s.fileStart + s.length));
    const without = paths.paths.find((p) => !written(p));
    if (!without) continue;
    const m = members[0];
    context.report({
      start: m.member.key.start,
      end: m.member.key.end,
      severity: upsert ? 'warning' : undefined,
      message: t('{0} is required but only written inside a branch: {1} the body has no "{0}", so Salesforce answers REQUIRED_FIELD_MISSING.', name, describePath(doc.text, without)),
    });
  }
}

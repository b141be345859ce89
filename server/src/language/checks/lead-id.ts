import { requestUrl } from '../analysis/oauth';
import { checkRecordId, knownIdPrefixes, LEAD_ID_PREFIX } from '../../core';
import type { Check } from './types';

export const leadId: Check = {
  meta: {
    code: 'lead-id',
    severity: 'error',
    summary: 'A record id written in the URL is not 15 or 18 letters and digits, has a wrong checksum, or is not a Lead id (00Q...).',
    docs:
      'Salesforce record ids have 15 characters (case-sensitive) or 18 (the 15 plus a checksum of their letter case); the first three ' +
      'name the object, `00Q` for a Lead. A malformed id answers `MALFORMED_ID`, another object\'s id `NOT_FOUND` or `MALFORMED_ID`. ' +
      "A Liquid id (`{{${user_id}}}`, Braze's recipe) is known only at send time and is not checked. Source: Salesforce, " +
      '"Working with Record IDs" (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_record_ids.htm) and ' +
      'Object Reference, "Lead" (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm).',
  },
  run({ doc, report }) {
    const dp = requestUrl(doc)?.dataPath;
    const id = dp?.id;
    if (!dp || !id || dp.externalIdField || id.liquid || id.placeholder || id.text === '' || id.text === 'describe') return;
    const isLead = dp.object?.text.toLowerCase() === 'lead';
    const check = checkRecordId(id.text, isLead ? LEAD_ID_PREFIX : null);
    if (check.ok) return;
    const object = check.prefix !== undefined ? knownIdPrefixes[check.prefix] : undefined;
    const other = check.problem === 'prefix' && object ? ` (a ${object} id)` : '';
    report({
      start: id.start,
      end: id.end,
      message: `Record id "${id.text}"${other}: ${check.message ?? 'it is not a valid record id.'} Write the Lead's id, or {{\${user_id}}} when the Braze external_id is the Lead id`,
    });
  },
};

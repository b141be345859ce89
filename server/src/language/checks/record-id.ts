import { requestUrl } from '../analysis/oauth';
import { checkRecordId, findObject, objectOfIdPrefix, type IdObject } from '../../core';
import type { Check } from './types';

export const recordId: Check = {
  meta: {
    code: 'record-id',
    aliases: ['lead-id'],
    severity: 'error',
    summary: "A record id written in the URL is not 15 or 18 letters and digits, has a wrong checksum, or is not an id of the URL's object (`00Q...` for a Lead).",
    docs:
      'Salesforce record ids have 15 characters (case-sensitive) or 18 (the 15 plus a checksum of their letter case); the first three, ' +
      'the key prefix, name the object: `00Q` a Lead, `003` a Contact, `001` an Account, `00v` a campaign member (the org\'s describe ' +
      'gives a custom object\'s). A malformed id answers `MALFORMED_ID`, another object\'s id `NOT_FOUND` or `MALFORMED_ID`. A Liquid ' +
      "id (`{{${user_id}}}`, Braze's recipe) is known only at send time and is not checked, nor is the id of an object whose key prefix " +
      'the extension does not know. Source: Salesforce, "Working with Record IDs" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_record_ids.htm) and Object Reference, "Lead" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm).',
  },
  run({ doc, knowledge, report }) {
    const dp = requestUrl(doc)?.dataPath;
    const id = dp?.id;
    if (!dp || !id || dp.collection || dp.externalIdField || id.liquid || id.placeholder || id.text === '' || id.text === 'describe') return;
    const object = dp.object && !dp.object.liquid ? findObject(knowledge, dp.object.text) : undefined;
    const expected: IdObject | undefined = object?.keyPrefix !== undefined ? { name: object.name, keyPrefix: object.keyPrefix } : undefined;
    const check = checkRecordId(id.text, expected);
    if (check.ok) return;
    const other = check.problem === 'prefix' && check.prefix !== undefined ? objectOfIdPrefix(knowledge, check.prefix) : undefined;
    const whose = object ? `the ${object.name}'s id` : 'the record id';
    report({
      start: id.start,
      end: id.end,
      message: `Record id "${id.text}"${other ? ` (a ${other} id)` : ''}: ${check.message ?? 'it is not a valid record id.'} Write ${whose}, or the Liquid that gives it ({{\${user_id}}} when the Braze external_id is it)`,
    });
  },
};

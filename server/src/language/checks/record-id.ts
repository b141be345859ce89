import { requestUrl } from '../analysis/oauth';
import { checkRecordId, findObject, objectOfIdPrefix, recordIdChecksum, t, type IdObject, type RecordIdCheck } from '../../core';
import type { Check } from './types';

/** Why the id is not one: core's explanation, worded here so that it follows the configured language. */
function problemText(id: string, check: RecordIdCheck, expected: IdObject | undefined): string {
  switch (check.problem) {
    case 'empty':
      return t('The record id is empty.');
    case 'characters':
      return t('A record id holds only letters and digits.');
    case 'length':
      return t('A record id has 15 or 18 characters, not {0}.', id.length);
    case 'checksum':
      return t('The last three characters should be {0} for this id.', recordIdChecksum(id.slice(0, 15)));
    case 'prefix':
      if (expected) return t('This id starts with {0}; {1} ids start with {2}.', check.prefix ?? '', expected.name, expected.keyPrefix);
      break;
    default:
      break;
  }
  return check.message ?? t('it is not a valid record id.');
}

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
    const why = problemText(id.text, check, expected);
    // The Liquid is an argument: its braces next to a `{0}` would hide that from the formatter.
    const liquid = '{{${user_id}}}';
    let message: string;
    if (object)
      message = other
        ? t("Record id \"{0}\" (a {1} id): {2} Write the {3}'s id, or the Liquid that gives it ({4} when the Braze external_id is it)", id.text, other, why, object.name, liquid)
        : t("Record id \"{0}\": {1} Write the {2}'s id, or the Liquid that gives it ({3} when the Braze external_id is it)", id.text, why, object.name, liquid);
    else
      message = other
        ? t('Record id "{0}" (a {1} id): {2} Write the record id, or the Liquid that gives it ({3} when the Braze external_id is it)', id.text, other, why, liquid)
        : t('Record id "{0}": {1} Write the record id, or the Liquid that gives it ({2} when the Braze external_id is it)', id.text, why, liquid);
    report({ start: id.start, end: id.end, message });
  },
};

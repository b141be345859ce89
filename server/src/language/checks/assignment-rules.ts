import { requestWrite } from '../analysis/record-body';
import { findObject, t } from '../../core';
import type { Check } from './types';

const HEADER = 'Sforce-Auto-Assign';
const HEADER_LINE = `${HEADER}: FALSE`;

export const assignmentRules: Check = {
  meta: {
    code: 'assignment-rules',
    severity: 'information',
    summary: 'A PATCH on a Lead, Account or Case without `Sforce-Auto-Assign: FALSE`: Salesforce re-runs the assignment rules, so the owner can change on every send.',
    docs:
      'Salesforce runs the assignment rules of Leads, Accounts and Cases on every REST create and update unless the request sends ' +
      '`Sforce-Auto-Assign: FALSE` (the header is `TRUE` when absent). A webhook that updates a Lead (Braze\'s "Update Lead to MQL") ' +
      'therefore re-assigns it each time Braze sends it, and the owner can change; Salesforce\'s help notes records are reassigned ' +
      '"even when none are active". Add `Sforce-Auto-Assign: FALSE` to keep the owner; send `TRUE` (or an assignment rule id) to ' +
      'say that re-assigning is wanted, and this note goes. Creates (POST) are not flagged: assigning a new record is usually wanted. ' +
      'Source: Salesforce REST API Developer Guide, "Assignment Rule Header" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_autoassign.htm), and Salesforce Help, ' +
      'article 000395506 (https://help.salesforce.com/s/articleView?id=000395506&type=1).',
  },
  run({ doc, knowledge, report }) {
    const write = requestWrite(doc);
    if (!write || write.operation === 'create' || write.dataPath.collection) return;
    const object = write.dataPath.object;
    if (!object || object.liquid || object.placeholder) return;
    // The objects whose assignment rules Salesforce runs on every REST create and update: a knowledge row of each object.
    const known = findObject(knowledge, object.text);
    if (!known?.assignmentRules) return;
    if (doc.headers.some((h) => h.name.text.trim().toLowerCase() === HEADER.toLowerCase())) return;
    const method = doc.requestLine!.method!;
    const last = doc.headers.at(-1);
    const at = last ? last.end : doc.requestLine!.end;
    report({
      start: method.start,
      end: method.end,
      message: t('Salesforce re-runs the {0} assignment rules on this update, so the owner can change on every send: add "{1}" to keep it', known.name, HEADER_LINE),
      fixes: [{ title: t('Add "{0}"', HEADER_LINE), edits: [{ start: at, end: at, newText: `\n${HEADER_LINE}` }], preferred: true }],
    });
  },
};

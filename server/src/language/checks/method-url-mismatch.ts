import { t } from '../../core';
import { requestUrl } from '../analysis/oauth';
import type { LiquidOutput } from '../../syntax';
import type { Check, Fix } from './types';

/**
 * Braze's default attributes that can hold a Salesforce record id: the external_id (Braze's recipe).
 * Every other default attribute (an email, a name, a phone number, a date, the 24-hex braze_id) never is one.
 */
const MAY_HOLD_RECORD_ID = new Set(['user_id']);

/** The record id Braze's recipe uses: the Braze external_id is the Salesforce record's id. */
const RECIPE_ID = '{{${user_id}}}';

export const methodUrlMismatch: Check = {
  meta: {
    code: 'method-url-mismatch',
    severity: 'error',
    summary: 'POST with a record id or an external id in the URL, PATCH without one, PUT on a record, a Braze attribute that is never a record id, or GET/DELETE with a body.',
    docs:
      'Salesforce creates a record with `POST .../sobjects/<Object>/` (no id; an id there answers `405` or `NOT_FOUND`; ' +
      '`POST .../sobjects/<Object>/Id` creates too), updates one with `PATCH .../sobjects/<Object>/{id}` (without the id it answers ' +
      '`405 Method Not Allowed`) and upserts one with `PATCH .../sobjects/<Object>/<ExternalIdField>/{value}` (a POST there answers ' +
      '`405`). PUT is not a method of an sObject row: Salesforce answers `405 Method Not Allowed`; PATCH updates. A record id segment that ' +
      'is a Braze attribute such as `{{${email_address}}}` or `{{${first_name}}}` never names a record (`NOT_FOUND` or `MALFORMED_ID` for every user): ' +
      'use the attribute that holds the id, or upsert by an external id field. GET and DELETE take no body. sObject Collections take no id in the URL. Braze\'s recipe uses the Braze external_id as ' +
      "the Lead id: `PATCH .../sobjects/Lead/{{${user_id}}}`. Source: Salesforce REST API Developer Guide, \"Create a Record\", " +
      '"Update a Record" and "Insert or Update (Upsert) a Record Using an External ID" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_update_fields.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm).',
  },
  run({ doc, report }) {
    const method = doc.requestLine?.method;
    if (!method) return;
    const useMethod = (m: string, preferred = false): Fix => ({ title: t('Use {0}', m), edits: [{ start: method.start, end: method.end, newText: m }], preferred });
    if ((method.text === 'GET' || method.text === 'DELETE') && doc.body) {
      report({
        start: method.start,
        end: method.end,
        message: t('{0} sends no body, but this request has one: use PATCH to update a record or POST to create one, or remove the body', method.text),
        fixes: [useMethod('PATCH'), useMethod('POST')],
      });
    }
    const dp = requestUrl(doc)?.dataPath;
    const object = dp?.object;
    if (!dp || !object || object.text === '' || dp.composite) return;
    const id = dp.id && dp.id.text !== '' && dp.id.text !== 'describe' ? dp.id : undefined;
    if (method.text === 'PUT' && !dp.collection) {
      report({
        start: method.start,
        end: method.end,
        message: id
          ? dp.externalIdField
            ? t('Salesforce answers 405 Method Not Allowed to PUT on a {0}: use PATCH to upsert by {1}', object.text, dp.externalIdField.text)
            : t('Salesforce answers 405 Method Not Allowed to PUT on a {0}: use PATCH to update that {0}', object.text)
          : t('Salesforce answers 405 Method Not Allowed to PUT on {0}: use POST to create a {0}', object.text),
        fixes: [useMethod(id ? 'PATCH' : 'POST', true)],
      });
    }
    if (method.text === 'PATCH' && id && id.liquid && !dp.externalIdField) {
      const outputs = (doc.requestLine?.url?.liquid ?? []).filter((n): n is LiquidOutput => n.type === 'output' && n.start >= id.start && n.end <= id.end);
      const only = outputs.length === 1 && doc.text.slice(id.start, id.end).trim() === doc.text.slice(outputs[0].start, outputs[0].end) ? outputs[0] : undefined;
      const vars = only?.expression?.variables ?? [];
      // A default attribute is `${name}` on its own (custom_attribute.${x} and event properties may hold anything).
      const name = vars.length === 1 && vars[0].path.length === 1 ? /^\$\{(\w+)\}$/.exec(vars[0].path[0])?.[1] : undefined;
      if (name && !MAY_HOLD_RECORD_ID.has(name)) {
        report({
          start: id.start,
          end: id.end,
          // The attribute is an argument: Liquid's braces next to a `{0}` would hide it from the formatter.
          message: t(
            '{0} is never a Salesforce record id, so Salesforce finds no {1} for any user (NOT_FOUND or MALFORMED_ID): use the attribute that holds the id (e.g. {2}), or upsert by an external id field',
            `\${${name}}`,
            object.text,
            RECIPE_ID,
          ),
          fixes: [{ title: t('Use "{0}"', RECIPE_ID), edits: [{ start: id.start, end: id.end, newText: RECIPE_ID }], preferred: true }],
        });
      }
    }
    if (method.text === 'POST' && id) {
      const from = dp.externalIdField ?? id;
      const written = doc.text.slice(from.start, id.end);
      report({
        start: from.start,
        end: id.end,
        message: dp.externalIdField
          ? t('POST creates a {0} and takes no record id, but the URL ends with "{1}": use PATCH to upsert by {2}, or remove the id', object.text, written, dp.externalIdField.text)
          : t('POST creates a {0} and takes no record id, but the URL ends with "{1}": use PATCH to update that {0}, or remove the id', object.text, written),
        fixes: [useMethod('PATCH', true), { title: t('Remove "{0}"', written), edits: [{ start: from.start, end: id.end, newText: '' }] }],
      });
    }
    if (method.text === 'PATCH' && !id) {
      const slash = doc.text[object.end] === '/' ? '' : '/';
      report({
        start: object.start,
        end: object.end,
        message: t('PATCH updates one {0}, but the URL has no record id after "{0}": add it (e.g. {1}), or use POST to create a {0}', object.text, RECIPE_ID),
        fixes: [
          { title: t('Add "{0}"', RECIPE_ID), edits: [{ start: object.end + (slash ? 0 : 1), end: object.end + (slash ? 0 : 1), newText: `${slash}${RECIPE_ID}` }], preferred: true },
          useMethod('POST'),
        ],
      });
    }
  },
};

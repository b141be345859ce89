import { requestUrl } from '../analysis/oauth';
import type { Check, Fix } from './types';

/** The record id Braze's recipe uses: the Braze external_id is the Salesforce record's id. */
const RECIPE_ID = '{{${user_id}}}';

export const methodUrlMismatch: Check = {
  meta: {
    code: 'method-url-mismatch',
    severity: 'error',
    summary: 'POST with a record id or an external id in the URL, PATCH without one, or GET/DELETE with a body.',
    docs:
      'Salesforce creates a record with `POST .../sobjects/<Object>/` (no id; an id there answers `405` or `NOT_FOUND`; ' +
      '`POST .../sobjects/<Object>/Id` creates too), updates one with `PATCH .../sobjects/<Object>/{id}` (without the id it answers ' +
      '`405 Method Not Allowed`) and upserts one with `PATCH .../sobjects/<Object>/<ExternalIdField>/{value}` (a POST there answers ' +
      '`405`). GET and DELETE take no body. sObject Collections take no id in the URL. Braze\'s recipe uses the Braze external_id as ' +
      "the Lead id: `PATCH .../sobjects/Lead/{{${user_id}}}`. Source: Salesforce REST API Developer Guide, \"Create a Record\", " +
      '"Update a Record" and "Insert or Update (Upsert) a Record Using an External ID" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_update_fields.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm).',
  },
  run({ doc, report }) {
    const method = doc.requestLine?.method;
    if (!method) return;
    const useMethod = (m: string, preferred = false): Fix => ({ title: `Use ${m}`, edits: [{ start: method.start, end: method.end, newText: m }], preferred });
    if ((method.text === 'GET' || method.text === 'DELETE') && doc.body) {
      report({
        start: method.start,
        end: method.end,
        message: `${method.text} sends no body, but this request has one: use PATCH to update a record or POST to create one, or remove the body`,
        fixes: [useMethod('PATCH'), useMethod('POST')],
      });
    }
    const dp = requestUrl(doc)?.dataPath;
    const object = dp?.object;
    if (!dp || !object || object.text === '' || dp.composite) return;
    const id = dp.id && dp.id.text !== '' && dp.id.text !== 'describe' ? dp.id : undefined;
    if (method.text === 'POST' && id) {
      const from = dp.externalIdField ?? id;
      const written = doc.text.slice(from.start, id.end);
      const instead = dp.externalIdField ? `use PATCH to upsert by ${dp.externalIdField.text}` : `use PATCH to update that ${object.text}`;
      report({
        start: from.start,
        end: id.end,
        message: `POST creates a ${object.text} and takes no record id, but the URL ends with "${written}": ${instead}, or remove the id`,
        fixes: [useMethod('PATCH', true), { title: `Remove "${written}"`, edits: [{ start: from.start, end: id.end, newText: '' }] }],
      });
    }
    if (method.text === 'PATCH' && !id) {
      const slash = doc.text[object.end] === '/' ? '' : '/';
      report({
        start: object.start,
        end: object.end,
        message: `PATCH updates one ${object.text}, but the URL has no record id after "${object.text}": add it (e.g. ${RECIPE_ID}), or use POST to create a ${object.text}`,
        fixes: [
          { title: `Add "${RECIPE_ID}"`, edits: [{ start: object.end + (slash ? 0 : 1), end: object.end + (slash ? 0 : 1), newText: `${slash}${RECIPE_ID}` }], preferred: true },
          useMethod('POST'),
        ],
      });
    }
  },
};

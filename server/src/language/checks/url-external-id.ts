import { requestUrl } from '../analysis/oauth';
import { recordBodies, removeMemberEdit, requestWrite } from '../analysis/record-body';
import { findField, findObject, t } from '../../core';
import type { LiquidNode, LiquidOutput, Span } from '../../syntax';
import type { Check, Offense } from './types';

/** Filters after which a value holds no `/`, `?`, `#` or space. */
const ESCAPES = new Set(['url_param_escape', 'url_encode']);

/** Salesforce's own error text, quoted as it answers (users search for it): never translated. */
const NOT_AN_EXTERNAL_ID = 'Provided external ID field does not exist or is not accessible';

export const urlExternalId: Check = {
  meta: {
    code: 'url-external-id',
    severity: 'error',
    summary: 'An upsert (`PATCH .../sobjects/<Object>/<Field>/<value>`) by a field that is not an External ID of the object, or by `Id`; notes on its value and options.',
    docs:
      'An upsert names the record by a field marked External ID (Unique, so that one record matches), or by a standard field that can ' +
      'identify a record (`Email` of a Lead or a Contact: describe\'s `idLookup`); by any other field Salesforce answers `404 NOT_FOUND` ' +
      '"Provided external ID field does not exist or is not accessible", and REST never upserts by `Id` (`PATCH .../sobjects/<Object>/<id>` ' +
      'updates by id). A custom field the built-in schema does not have is checked once the org\'s describe is loaded ' +
      '(`.salesforce/<Object>.describe.json`, Fetch Schema from Org); until then an information says so. Also, as information: a field ' +
      'that is not Unique lets several records match (Salesforce answers `300` and changes nothing); `?updateOnly=true` makes an upsert ' +
      'that matches no record fail with `404` instead of creating one; a Liquid value without `url_param_escape` breaks the URL when ' +
      'it holds `/`, `?`, `#` or a space. As a warning: the body holding the field the URL names ("Do not specify Id or an external ' +
      'ID field in the request body"). An upsert is what makes a webhook safe to retry: Braze retries 408, 429 and 5XX answers. ' +
      'Source: Salesforce REST API Developer Guide, "Upsert Records Using sObject Rows by External ID" and "Insert or Update (Upsert) ' +
      'a Record Using an External ID" (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_upsert_patch.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm).',
  },
  run({ doc, knowledge, report }) {
    const url = requestUrl(doc);
    const dp = url?.dataPath;
    const key = dp?.externalIdField;
    const object = dp?.object;
    if (!dp || !key || !object || key.liquid || key.placeholder) return;
    // `POST .../sobjects/<Object>/Id` creates a record: method-url-mismatch speaks of other methods there.
    if (key.text === 'Id' && !dp.id && !dp.collection) return;
    const at = { start: key.start, end: key.end };
    if (key.text.toLowerCase() === 'id') {
      const fix = dp.collection ? undefined : [{ title: t('Remove "{0}"', `${key.text}/`), edits: [{ start: key.start, end: key.end + 1, newText: '' }], preferred: true }];
      report({
        ...at,
        message: t('REST upserts by an external id, not by the record id: {0} updates that record; remove "{1}"', `PATCH .../sobjects/${object.text}/<id>`, `${key.text}/`),
        fixes: fix,
      });
      return;
    }
    const known = object.liquid || object.placeholder ? undefined : findObject(knowledge, object.text);
    if (!known) return;
    const field = findField(known, key.text);
    if (!field && known.source === 'builtin') {
      report({
        ...at,
        severity: 'information',
        message: t(
          '{0} is not among the built-in {1} fields, so whether it is an External ID is not known: Fetch Schema from Org ({2}) lets it be checked. Salesforce answers 404 NOT_FOUND to an upsert by a field that is not one',
          key.text,
          known.name,
          `.salesforce/${known.name}.describe.json`,
        ),
      });
    } else if (!field) {
      report({
        ...at,
        message: t('The org\'s {0} describe has no field {1}: Salesforce answers 404 NOT_FOUND ("{2}")', known.name, key.text, NOT_AN_EXTERNAL_ID),
      });
      return;
    } else if (!field.externalId && !field.idLookup) {
      report({
        ...at,
        message: t(
          '{0} is not an External ID field of {1}: Salesforce answers 404 NOT_FOUND ("{2}"); upsert by a field marked External ID and Unique',
          field.name,
          known.name,
          NOT_AN_EXTERNAL_ID,
        ),
      });
      return;
    } else if (field.externalId && !field.unique) {
      report({
        ...at,
        severity: 'information',
        message: t('{0} is not Unique: when two {1} records hold the value, Salesforce answers 300 Multiple Choices and changes nothing', field.name, known.name),
      });
    }
    if (dp.collection) return;
    if (/(?:^|&)updateOnly=true(?:&|$)/i.test(url.query?.text ?? '')) {
      report({
        start: url.query!.start,
        end: url.query!.end,
        severity: 'information',
        message: t('?updateOnly=true: an upsert that matches no {0} creates none, and Salesforce answers 404 NOT_FOUND', known.name),
      });
    }
    const value = dp.id;
    if (value?.liquid) for (const offense of unescaped(doc.text, doc.requestLine?.url?.liquid ?? [], value)) report(offense);
    if (requestWrite(doc)?.operation !== 'upsert') return;
    for (const body of recordBodies(doc, knowledge)) {
      const all = body.root.members ?? [];
      for (const m of body.members) {
        if (m.key.toLowerCase() !== key.text.toLowerCase()) continue;
        const edit = removeMemberEdit(doc.text, all, all.indexOf(m.member));
        report({
          start: m.member.key.start,
          end: m.member.key.end,
          severity: 'warning',
          message: t('"{0}" is the field the URL upserts by: Salesforce takes it from the URL, and its guide says a body that holds it fails; remove it', m.key),
          fixes: edit ? [{ title: t('Remove "{0}"', m.key), edits: [edit], preferred: true }] : undefined,
        });
      }
    }
  },
};

/** The outputs of the value segment whose value is not URL-escaped, each with a fix that escapes it. */
function unescaped(text: string, liquid: readonly LiquidNode[], segment: Span): Offense[] {
  const outputs = liquid.filter((n): n is LiquidOutput => n.type === 'output' && n.start >= segment.start && n.end <= segment.end);
  return outputs
    .filter((o) => o.expression && !o.expression.filters.some((f) => ESCAPES.has(f.name.text)))
    .map((o) => {
      let insert = o.content.end;
      while (insert > o.content.start && /\s/.test(text[insert - 1])) insert--;
      return {
        start: o.start,
        end: o.end,
        severity: 'information' as const,
        message: t('The external id is a path segment: a value holding "/", "?", "#" or a space breaks the URL, and Salesforce finds no record or another one; add | url_param_escape'),
        fixes: [{ title: t('Add | url_param_escape'), edits: [{ start: insert, end: insert, newText: ' | url_param_escape' }], preferred: true }],
      };
    });
}

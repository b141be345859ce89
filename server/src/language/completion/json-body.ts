import { getLocation, type JSONPath } from 'jsonc-parser';
import { escapeSnippetText, findField, localizedFieldNotes, t, type Knowledge, type SObjectField } from '../../core';
import { maskBodyLiquid, type JsonValue, type WebhookDocument } from '../../syntax';
import { recordBodyOf, type RecordBody } from '../analysis/record-body';
import { docs, Kind, type Item } from './item';
import { wordStart } from './typed';

const picklist = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

/** Markdown describing a field of an object: label, type and length, requirements, upsert key, picklist values. */
export function fieldDocs(f: SObjectField, object: { name: string }, operation?: string): string {
  const facts = [
    `**${f.name}** — ${f.label}`,
    t('Type: {0}', `\`${f.type}${f.length ? `(${f.length})` : ''}\``),
    // The English article picks the sentence; the translations have none of their own.
    f.requiredOnCreate ? (/^[AEIOU]/i.test(object.name) ? t('Required to create an {0}.', object.name) : t('Required to create a {0}.', object.name)) : undefined,
    !f.createable && !f.updateable
      ? t('Read-only: Salesforce rejects it in a body.')
      : !f.createable
        ? t('Settable on update (PATCH) only.')
        : !f.updateable
          ? t('Settable on create (POST) only.')
          : undefined,
    f.externalId
      ? f.unique
        ? t('External ID, Unique: it can name the record of an upsert, {0}.', `\`.../sobjects/${object.name}/${f.name}/<value>\``)
        : t('External ID: it can name the record of an upsert, {0}.', `\`.../sobjects/${object.name}/${f.name}/<value>\``)
      : undefined,
    f.picklistValues?.length
      ? (f.restrictedPicklist ? t('Values (restricted): {0}', picklist(f.picklistValues)) : t('Values: {0}', picklist(f.picklistValues)))
      : undefined,
    localizedFieldNotes(object.name, f),
    operation,
  ];
  return facts.filter(Boolean).join('\n\n');
}

const fieldDetail = (f: SObjectField) => `${f.label} · ${f.type}${f.length ? `(${f.length})` : ''}${f.requiredOnCreate ? ` · ${t('required')}` : ''}`;

/** Whether the request may set a field: on create, on update, or on both for an upsert. */
const settable = (f: SObjectField, body: RecordBody) =>
  body.operation === 'create' ? f.createable : body.operation === 'update' ? f.updateable : f.createable && f.updateable;

/**
 * The record a JSON path of the body is in, and the key under it: the body itself for a
 * single-record request (`["LastName"]`), a record of an sObject Collections body
 * (`["records", 0, "LastName"]`).
 */
function recordAt(doc: WebhookDocument, k: Knowledge, path: JSONPath): { body: RecordBody; key: JSONPath[number] } | undefined {
  const root = doc.json?.root;
  let record: JsonValue | undefined;
  if (path.length === 1) record = root;
  else if (path.length === 3 && path[0] === 'records' && typeof path[1] === 'number') {
    const records = root?.members?.find((m) => m.key.value === 'records')?.value;
    record = records?.items?.[path[1]];
  }
  const body = recordBodyOf(doc, k, record);
  return body?.object ? { body, key: path[path.length - 1] } : undefined;
}

/**
 * In a JSON body aimed at an object the knowledge has (the URL's, or a collection record's
 * `attributes.type`): at a key, the fields not used yet that the request may set (required first
 * on a create); at a value, the field's picklist values and a Liquid value from a Braze attribute.
 */
export function jsonBodyItems(doc: WebhookDocument, offset: number, k: Knowledge): Item[] {
  const body = doc.body;
  // No tree: the body is not JSON, or nests too deep for jsonc-parser, which recurses.
  if (!body || !doc.json) return [];
  const masked = maskBodyLiquid(body.text, body.liquid, body.start);
  const location = getLocation(masked, offset - body.start);
  const at = recordAt(doc, k, location.path);
  if (!at) return [];
  const { body: record, key } = at;
  const object = record.object!;
  const node = location.previousNode;
  const nodeSpan = node && node.offset + body.start <= offset && offset <= node.offset + node.length + body.start ? { start: node.offset + body.start, end: node.offset + node.length + body.start } : undefined;

  if (location.isAtPropertyKey) {
    const typedStart = wordStart(doc.text, offset, body.start);
    const used = new Set((record.root.members ?? []).map((m) => m.key.value.toLowerCase()));
    const typed = nodeSpan ? doc.text.slice(nodeSpan.start + 1, nodeSpan.end - 1).toLowerCase() : '';
    const fields = object.fields.filter((f) => settable(f, record) && (!used.has(f.name.toLowerCase()) || f.name.toLowerCase() === typed));
    return fields.map((f) => ({
      label: f.name,
      kind: Kind.Field,
      detail: fieldDetail(f),
      documentation: fieldDocs(f, object),
      insertText: nodeSpan ? `"${f.name}"` : `"${f.name}": ${valueSnippet(f)}`,
      snippet: !nodeSpan,
      filterText: nodeSpan ? `"${f.name}"` : f.name,
      start: nodeSpan?.start ?? typedStart,
      end: nodeSpan?.end ?? offset,
      sortText: `${record.operation !== 'update' && f.requiredOnCreate ? 0 : f.custom ? 1 : 2}_${f.name}`,
    }));
  }
  if (typeof key !== 'string') return [];
  const field = findField(object, key);
  if (!field) return [];
  const start = nodeSpan?.start ?? offset;
  const end = nodeSpan?.end ?? offset;
  const items: Item[] = (field.picklistValues ?? []).map((v, i) => ({
    label: `"${v}"`,
    kind: Kind.EnumMember,
    detail: t('{0} picklist value', field.name),
    documentation: fieldDocs(field, object),
    insertText: `"${v}"`,
    start,
    end,
    sortText: `1_${String(i).padStart(3, '0')}`,
  }));
  if (field.brazeValue) {
    items.unshift({
      label: `"${field.brazeValue}"`,
      kind: Kind.Value,
      detail: t('Braze value for {0}', field.name),
      documentation: docs(t('The Braze attribute that fills {0}, escaped for a JSON string.', field.label)),
      insertText: `"${field.brazeValue}"`,
      start,
      end,
      sortText: '0',
    });
  }
  return items;
}

function valueSnippet(f: SObjectField): string {
  if (f.brazeValue) return `"\${1:${escapeSnippetText(f.brazeValue)}}"`;
  if (f.type === 'boolean') return '${1|true,false|}';
  if (f.type === 'int' || f.type === 'double' || f.type === 'currency') return '${1:0}';
  if (f.picklistValues?.length) return `"\${1|${f.picklistValues.map((v) => v.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}"`;
  return '"$1"';
}

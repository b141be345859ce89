/**
 * The record bodies of a request that creates, updates or upserts Salesforce records: the JSON
 * body of a single-record request, or each record of an sObject Collections request
 * (`{"records": [{"attributes": {"type": "Contact"}, ...}]}`), each with the object it writes and
 * its top-level keys resolved against that object's fields; and edits that add or remove
 * members. Pure.
 */
import { NUMERIC_FIELD_TYPES, findObject, recordOperation, resolveBodyKey, type BodyKeyResolution, type DataPath, type Knowledge, type KnownObject, type RecordOperation, type SObjectField } from '../../core';
import type { JsonMember, JsonValue, Span, WebhookDocument } from '../../syntax';
import type { TextEdit } from '../checks/types';
import { requestUrl } from './oauth';
import type { PathSegment } from './url';

export interface FieldMember {
  member: JsonMember;
  /** The decoded key. */
  key: string;
  resolution: BodyKeyResolution;
}

export interface RecordBody {
  operation: RecordOperation;
  /** The object's API name as written: the URL's object segment, or a collection record's `attributes.type`. */
  objectName: string;
  /** Where that name is written. */
  objectAt: Span;
  /** The object, when the knowledge has it (its describe, or a built-in one). */
  object?: KnownObject;
  /** The JSON object whose members are the record's fields. */
  root: JsonValue;
  /** Members whose key holds no Liquid (members inside `{% if %}` included); none when the object is unknown. */
  members: FieldMember[];
}

/** What the request line does to records, and its data path; undefined when it writes none. */
export function requestWrite(doc: WebhookDocument): { operation: RecordOperation; dataPath: DataPath<PathSegment> } | undefined {
  const url = requestUrl(doc);
  const dataPath = url?.dataPath;
  const operation = dataPath && recordOperation(doc.requestLine?.method?.text, dataPath, url.query?.text);
  return operation && dataPath ? { operation, dataPath } : undefined;
}

/** The record bodies of a document (one for a single-record request, one per record of a collection). */
export function recordBodies(doc: WebhookDocument, k: Knowledge): readonly RecordBody[] {
  // Every field check asks for them; resolving a key that matches no field costs an edit-distance scan.
  const cached = CACHE.get(doc);
  if (cached && cached.knowledge === k) return cached.bodies;
  const bodies = readRecordBodies(doc, k);
  CACHE.set(doc, { knowledge: k, bodies });
  return bodies;
}

const CACHE = new WeakMap<WebhookDocument, { knowledge: Knowledge; bodies: readonly RecordBody[] }>();

/** The record body whose fields are the members of `root`. */
export function recordBodyOf(doc: WebhookDocument, k: Knowledge, root: JsonValue | undefined): RecordBody | undefined {
  return root && recordBodies(doc, k).find((b) => b.root === root);
}

function readRecordBodies(doc: WebhookDocument, k: Knowledge): RecordBody[] {
  const write = requestWrite(doc);
  const root = doc.json?.root;
  if (!write || !root || root.kind !== 'object') return [];
  const { operation, dataPath } = write;
  if (!dataPath.collection) {
    const object = dataPath.object;
    if (!object || object.liquid || object.placeholder) return [];
    return [recordBody(k, operation, object.text, object, root, () => false)];
  }
  // sObject Collections: each record names its object; an update's `id` is the record's id, not a field.
  const skipped = (key: string) => key === 'attributes' || (operation === 'update' && key.toLowerCase() === 'id');
  const records = member(root, 'records')?.value;
  const bodies: RecordBody[] = [];
  for (const record of records?.kind === 'array' ? (records.items ?? []) : []) {
    if (record.kind !== 'object') continue;
    const type = member(member(record, 'attributes')?.value, 'type')?.value;
    if (type?.kind === 'string' && !type.hasLiquid && typeof type.value === 'string' && type.value !== '') {
      bodies.push(recordBody(k, operation, type.value, type, record, skipped));
    }
  }
  return bodies;
}

function member(object: JsonValue | undefined, key: string): JsonMember | undefined {
  return object?.kind === 'object' ? object.members?.find((m) => m.key.value === key && !/\{\{|\{%/.test(m.key.text)) : undefined;
}

function recordBody(k: Knowledge, operation: RecordOperation, objectName: string, objectAt: Span, root: JsonValue, skipped: (key: string) => boolean): RecordBody {
  const object = findObject(k, objectName);
  const members: FieldMember[] = [];
  for (const m of object ? (root.members ?? []) : []) {
    const raw = m.key.text;
    if (!raw.startsWith('"') || /\{\{|\{%/.test(raw)) continue;
    const key = m.key.value;
    if (!key || skipped(key)) continue;
    members.push({ member: m, key, resolution: resolveBodyKey(k, object!, key) });
  }
  return { operation, objectName, objectAt: { start: objectAt.start, end: objectAt.end }, object, root, members };
}

/** The field a member names exactly or in other letter case (what Salesforce will write). */
export function namedField(m: FieldMember): SObjectField | undefined {
  return m.resolution.kind === 'exact' || m.resolution.kind === 'case' ? m.resolution.field : undefined;
}

export const isCustomName = (name: string): boolean => /__c$/i.test(name);

/** An edit that replaces a member's key by `name` (quotes kept). */
export function renameKeyEdit(m: JsonMember, name: string): TextEdit {
  return { start: m.key.start + 1, end: m.key.end - 1, newText: name };
}

/** An edit that removes the i-th member with its comma; undefined when Liquid stands in the way. */
export function removeMemberEdit(text: string, members: readonly JsonMember[], i: number): TextEdit | undefined {
  const m = members[i];
  if (!m) return undefined;
  let edit: TextEdit;
  if (i < members.length - 1) edit = { start: m.start, end: members[i + 1].start, newText: '' };
  else if (i > 0) edit = { start: members[i - 1].end, end: m.end, newText: '' };
  else edit = { start: m.start, end: m.end, newText: '' };
  const around = text.slice(Math.min(edit.start, m.start), m.start) + text.slice(m.end, Math.max(edit.end, m.end));
  return /\{%|\{\{/.test(around) ? undefined : edit;
}

/**
 * An edit that adds `"name": value` entries before the closing brace of an object, with commas
 * and the indentation of its members; undefined when the object is not closed.
 */
export function appendMembersEdit(text: string, root: JsonValue, entries: string[]): TextEdit | undefined {
  const close = root.end - 1;
  if (text[close] !== '}' || !entries.length) return undefined;
  let at = close;
  while (at > root.start + 1 && /\s/.test(text[at - 1])) at--;
  const members = root.members ?? [];
  const multiline = text.slice(root.start, root.end).includes('\n');
  const indent = multiline ? indentOf(text, members[0]?.start) ?? '  ' : '';
  const sep = multiline ? `\n${indent}` : ' ';
  if (!members.length) {
    const closeIndent = multiline ? indentOf(text, close) ?? '' : '';
    return { start: root.start + 1, end: close, newText: `${sep}${entries.join(`,${sep}`)}${multiline ? `\n${closeIndent}` : ' '}` };
  }
  return { start: at, end: at, newText: `,${sep}${entries.join(`,${sep}`)}` };
}

/** The blanks before `offset` on its line, when only blanks stand there. */
function indentOf(text: string, offset: number | undefined): string | undefined {
  if (offset === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

/**
 * A JSON value to suggest for a field: its Braze value in a string, a value of its type, or, for a
 * required text field, a placeholder to fill in (`""` would be sent as missing).
 */
export function suggestedValue(field: SObjectField): string {
  if (field.brazeValue) return `"${field.brazeValue}"`;
  if (NUMERIC_FIELD_TYPES.has(field.type)) return '0';
  if (field.type === 'boolean') return 'false';
  return field.requiredOnCreate ? `"[insert_${field.name.toLowerCase()}]"` : '""';
}

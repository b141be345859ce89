/**
 * The JSON body of a request that creates (POST) or updates (PATCH) a Salesforce Lead, with each
 * top-level key resolved against the Lead fields; and edits that add or remove members. Pure.
 */
import { resolveBodyKey, type BodyKeyResolution, type Knowledge, type LeadField } from '../../core';
import { remembered } from './remembered';
import type { JsonMember, JsonValue, WebhookDocument } from '../../syntax';
import type { TextEdit } from '../checks/types';

export type LeadOperation = 'create' | 'update';

export interface LeadMember {
  member: JsonMember;
  /** The decoded key. */
  key: string;
  resolution: BodyKeyResolution;
}

export interface LeadBody {
  operation: LeadOperation;
  root: JsonValue;
  /** Top-level members whose key holds no Liquid (members inside `{% if %}` included). */
  members: LeadMember[];
}

/** `/sobjects/Lead` followed by the end of the path, `/`, a query, or Liquid (`{{${user_id}}}`). */
const LEAD_PATH = /\/sobjects\/lead(?=$|[/?#{\s])/i;

/** True when the request line is a POST or PATCH aimed at the Lead sObject. */
export function leadOperation(doc: WebhookDocument): LeadOperation | undefined {
  const method = doc.requestLine?.method?.text;
  const url = doc.requestLine?.url?.text;
  if (!url || !LEAD_PATH.test(url)) return undefined;
  return method === 'POST' ? 'create' : method === 'PATCH' ? 'update' : undefined;
}

/** The Lead body of a Lead create/update request whose body is a JSON object, else undefined. */
export function leadBody(doc: WebhookDocument, k: Knowledge): LeadBody | undefined {
  // The Lead checks all ask for it; resolving a key that matches no field costs an edit-distance scan.
  const cached = CACHE.get(doc);
  if (cached && cached.knowledge === k) return cached.body;
  const body = readLeadBody(doc, k);
  CACHE.set(doc, { knowledge: k, body });
  return body;
}

const CACHE = new WeakMap<WebhookDocument, { knowledge: Knowledge; body: LeadBody | undefined }>();
const resolution = remembered(resolveBodyKey);

function readLeadBody(doc: WebhookDocument, k: Knowledge): LeadBody | undefined {
  const operation = leadOperation(doc);
  const root = doc.json?.root;
  if (!operation || !root || root.kind !== 'object') return undefined;
  const members: LeadMember[] = [];
  for (const member of root.members ?? []) {
    const raw = member.key.text;
    if (!raw.startsWith('"') || /\{\{|\{%/.test(raw)) continue;
    const key = member.key.value;
    if (!key) continue;
    members.push({ member, key, resolution: resolution(k, key) });
  }
  return { operation, root, members };
}

/** The field a member names exactly or in other letter case (what Salesforce will write). */
export function namedField(m: LeadMember): LeadField | undefined {
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

/** A JSON value to suggest for a field: its Braze value in a string, or an empty value of its type. */
export function suggestedValue(field: LeadField): string {
  if (field.brazeValue) return `"${field.brazeValue}"`;
  if (['int', 'long', 'double', 'currency', 'percent'].includes(field.type)) return '0';
  if (field.type === 'boolean') return 'false';
  return '""';
}

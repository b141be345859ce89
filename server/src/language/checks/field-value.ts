import { namedField, recordBodies } from '../analysis/record-body';
import { closestName } from '../analysis/liquid-nodes';
import { NUMERIC_FIELD_TYPES, findPlaceholders, type SObjectField } from '../../core';
import type { JsonMember, JsonValue, WebhookDocument } from '../../syntax';
import { bodyPaths, describePath, fileOffset, pathJson } from '../analysis/paths';
import type { Check, Fix, Offense, Severity } from './types';

const TEXT = new Set(['string', 'textarea', 'email', 'phone', 'url', 'picklist', 'multipicklist', 'combobox', 'encryptedstring', 'reference', 'id']);
const NUMBER = /^-?\d+(\.\d+)?$/;
/** Characters an address cannot hold, besides its one `@`. */
const NOT_IN_ADDRESS = /[\s"(),:;<>[\]\\]/;

/**
 * A practical address check (Salesforce's own is stricter and answers INVALID_EMAIL_ADDRESS):
 * `local@domain` with a `.` inside the domain. Written without a regular expression whose two
 * runs around the `.` would backtrack over a long domain.
 */
function isEmailAddress(s: string): boolean {
  const at = s.indexOf('@');
  if (at < 1 || s.indexOf('@', at + 1) !== -1 || NOT_IN_ADDRESS.test(s)) return false;
  const dot = s.indexOf('.', at + 2);
  return dot !== -1 && dot < s.length - 1;
}

export const fieldValue: Check = {
  meta: {
    code: 'field-value',
    aliases: ['lead-field-value'],
    severity: 'warning',
    summary: 'A literal value a field rejects: too long, not a number, a quoted number, not an email, not a picklist value, not true/false.',
    docs:
      'Salesforce checks each value against its field: text longer than the field\'s length fails with `STRING_TOO_LONG`; int, double ' +
      'and currency fields take a JSON number and boolean fields `true`/`false` (a quoted number or boolean is text, which Salesforce ' +
      'does not promise to convert); an email field must hold an address (`INVALID_EMAIL_ADDRESS`); a restricted picklist accepts only ' +
      'its values (`INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST`). A value outside the known values of a non-restricted picklist is only a ' +
      'hint: Salesforce stores it, and standard picklist values differ by org unless the describe is loaded. Only literal values are ' +
      'checked, not Liquid nor a documentation placeholder (`[insert_campaign_id]`, which `placeholder` reports); a literal written in branches ' +
      '(`{% if %}"Working"{% else %}"Open"{% endif %}`) is checked on each path Braze can render. Source: Salesforce ' +
      'Object Reference, "Lead" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm) and ' +
      '"Field Types" (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/field_types.htm).',
  },
  run(context) {
    const { doc, knowledge } = context;
    for (const body of recordBodies(doc, knowledge)) {
      for (const m of body.members) {
        const field = namedField(m);
        const value = m.member.value;
        if (!field || !value) continue;
        if (doc.json?.root === body.root) for (const offense of checkPerPath(doc, m.member, m.key, field)) context.report(offense);
        if (value.hasLiquid || value.kind === 'liquid') continue;
        if (value.kind === 'string' && findPlaceholders(String(value.value ?? '')).length > 0) continue;
        const offense = check(doc.text, m.key, field, value);
        if (offense) context.report(offense);
      }
    }
  },
};

/**
 * A value written in branches (`{% if %}"Working"{% else %}"Open"{% endif %}`) is a literal on each
 * path: checked as rendered there and reported where that literal is written, with the path that
 * gives it, once per place. A literal the tree reads as the member's value is left to `check`, and a
 * value with an output in it to `field-output-type`.
 */
function checkPerPath(doc: WebhookDocument, member: JsonMember, key: string, field: SObjectField): Offense[] {
  const paths = bodyPaths(doc);
  if (!paths?.ok || !paths.branching) return [];
  const value = member.value!;
  const found = new Map<number, Offense>();
  for (const p of paths.paths) {
    const property = pathJson(p)?.tree?.children?.find((c) => c.children?.[0] && fileOffset(p, c.children[0].offset) === member.key.start);
    const node = property?.children?.[1];
    if (!node || !['string', 'number', 'boolean', 'null'].includes(node.type)) continue;
    const start = fileOffset(p, node.offset);
    const end = fileOffset(p, node.offset + node.length - 1) + 1;
    if (found.has(start) || (start === value.start && !value.hasLiquid && value.kind !== 'liquid')) continue;
    // Copied from one run of the file, or the value holds an output (a sample, not what the user wrote).
    if (end - start !== node.length || doc.text.slice(start, end) !== p.text.slice(node.offset, node.offset + node.length)) continue;
    const rendered: JsonValue = { kind: node.type as JsonValue['kind'], value: node.value, start: node.offset, end: node.offset + node.length, hasLiquid: false };
    if (rendered.kind === 'string' && findPlaceholders(String(rendered.value ?? '')).length > 0) continue;
    const offense = check(p.text, key, field, rendered);
    if (!offense) continue;
    const shift = start - node.offset;
    const fixes = offense.fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })) }));
    found.set(start, { ...offense, start, end, fixes, message: `${offense.message} (${describePath(doc.text, p)})` });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

function check(text: string, key: string, field: SObjectField, value: JsonValue): Offense | undefined {
  const written = text.slice(value.start, value.end);
  const at = { start: value.start, end: value.end };
  const unquote = (newText: string): Fix[] => [{ title: `Write ${newText} without quotes`, edits: [{ ...at, newText }], preferred: true }];
  const report = (message: string, fixes?: Fix[], severity?: Severity): Offense => ({ ...at, message: `"${key}" (${field.type}): ${message}`, fixes, severity });

  if (value.kind === 'null') return field.nillable ? undefined : report(`${field.name} cannot be null: give it a value or leave the key out`);
  if (value.kind === 'object' || value.kind === 'array') return report(`${written.length > 30 ? 'an ' + value.kind : written} is not a single value: ${field.name} takes ${NUMERIC_FIELD_TYPES.has(field.type) ? 'a number' : field.type === 'boolean' ? 'true or false' : 'a string'}`);

  if (NUMERIC_FIELD_TYPES.has(field.type)) {
    if (value.kind === 'string') {
      const s = String(value.value ?? '');
      if (NUMBER.test(s.trim())) return report(`${written} is a quoted number: ${field.name} takes a JSON number; write ${s.trim()}`, unquote(s.trim()));
      return report(`${written} is not a number: ${field.name} takes a JSON number`);
    }
    if (value.kind === 'boolean') return report(`${written} is not a number: ${field.name} takes a JSON number`);
    if (value.kind === 'number' && (field.type === 'int' || field.type === 'long') && !Number.isInteger(value.value)) {
      return report(`${written} is not a whole number: ${field.name} takes an integer; write ${Math.round(Number(value.value))}`);
    }
    return undefined;
  }
  if (field.type === 'boolean') {
    if (value.kind === 'boolean') return undefined;
    const s = String(value.value ?? '').trim().toLowerCase();
    if (value.kind === 'string' && (s === 'true' || s === 'false')) return report(`${written} is a quoted boolean: write ${s}`, unquote(s));
    return report(`${written} is not true or false: ${field.name} takes a JSON boolean`);
  }
  if (value.kind !== 'string' || (!TEXT.has(field.type) && field.type !== 'date' && field.type !== 'datetime')) return undefined;
  const s = String(value.value ?? '');
  if (field.length && field.length > 0 && [...s].length > field.length) {
    return report(`the value is ${[...s].length} characters long; ${field.name} holds at most ${field.length} (STRING_TOO_LONG): shorten it`);
  }
  if (field.type === 'email' && s !== '' && !isEmailAddress(s)) return report(`${written} is not an email address (INVALID_EMAIL_ADDRESS)`);
  if (field.type === 'date' && s !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(s)) return report(`${written} is not a date: write YYYY-MM-DD`);
  if ((field.type === 'picklist' || field.type === 'multipicklist') && s !== '' && field.picklistValues?.length) {
    const values = field.picklistValues;
    const chosen = field.type === 'multipicklist' ? s.split(';').map((v) => v.trim()) : [s];
    const bad = chosen.find((v) => !values.includes(v));
    if (bad === undefined) return undefined;
    const sameCase = values.find((v) => v.toLowerCase() === bad.toLowerCase());
    const near = sameCase ?? closestName(bad, values);
    const fixes: Fix[] | undefined = near && chosen.length === 1 ? [{ title: `Write "${near}"`, edits: [{ start: value.start + 1, end: value.end - 1, newText: near }], preferred: true }] : undefined;
    const shown = values.length > 8 ? `${values.slice(0, 8).join(', ')}...` : values.join(', ');
    if (field.restrictedPicklist) {
      return report(`"${bad}" is not a value of the restricted picklist ${field.name} (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST)${near ? `: did you mean "${near}"?` : `: use one of ${shown}`}`, fixes);
    }
    return report(`"${bad}" is not one of the known values of ${field.name} (${shown}); Salesforce stores it anyway, as the picklist is not restricted${near ? `: did you mean "${near}"?` : ''}`, fixes, 'hint');
  }
  return undefined;
}

import { namedField, recordBodies } from '../analysis/record-body';
import { closestName } from '../analysis/liquid-nodes';
import { NUMERIC_FIELD_TYPES, findPlaceholders, t, type SObjectField } from '../../core';
import type { JsonMember, JsonValue, WebhookDocument } from '../../syntax';
import type { Node } from 'jsonc-parser';
import { bodyPaths, describePath, enclosingArms, fileOffset, pathJson, type RenderedPath } from '../analysis/paths';
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
        if (value.hasLiquid || value.kind === 'liquid') {
          if (doc.json?.root === body.root) for (const offense of checkPerPath(doc, m.member, m.key, field)) context.report(offense);
          continue;
        }
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
 * gives it, once per place. A value with an output in it is left to `field-output-type`.
 */
function checkPerPath(doc: WebhookDocument, member: JsonMember, key: string, field: SObjectField): Offense[] {
  const paths = bodyPaths(doc);
  if (!paths?.ok || !paths.branching) return [];
  const found = new Map<number, Offense>();
  // The literal written at one place renders the same on every path: checked once.
  const checked = new Set<number>();
  for (const p of paths.paths) {
    const node = rootValues(p).get(member.key.start);
    if (!node || !['string', 'number', 'boolean', 'null'].includes(node.type)) continue;
    const start = fileOffset(p, node.offset);
    const end = fileOffset(p, node.offset + node.length - 1) + 1;
    if (checked.has(start)) continue;
    // Copied from one run of the file, or the value holds an output (a sample, not what the user wrote).
    if (end - start !== node.length || doc.text.slice(start, end) !== p.text.slice(node.offset, node.offset + node.length)) continue;
    const rendered: JsonValue = { kind: node.type as JsonValue['kind'], value: node.value, start: node.offset, end: node.offset + node.length, hasLiquid: false };
    if (rendered.kind === 'string' && findPlaceholders(String(rendered.value ?? '')).length > 0) continue;
    checked.add(start);
    const offense = check(p.text, key, field, rendered);
    if (!offense) continue;
    const shift = start - node.offset;
    const fixes = offense.fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })) }));
    // Named by the branches the literal stands in, not by every choice of a long path.
    const arms = new Set(enclosingArms(paths.pieces, start));
    const decisions = p.decisions.filter((d) => d.type === 'arm' && d.arm >= 0 && arms.has(d.block.arms[d.arm].tag));
    found.set(start, { ...offense, start, end, fixes, message: `${offense.message} (${describePath(doc.text, { ...p, decisions })})` });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

const ROOT_VALUES = new WeakMap<RenderedPath, Map<number, Node>>();

/** The values of a path's top-level members, by the file offset of their key: once per path, as every member asks. */
function rootValues(p: RenderedPath): Map<number, Node> {
  let values = ROOT_VALUES.get(p);
  if (!values) {
    values = new Map();
    for (const c of pathJson(p)?.tree?.children ?? []) {
      const [k, v] = c.children ?? [];
      if (k && v) values.set(fileOffset(p, k.offset), v);
    }
    ROOT_VALUES.set(p, values);
  }
  return values;
}

function check(text: string, key: string, field: SObjectField, value: JsonValue): Offense | undefined {
  const written = text.slice(value.start, value.end);
  const at = { start: value.start, end: value.end };
  const unquote = (newText: string): Fix[] => [{ title: t('Write {0} without quotes', newText), edits: [{ ...at, newText }], preferred: true }];
  const report = (message: string, fixes?: Fix[], severity?: Severity): Offense => ({ ...at, message: `"${key}" (${field.type}): ${message}`, fixes, severity });

  if (value.kind === 'null') return field.nillable ? undefined : report(t('{0} cannot be null: give it a value or leave the key out', field.name));
  if (value.kind === 'object' || value.kind === 'array') {
    const shown = written.length <= 30 ? written : value.kind === 'object' ? t('an object') : t('an array');
    if (NUMERIC_FIELD_TYPES.has(field.type)) return report(t('{0} is not a single value: {1} takes a number', shown, field.name));
    if (field.type === 'boolean') return report(t('{0} is not a single value: {1} takes true or false', shown, field.name));
    return report(t('{0} is not a single value: {1} takes a string', shown, field.name));
  }

  if (NUMERIC_FIELD_TYPES.has(field.type)) {
    if (value.kind === 'string') {
      const s = String(value.value ?? '');
      if (NUMBER.test(s.trim())) return report(t('{0} is a quoted number: {1} takes a JSON number; write {2}', written, field.name, s.trim()), unquote(s.trim()));
      return report(t('{0} is not a number: {1} takes a JSON number', written, field.name));
    }
    if (value.kind === 'boolean') return report(t('{0} is not a number: {1} takes a JSON number', written, field.name));
    if (value.kind === 'number' && (field.type === 'int' || field.type === 'long') && !Number.isInteger(value.value)) {
      return report(t('{0} is not a whole number: {1} takes an integer; write {2}', written, field.name, Math.round(Number(value.value))));
    }
    return undefined;
  }
  if (field.type === 'boolean') {
    if (value.kind === 'boolean') return undefined;
    const s = String(value.value ?? '').trim().toLowerCase();
    if (value.kind === 'string' && (s === 'true' || s === 'false')) return report(t('{0} is a quoted boolean: write {1}', written, s), unquote(s));
    return report(t('{0} is not true or false: {1} takes a JSON boolean', written, field.name));
  }
  if (value.kind !== 'string' || (!TEXT.has(field.type) && field.type !== 'date' && field.type !== 'datetime')) return undefined;
  const s = String(value.value ?? '');
  if (field.length && field.length > 0 && [...s].length > field.length) {
    return report(t('the value is {0} characters long; {1} holds at most {2} (STRING_TOO_LONG): shorten it', [...s].length, field.name, field.length), undefined, 'error');
  }
  if (field.type === 'email' && s !== '' && !isEmailAddress(s)) return report(t('{0} is not an email address (INVALID_EMAIL_ADDRESS)', written));
  if (field.type === 'date' && s !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(s)) return report(t('{0} is not a date: write YYYY-MM-DD', written));
  if ((field.type === 'picklist' || field.type === 'multipicklist') && s !== '' && field.picklistValues?.length) {
    const values = field.picklistValues;
    const chosen = field.type === 'multipicklist' ? s.split(';').map((v) => v.trim()) : [s];
    const bad = chosen.find((v) => !values.includes(v));
    if (bad === undefined) return undefined;
    const sameCase = values.find((v) => v.toLowerCase() === bad.toLowerCase());
    const near = sameCase ?? closestName(bad, values);
    const fixes: Fix[] | undefined = near && chosen.length === 1 ? [{ title: t('Write "{0}"', near), edits: [{ start: value.start + 1, end: value.end - 1, newText: near }], preferred: true }] : undefined;
    const shown = values.length > 8 ? `${values.slice(0, 8).join(', ')}...` : values.join(', ');
    if (field.restrictedPicklist) {
      const message = near
        ? t('"{0}" is not a value of the restricted picklist {1} (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST): did you mean "{2}"?', bad, field.name, near)
        : t('"{0}" is not a value of the restricted picklist {1} (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST): use one of {2}', bad, field.name, shown);
      return report(message, fixes);
    }
    const message = near
      ? t('"{0}" is not one of the known values of {1} ({2}); Salesforce stores it anyway, as the picklist is not restricted: did you mean "{3}"?', bad, field.name, shown, near)
      : t('"{0}" is not one of the known values of {1} ({2}); Salesforce stores it anyway, as the picklist is not restricted', bad, field.name, shown);
    return report(message, fixes, 'hint');
  }
  return undefined;
}

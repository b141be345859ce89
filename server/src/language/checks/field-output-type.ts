import { CUSTOM_ATTRIBUTE_MAX_LENGTH, MULTI_SELECT_SEPARATOR, NUMERIC_FIELD_TYPES, SALESFORCE_DATETIME_FORMAT, SALESFORCE_DATE_FORMAT, formatFitsField, t, type SObjectField } from '../../core';
import type { JsonValue, LiquidOutput } from '../../syntax';
import { namedField, recordBodies } from '../analysis/record-body';
import { outputFacts, type OutputFacts } from '../analysis/output-shape';
import type { Check, Fix, Offense, TextEdit } from './types';

/** Text fields whose `length` Salesforce enforces with STRING_TOO_LONG. */
const LENGTH_BOUND = new Set(['string', 'textarea', 'email', 'phone', 'url', 'combobox', 'encryptedstring']);

/** How a date or dateTime is written, for a reader. */
const WRITTEN: Record<string, string> = { date: 'yyyy-MM-dd', datetime: 'yyyy-MM-ddTHH:mm:ss+HH:mm' };

export const fieldOutputType: Check = {
  meta: {
    code: 'field-output-type',
    severity: 'warning',
    summary:
      'A Liquid output that prints what its field does not read: a quoted number or boolean, a date or dateTime in another format, a multi-select picklist not joined with `;`, text longer than the field.',
    docs:
      'The field\'s type (from the built-in objects or the org\'s describe) says what the rendered value must be. A number, currency or percent ' +
      'field takes a JSON number and a boolean field `true`/`false`: `"{{...}}"` in quotes sends text (the quick fix removes the quotes and adds a ' +
      '`| default:`, so a user without the value still gets valid JSON). A date field reads `yyyy-MM-dd` (`| date: \'%Y-%m-%d\'`) and a dateTime ' +
      'ISO 8601 with a `T` and an offset (`| date: \'%Y-%m-%dT%H:%M:%S%:z\'`); Braze\'s own examples print `%Y-%m-%d %H:%M:%S` with a space, and a time ' +
      'printed without a format comes out in Braze\'s form, which Salesforce cannot read (`JSON_PARSER_ERROR` "Cannot deserialize instance of ' +
      'datetime"); Ruby\'s combined formats (`%F`, `%T`) are read as Braze prints them. A multi-select picklist takes its values in one string ' +
      'separated by `;`: `| join: \';\'`. A `| truncate:` longer than a text field is a warning (`STRING_TOO_LONG`); a custom attribute (up to ' +
      `${CUSTOM_ATTRIBUTE_MAX_LENGTH} characters in Braze) or another value into a shorter field without one is a hint with the fix \`| truncate: N\` ` +
      '(Braze\'s default attributes such as `${first_name}` are left alone). Sources: Salesforce REST API Developer Guide, "Valid Date and DateTime ' +
      'Formats" (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_valid_date_formats.htm); Salesforce Object ' +
      'Reference, "Field Types" (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/field_types.htm); ' +
      'Braze, "Setting custom attributes" (https://www.braze.com/docs/developer_guide/platform_integration_guides/web/analytics/setting_custom_attributes).',
  },
  run(context) {
    const { doc, knowledge } = context;
    if (!doc.body) return;
    for (const body of recordBodies(doc, knowledge)) {
      for (const m of body.members) {
        const field = namedField(m);
        const value = m.member.value;
        if (!field || !value || !(value.hasLiquid || value.kind === 'liquid')) continue;
        const outputs = doc.body.liquid.filter((n): n is LiquidOutput => n.type === 'output' && n.start >= value.start && n.end <= value.end);
        const sole = value.kind === 'string' && outputs.length === 1 && /^"\s*"$/.test(doc.text.slice(value.start, outputs[0].start) + doc.text.slice(outputs[0].end, value.end));
        for (const o of outputs) {
          const offense = judge(doc.text, m.key, field, value, o, outputFacts(knowledge, doc.text, o), sole);
          if (offense) context.report(offense);
        }
      }
    }
  },
};

function judge(text: string, key: string, field: SObjectField, value: JsonValue, o: LiquidOutput, facts: OutputFacts, sole: boolean): Offense | undefined {
  const { shape } = facts;
  const at = { start: o.start, end: o.end };
  const written = text.slice(o.start, o.end);
  const type = field.type;
  const append = (filter: string): TextEdit => ({ start: facts.end, end: facts.end, newText: ` | ${filter}` });
  const replace = (span: { start: number; end: number }, newText: string): TextEdit => ({ ...span, newText });
  const quoteOf = (span: { start: number }) => (text[span.start] === '"' ? '"' : "'");

  if ((NUMERIC_FIELD_TYPES.has(field.type) || field.type === 'boolean') && sole) {
    const number = field.type !== 'boolean';
    const fallback = number ? (field.nillable ? "'null'" : '0') : 'false';
    const edits: TextEdit[] = [replace({ start: value.start, end: o.start }, ''), replace({ start: o.end, end: value.end }, '')];
    if (!facts.hasDefault) edits.push(append(`default: ${fallback}`));
    // One whole sentence per case: what the field takes, and whether a default is still to add.
    const message = number
      ? facts.hasDefault
        ? t('"{0}" ({1}) takes a JSON number, and the quotes around {2} send it as text: write it unquoted', key, type, written)
        : t('"{0}" ({1}) takes a JSON number, and the quotes around {2} send it as text: write it unquoted, with a default for users without the value', key, type, written)
      : facts.hasDefault
        ? t('"{0}" ({1}) takes true or false, and the quotes around {2} send it as text: write it unquoted', key, type, written)
        : t('"{0}" ({1}) takes true or false, and the quotes around {2} send it as text: write it unquoted, with a default for users without the value', key, type, written);
    return {
      ...at,
      message,
      fixes: [{ title: facts.hasDefault ? t('Remove the quotes') : t('Remove the quotes and add | default: {0}', fallback), edits, preferred: true }],
    };
  }

  if ((field.type === 'date' || field.type === 'datetime') && sole) {
    const target = field.type === 'date' ? SALESFORCE_DATE_FORMAT : SALESFORCE_DATETIME_FORMAT;
    const reads = WRITTEN[field.type];
    if (shape.kind === 'date' && !formatFitsField(shape.format, field.type)) {
      const fix: Fix | undefined = shape.formatArg && { title: t("Format it with '{0}'", target), edits: [replace(shape.formatArg, `${quoteOf(shape.formatArg)}${target}${quoteOf(shape.formatArg)}`)], preferred: true };
      const message = shape.formatArg
        ? t("\"{0}\" ({1}) reads {2}, and {3} prints something else, which Salesforce refuses (JSON_PARSER_ERROR): format it with '{4}'", key, type, reads, text.slice(shape.formatArg.start, shape.formatArg.end), target)
        : t("\"{0}\" ({1}) reads {2}, and Braze's date form prints something else, which Salesforce refuses (JSON_PARSER_ERROR): format it with '{3}'", key, type, reads, target);
      return { ...at, message, fixes: fix && [fix] };
    }
    if (shape.kind === 'time') {
      return {
        ...at,
        message: t("\"{0}\" ({1}) reads {2}, and {3} prints a time in Braze's own form, which Salesforce refuses (JSON_PARSER_ERROR): format it with | date: '{4}'", key, type, reads, written, target),
        fixes: [{ title: t("Add | date: '{0}'", target), edits: [append(`date: '${target}'`)], preferred: true }],
      };
    }
    return undefined;
  }

  if (field.type === 'multipicklist') {
    const sep = `'${MULTI_SELECT_SEPARATOR}'`;
    if (shape.kind === 'joined' && shape.separator !== MULTI_SELECT_SEPARATOR) {
      const edit = shape.separatorArg
        ? replace(shape.separatorArg, `${quoteOf(shape.separatorArg)}${MULTI_SELECT_SEPARATOR}${quoteOf(shape.separatorArg)}`)
        : undefined;
      return {
        ...at,
        message: t('"{0}" ({1}) takes its values in one string separated by ";", and this joins them with {2}: write | join: {3}', key, type, JSON.stringify(shape.separator), sep),
        fixes: edit && [{ title: t('Join with {0}', sep), edits: [edit], preferred: true }],
      };
    }
    if (shape.kind === 'array') {
      return {
        ...at,
        message: t('"{0}" ({1}) takes its values in one string separated by ";", and {2} prints an array: add | join: {3}', key, type, written, sep),
        fixes: [{ title: t('Add | join: {0}', sep), edits: [append(`join: ${sep}`)], preferred: true }],
      };
    }
    return undefined;
  }

  if (LENGTH_BOUND.has(field.type) && field.length && shape.kind === 'text') {
    const max = field.length;
    if (shape.truncate) {
      const { length, arg } = shape.truncate;
      if (length <= max) return undefined;
      return {
        ...at,
        message: t('"{0}" ({1}) holds {2} characters, and | truncate: {3} lets longer text through, which Salesforce refuses (STRING_TOO_LONG): truncate to {2}', key, type, max, length),
        fixes: arg && [{ title: t('Truncate to {0}', max), edits: [replace(arg, String(max))], preferred: true }],
      };
    }
    // Braze holds up to 255 characters in a custom attribute (other values are taken to be as long);
    // its default attributes are left alone: Braze's own templates map them into shorter fields.
    if (shape.source !== 'default-attribute' && CUSTOM_ATTRIBUTE_MAX_LENGTH > max) {
      return {
        ...at,
        message: t('"{0}" ({1}) holds {2} characters, and {3} can be longer, which Salesforce refuses (STRING_TOO_LONG): add | truncate: {2}', key, type, max, written),
        fixes: [{ title: t('Add | truncate: {0}', max), edits: [append(`truncate: ${max}`)], preferred: true }],
        severity: 'hint',
      };
    }
  }
  return undefined;
}

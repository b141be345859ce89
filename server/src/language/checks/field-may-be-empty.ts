import { bodyPaths, canBeBlank, enclosingArms, guardsValue, valueName } from '../analysis/paths';
import { recordBodies } from '../analysis/record-body';
import { t } from '../../core';
import type { Check } from './types';

export const fieldMayBeEmpty: Check = {
  meta: {
    code: 'field-may-be-empty',
    severity: 'hint',
    summary: 'A field the object requires takes its value only from Liquid outputs without a `| default:`: for a user without the value it is sent empty.',
    docs:
      'A required field (a Lead\'s `LastName` and `Company`...) whose value is only `{{...}}` outputs, none with a `default` filter, renders an empty ' +
      'string for a user who lacks the attribute; Salesforce treats an empty required field as missing and answers `REQUIRED_FIELD_MISSING`. ' +
      'An output inside `{% if value != blank %}` (or `{% if value %}`, `{% unless value == blank %}`) is guarded: the other users get the `else`. ' +
      'The quick fix adds `| default: \'Unknown\'`. A hint: Braze\'s own examples leave these without a default. Braze: "Setting default values" ' +
      '(https://www.braze.com/docs/user_guide/personalization_and_dynamic_content/liquid/setting_default_values/); Salesforce REST API Developer Guide, ' +
      '"Status Codes and Error Responses" (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).',
  },
  run(context) {
    const { doc, knowledge } = context;
    for (const body of recordBodies(doc, knowledge)) {
      if (!body.object || body.operation === 'update') continue;
      const required = new Set(body.object.fields.filter((f) => f.requiredOnCreate).map((f) => f.name));
      for (const m of body.members) {
        if (m.resolution.kind === 'unknown' || !required.has(m.resolution.field.name)) continue;
        const name = m.resolution.field.name;
        const v = m.member.value;
        if (!v) continue;
        if (v.hasLiquid && doc.body) {
          const inner = doc.body.liquid.filter((n) => n.start >= v.start && n.end <= v.end);
          let rest = doc.text.slice(v.start, v.end);
          for (const n of [...inner].reverse()) rest = rest.slice(0, n.start - v.start) + rest.slice(n.end - v.start);
          const onlyOutputs = inner.length > 0 && inner.every((n) => n.type === 'output') && /^\s*"?\s*"?\s*$/.test(rest);
          const blankable = inner.filter((n): n is typeof n & { type: 'output' } => n.type === 'output' && canBeBlank(n));
          const paths = bodyPaths(doc);
          const guarded = (o: (typeof blankable)[number]) => paths?.ok === true && enclosingArms(paths.pieces, o.start).some((tag) => guardsValue(tag, valueName(doc.text, o)));
          if (onlyOutputs && blankable.length === inner.length && !blankable.every(guarded)) {
            const o = blankable[0];
            const at = doc.text.slice(o.content.start, o.content.end).trimEnd().length + o.content.start;
            context.report({
              start: o.start,
              end: o.end,
              message: t('{0} is required, and for a user without this value it renders empty, which Salesforce treats as missing (REQUIRED_FIELD_MISSING): give it a `| default:`.', name),
              fixes: [{ title: t("Add | default: 'Unknown'"), edits: [{ start: at, end: at, newText: ` | default: 'Unknown'` }], preferred: true }],
            });
          }
        }
      }
    }
  },
};

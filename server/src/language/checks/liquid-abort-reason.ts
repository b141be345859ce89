import { builtinTag, t } from '../../core';
import { liveTags } from '../analysis/liquid-nodes';
import { fieldsOf } from '../analysis/fields';
import type { Check, Fix } from './types';

/** Liquid written inside a reason: an output, a tag, or a Braze attribute. */
const LIQUID = /\{\{[\s\S]*?\}\}(?!\})|\{%[\s\S]*?%\}|\$\{\w+\}/g;

export const liquidAbortReason: Check = {
  meta: {
    code: 'liquid-abort-reason',
    severity: 'warning',
    summary: 'Liquid in an `abort_message` reason: the reason must be a plain string, so the Message Activity Log does not show the value.',
    docs:
      'The reason of `{% abort_message(\'reason\') %}` is written to the Message Activity Log, and Braze\'s docs say it must be a plain ' +
      'string: an output (`{{${user_id}}}`), a tag or an attribute inside it is not rendered, and inside a tag `{{ ... }}` can end the ' +
      'tag early. Write a fixed reason (`abort_message(\'Salesforce token request failed\')`); the log already names the user. Braze\'s ' +
      'own unquoted reason (`{% abort_message(not same month) %}`) and `abort_message()` stay clean. Source: Braze, "Aborting messages" ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/aborting_messages/) and "Aborting Connected ' +
      'Content" (https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/connected_content/aborting_connected_content/).',
  },
  run({ doc, report }) {
    const abort = builtinTag('abort_message')?.name;
    if (!abort) return;
    for (const field of fieldsOf(doc)) {
      for (const tag of liveTags(field)) {
        if (tag.name.text !== abort) continue;
        const reason = tag.argsText;
        const found = reason.match(LIQUID);
        if (!found) continue;
        const written = doc.text.slice(tag.args.start, tag.args.end);
        const plain = reason.replace(LIQUID, '').replace(/\s{2,}/g, ' ').replace(/\s+(['"])/g, '$1');
        const fixes: Fix[] | undefined =
          written === reason && /[A-Za-z]/.test(plain)
            ? [{ title: t('Remove the Liquid from the reason'), edits: [{ start: tag.args.start, end: tag.args.end, newText: plain }], preferred: true }]
            : undefined;
        report({
          start: tag.args.start,
          end: tag.args.end,
          message: t('The abort_message reason holds Liquid ({0}): Braze logs the reason as a plain string, so write a fixed reason', found.join(', ')),
          fixes,
        });
      }
    }
  },
};

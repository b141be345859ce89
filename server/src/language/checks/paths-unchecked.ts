import { PATH_CAP, PATH_SAMPLES, PATH_TEXT_BUDGET, bodyPaths } from '../analysis/paths';
import { t } from '../../core';
import type { Check } from './types';

/**
 * The notice for what stopped the walk, one whole sentence per kind of reason: the paths analysis
 * words its reason in English (analysis/paths/branches.ts), so it is read back here by its form.
 * The tag is an argument, its braces out of the message.
 */
function notFollowed(reason: string): string {
  let m: RegExpMatchArray | null;
  if ((m = /^a (\{% \w+ %\}) loop$/.exec(reason))) return t('Paths not checked: the body holds a {0} loop, which the paths analysis does not follow.', m[1]);
  if ((m = /^a (\{% \w+ %\}) that inserts text$/.exec(reason))) return t('Paths not checked: the body holds a {0} that inserts text, which the paths analysis does not follow.', m[1]);
  if ((m = /^an unclosed (\{% \w+ %\})$/.exec(reason))) return t('Paths not checked: the body holds an unclosed {0}, which the paths analysis does not follow.', m[1]);
  if (reason === 'a {% liquid %} tag') return t('Paths not checked: the body holds a {0} tag, which the paths analysis does not follow.', '{% liquid %}');
  if ((m = /^blocks nested more than (\d+) deep$/.exec(reason))) return t('Paths not checked: the body holds blocks nested more than {0} deep, which the paths analysis does not follow.', m[1]);
  return t('Paths not checked: the body holds {0}, which the paths analysis does not follow.', reason);
}

export const pathsUnchecked: Check = {
  meta: {
    code: 'paths-unchecked',
    severity: 'information',
    summary: 'The body has more branch and value combinations than are checked, or Liquid the paths analysis does not follow.',
    docs:
      `The path checks (\`json-path-invalid\`, \`json-path-duplicate-key\`, \`field-required\` on branches) render the body once per path, up to ${PATH_CAP} ` +
      'paths in the order of the file (each `if`/`elsif`/`else`/`unless`/`case` branch taken or skipped, each output outside a string present or blank), ' +
      `then ${PATH_SAMPLES} more drawn at random (the same ones for the same text), within ${PATH_TEXT_BUDGET / 1024 / 1024} MiB of rendered text in all. Past that, or with ` +
      'a `for` loop or a `{% liquid %}` tag whose lines render something (more than `assign` and `connected_content ... :save`) in the body, the remaining paths are not checked: this note says so rather than stay silent. ' +
      'Braze renders each user\'s webhook with its Liquid (https://www.braze.com/docs/user_guide/message_building_by_channel/webhooks/creating_a_webhook/).',
  },
  run({ doc, report }) {
    const paths = bodyPaths(doc);
    if (!paths || !doc.body || !doc.json?.root) return;
    const at = { start: doc.body.start, end: Math.min(doc.body.start + 1, doc.body.end) };
    if (!paths.ok) report({ ...at, message: notFollowed(paths.reason) });
    else if (paths.capped) {
      const inOrder = paths.paths.length - paths.sampled;
      report({ ...at, message: t('The body has more paths than are checked: the first {0} of its branches and values were checked, and {1} drawn at random; the others were not.', inOrder, paths.sampled) });
    }
  },
};

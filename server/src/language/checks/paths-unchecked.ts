import { PATH_CAP, PATH_SAMPLES, PATH_TEXT_BUDGET, bodyPaths, type Unfollowed } from '../analysis/paths';
import { t } from '../../core';
import type { Check } from './types';

/** The notice for what stopped the walk, one whole sentence per kind; the tag is an argument, its braces out of the message. */
function notFollowed(reason: Unfollowed): string {
  const tag = reason.kind !== 'depth' && reason.tag ? `{% ${reason.tag} %}` : undefined;
  switch (reason.kind) {
    case 'loop':
      return t('Paths not checked: the body holds a {0} loop, which the paths analysis does not follow.', tag ?? '{% for %}');
    case 'inserts':
      return t('Paths not checked: the body holds a {0} that inserts text, which the paths analysis does not follow.', tag ?? '{% echo %}');
    case 'liquid-lines':
      return t('Paths not checked: the body holds a {0} tag, which the paths analysis does not follow.', '{% liquid %}');
    case 'depth':
      return t('Paths not checked: the body holds blocks nested more than {0} deep, which the paths analysis does not follow.', reason.limit);
    case 'unclosed':
      return t('Paths not checked: the body holds an unclosed {0}, which the paths analysis does not follow.', tag ?? '{% if %}');
  }
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

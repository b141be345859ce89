import { endOfArguments, findOption, insertOptionBefore, RECOMMENDED_TOKEN_CACHE_SECONDS, tokenCalls } from '../analysis/oauth';
import { CACHE_MAX_AGE_MAX, CACHE_MAX_AGE_MIN, t } from '../../core';
import type { Check } from './types';

export const oauthCache: Check = {
  meta: {
    code: 'oauth-cache',
    severity: 'hint',
    summary: 'The token call has no :cache_max_age (a POST is then fetched for every message), or one outside 300 to 14400 seconds.',
    docs:
      'Braze caches a POST Connected Content answer only when `:cache_max_age` is given, for 5 minutes to 4 hours (300 to 14400 seconds): ' +
      "without it every message asks Salesforce for a new token. Braze's own OAuth example adds `:cache_max_age 900`. Salesforce's token " +
      'answer has no `expires_in`, so keep the cache under the org\'s session timeout. A value outside the bounds is a warning. Source: Braze, ' +
      '"Caching responses" (https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/connected_content/caching_responses/).',
  },
  run({ doc, report }) {
    for (const call of tokenCalls(doc)) {
      const c = findOption(call.options, 'cache_max_age');
      const option = `:cache_max_age ${RECOMMENDED_TOKEN_CACHE_SECONDS}`;
      if (!c) {
        const save = findOption(call.options, 'save');
        const ins = save ? insertOptionBefore(doc.text, save, option) : { at: endOfArguments(call.tag), newText: ` ${option}` };
        report({
          start: call.tag.name.start,
          end: call.tag.name.end,
          message: t('The token call has no :cache_max_age: Braze caches a POST only with it, so every message fetches a new token; add "{0}"', option),
          fixes: [{ title: t('Add "{0}"', option), edits: [{ start: ins.at, end: ins.at, newText: ins.newText }], preferred: true }],
        });
        continue;
      }
      const v = c.value;
      if (v && /\{\{|\{%/.test(v.text)) continue;
      const n = v && /^\d+$/.test(v.text) ? Number(v.text) : undefined;
      if (n !== undefined && n >= CACHE_MAX_AGE_MIN && n <= CACHE_MAX_AGE_MAX) continue;
      const to = n === undefined ? RECOMMENDED_TOKEN_CACHE_SECONDS : n < CACHE_MAX_AGE_MIN ? CACHE_MAX_AGE_MIN : CACHE_MAX_AGE_MAX;
      report({
        start: v ? v.start : c.start,
        end: v ? v.end : c.end,
        severity: 'warning',
        message:
          n === undefined
            ? t('"{0}" is not a number of seconds: write "{1}"', `:cache_max_age${v ? ` ${v.text}` : ''}`, option)
            : t('"{0}" is outside Braze\'s {1} to {2} seconds: write {3}', `:cache_max_age ${v!.text}`, CACHE_MAX_AGE_MIN, CACHE_MAX_AGE_MAX, to),
        fixes: [{ title: t('Write {0}', to), edits: v ? [{ start: v.start, end: v.end, newText: String(to) }] : [{ start: c.end, end: c.end, newText: ` ${to}` }], preferred: true }],
      });
    }
  },
};

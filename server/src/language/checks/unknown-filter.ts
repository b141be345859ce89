import { closestName, liquidNodes } from '../analysis/liquid-nodes';
import { findFilter, findUnsupportedFilter, localized, t } from '../../core';
import type { Check, Fix } from './types';

export const unknownFilter: Check = {
  meta: {
    code: 'unknown-filter',
    severity: 'error',
    summary: 'A Liquid filter Braze does not support (`lstrip`, `pluralize`, `money_with_currency`...) or does not know.',
    docs:
      "Braze's filter tables mark some standard and Shopify filters as not supported (`lstrip`, `rstrip`, `camelize`, `handleize`, " +
      '`pluralize`, `money_with_currency`, `money_without_currency`, `find_index`, color and font filters...), and an unknown filter ' +
      'fails the template. Braze adds its own (`json_escape`, `url_param_escape`, `md5`, `hmac_sha256_hex`...). The lists come from ' +
      'the knowledge base. Source: Braze, "Filters" and "Advanced filters" ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/filters/, ' +
      'https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/advanced_filters/).',
  },
  run(context) {
    const { doc, knowledge } = context;
    const names = knowledge.braze.filters.map((f) => f.name);
    const seen = new Set<number>();
    for (const { node } of liquidNodes(doc)) {
      for (const f of node.expression?.filters ?? []) {
        const name = f.name.text;
        if (!/^[A-Za-z_]\w*$/.test(name) || seen.has(f.name.start) || findFilter(knowledge, name)) continue;
        seen.add(f.name.start);
        const unsupported = findUnsupportedFilter(knowledge, name);
        const alternative = unsupported?.alternative;
        // The alternative is a filter name itself (`strip` for `lstrip`): offer it as the fix.
        const replacement =
          alternative && findFilter(knowledge, alternative) ? alternative : unsupported ? undefined : closestName(name, names);
        const fixes: Fix[] | undefined = replacement
          ? [{ title: t('Change to "{0}"', replacement), edits: [{ start: f.name.start, end: f.name.end, newText: replacement }], preferred: true }]
          : undefined;
        let message: string;
        if (unsupported) {
          const reason = localized('filter-unsupported', unsupported.name, unsupported.reason).replace(/\.$/, '');
          if (!alternative) message = t('Braze does not support the filter "{0}" ({1}): remove it', name, reason);
          else if (findFilter(knowledge, alternative)) message = t('Braze does not support the filter "{0}" ({1}): use "{2}"', name, reason, alternative);
          else message = t('Braze does not support the filter "{0}" ({1}): use {2}', name, reason, localized('filter-alternative', unsupported.name, alternative).replace(/\.$/, ''));
        } else {
          message = replacement
            ? t('Unknown Liquid filter "{0}": did you mean "{1}"?', name, replacement)
            : t('Unknown Liquid filter "{0}": Braze does not know it; remove it or use a supported filter', name);
        }
        context.report({ start: f.name.start, end: f.name.end, message, fixes });
      }
    }
  },
};

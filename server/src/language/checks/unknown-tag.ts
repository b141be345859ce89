import { closestName, liveTags } from '../analysis/liquid-nodes';
import { fieldsOf } from '../analysis/fields';
import { findTag, findUnsupportedTag, localized, t } from '../../core';
import type { Check, Fix } from './types';

export const unknownTag: Check = {
  meta: {
    code: 'unknown-tag',
    severity: 'error',
    summary: "A Liquid tag Braze does not run: Shopify's theme tags (`include`, `section`, `form`...) or an unknown name.",
    docs:
      "Braze supports Liquid \"up to and including Liquid 5\" but not all of Shopify's Liquid: theme tags such as `include`, " +
      '`layout`, `section`, `form` or `paginate` need theme files and storefront objects a Braze message does not have, and an ' +
      'unknown tag name stops the template. Braze adds its own tags (`connected_content`, `abort_message`, `catalog_items`...). ' +
      'The list of tags comes from the knowledge base. Source: Braze, "Supported personalization tags" and "Liquid FAQ" ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/supported_personalization_tags/, ' +
      'https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/faq/).',
  },
  run(context) {
    const { doc, knowledge } = context;
    const known = knowledge.braze.tags.map((t) => t.name);
    for (const field of fieldsOf(doc)) {
      for (const tag of liveTags(field)) {
        const name = tag.name.text;
        if (!name || findTag(knowledge, name)) continue;
        const unsupported = findUnsupportedTag(knowledge, name);
        const closest = unsupported ? undefined : closestName(name, known, Math.min(2, Math.max(1, Math.floor(name.length / 3))));
        const fixes: Fix[] | undefined = closest
          ? [{ title: t('Change to "{0}"', closest), edits: [{ start: tag.name.start, end: tag.name.end, newText: closest }], preferred: true }]
          : undefined;
        const message = unsupported
          ? t('Braze does not support the tag "{0}": {1}', name, localized('tag-unsupported', unsupported.name, unsupported.reason))
          : closest
            ? t('Unknown Liquid tag "{0}": did you mean "{1}"?', name, closest)
            : t('Unknown Liquid tag "{0}": Braze supports {1}...', name, known.filter((n) => !n.startsWith('end')).slice(0, 8).join(', '));
        context.report({ start: tag.name.start, end: tag.name.end, message, fixes });
      }
    }
  },
};

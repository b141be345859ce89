import { reportSyntaxProblems } from './syntax-problems';
import type { Check } from './types';

export const liquidSyntax: Check = {
  meta: {
    code: 'liquid-syntax',
    severity: 'error',
    summary: 'Liquid that Braze cannot parse: an unclosed `{{`, `{%` or `${`, an unbalanced block, an unreadable expression.',
    docs:
      'Braze renders the URL, each header value and the body as separate Liquid templates, so every block (`if`, `for`, `capture`...) ' +
      'must open and close within one field. An unclosed delimiter or an unreadable expression makes Braze drop or abort the message. ' +
      'Braze-specific forms are accepted: `${attribute}` references (names may hold spaces), `{{ }}` inside tags, `abort_message()`. ' +
      'Source: Braze, "Supported personalization tags" and "Liquid FAQ" ' +
      '(https://www.braze.com/docs/user_guide/personalization_and_dynamic_content/liquid/supported_personalization_tags/).',
  },
  run: (context) => reportSyntaxProblems(context, 'liquid-syntax'),
};

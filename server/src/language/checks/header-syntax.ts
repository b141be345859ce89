import { reportSyntaxProblems } from './syntax-problems';
import type { Check } from './types';

export const headerSyntax: Check = {
  meta: {
    code: 'header-syntax',
    severity: 'error',
    summary: 'A header line has no colon or no name, or the headers do not end with a blank line before the body.',
    docs:
      'Each header is `Name: value` on its own line; an indented line continues the header above it. A blank line ends the headers; ' +
      "the body follows. Braze's composer has one box per header key and value, and the keys must be written exactly " +
      '(`Content-Type`, `Authorization`). Source: Braze, "Creating a webhook" ' +
      '(https://www.braze.com/docs/user_guide/message_building_by_channel/webhooks/creating_a_webhook/).',
  },
  run: (context) => reportSyntaxProblems(context, 'header-syntax'),
};

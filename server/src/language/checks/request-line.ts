import { reportSyntaxProblems } from './syntax-problems';
import type { Check } from './types';

export const requestLine: Check = {
  meta: {
    code: 'request-line',
    severity: 'error',
    summary: 'The request line is missing or malformed, or its method is unknown.',
    docs:
      'A webhook file starts (after optional comments) with `METHOD URL`, the method one of GET, POST, PUT, PATCH, DELETE in capitals: ' +
      "Braze's webhook composer takes exactly these methods. Source: Braze, \"Creating a webhook\" " +
      '(https://www.braze.com/docs/user_guide/message_building_by_channel/webhooks/creating_a_webhook/).',
  },
  run: (context) => reportSyntaxProblems(context, 'request-line'),
};

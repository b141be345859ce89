import { reportSyntaxProblems } from './syntax-problems';
import type { Check } from './types';

export const jsonInvalid: Check = {
  meta: {
    code: 'json-invalid',
    severity: 'error',
    summary: 'A body that starts like JSON is not valid JSON once each Liquid output stands for a value.',
    docs:
      'A body that starts with `{` or `[` is read as JSON after each Liquid output is given a sample value (inside a string: text; ' +
      'elsewhere: a number) and each tag is set aside. Salesforce answers a broken body with `JSON_PARSER_ERROR` (HTTP 400). ' +
      'Source: Salesforce REST API Developer Guide, "Status Codes and Error Responses" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).',
  },
  run: (context) => reportSyntaxProblems(context, 'json-invalid'),
};

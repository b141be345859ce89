import { bodyPaths, pathJson } from '../analysis/paths';
import { reportSyntaxProblems } from './syntax-problems';
import type { Check } from './types';

export const jsonInvalid: Check = {
  meta: {
    code: 'json-invalid',
    severity: 'error',
    summary: 'A body that starts like JSON is not valid JSON once each Liquid output stands for a value.',
    docs:
      'A body that starts with `{` or `[` is read as JSON after each Liquid output is given a sample value (inside a string: text; ' +
      'elsewhere: a number) and each tag is set aside. When that reading fails but the body renders valid JSON on every path of its ' +
      '`if`/`unless`/`case` branches (`"HasOptedOutOfEmail": {% if ... %}true{% else %}false{% endif %}`), nothing is reported; ' +
      'a body valid on some paths only is `json-path-invalid`. Salesforce answers a broken body with `JSON_PARSER_ERROR` (HTTP 400). ' +
      'Source: Salesforce REST API Developer Guide, "Status Codes and Error Responses" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).',
  },
  run(context) {
    const { doc } = context;
    const syntax = doc.problems.find((p) => p.code === 'json-invalid');
    if (syntax?.kind === 'json-syntax') {
      const paths = bodyPaths(doc);
      // Branches the masked reading cannot see: the rendered paths decide (json-path-invalid reports them).
      if (paths?.ok && !paths.capped && paths.paths.some((p) => !pathJson(p)?.error)) return;
    }
    reportSyntaxProblems(context, 'json-invalid');
  },
};

import { bodyPaths, describePath, fileOffset, pathJson } from '../analysis/paths';
import { t } from '../../core';
import type { Check } from './types';

export const jsonPathDuplicateKey: Check = {
  meta: {
    code: 'json-path-duplicate-key',
    severity: 'warning',
    summary: 'A key appears twice in one JSON object of the rendered body (on some path or on all).',
    docs:
      'The body is rendered once per path of its branches (see `json-path-invalid`); a key written twice in one object, as written or ' +
      'because two branches both apply, leaves the field to whichever comes last in the parser Salesforce uses, and the other value is lost. ' +
      'RFC 8259 section 4: "The names within an object SHOULD be unique" (https://www.rfc-editor.org/rfc/rfc8259#section-4).',
  },
  run({ doc, report }) {
    const paths = bodyPaths(doc);
    if (!paths?.ok) return;
    const seen = new Set<number>();
    for (const p of paths.paths) {
      const json = pathJson(p);
      for (const d of json?.duplicates ?? []) {
        const start = fileOffset(p, d.at);
        if (seen.has(start)) continue;
        seen.add(start);
        const message = p.decisions.length
          ? t('"{0}" appears twice in the same object {1}: Salesforce keeps one value and drops the other.', d.key, describePath(doc.text, p))
          : t('"{0}" appears twice in the same object: Salesforce keeps one value and drops the other.', d.key);
        report({ start, end: start + d.key.length + 2, message });
      }
    }
  },
};

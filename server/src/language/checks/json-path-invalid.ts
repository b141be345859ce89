import { bodyPaths, describePath, excerpt, fileOffset, pathJson, type Piece, type RenderedPath } from '../analysis/paths';
import { t } from '../../core';
import type { Check, Fix } from './types';

/** The first character of an arm that is not a blank, when its first piece is text. */
function armStart(fileText: string, pieces: readonly Piece[]): string {
  const p = pieces[0];
  if (p?.type !== 'text') return '';
  let k = p.start;
  while (k < p.end && /\s/.test(fileText[k])) k++;
  return k < p.end ? fileText[k] : '';
}

/**
 * `"Company": "x", {% if a %}"Phone": "y"{% endif %}}`: when the branch is skipped the comma is left
 * before `}`. Where every arm starts with a member, the comma moves to the start of each arm.
 */
function commaIntoBranch(fileText: string, path: RenderedPath): Fix | undefined {
  for (const d of path.decisions) {
    if (d.type !== 'arm' || d.arm !== -1) continue;
    let comma = d.block.tag.start - 1;
    while (comma >= 0 && /\s/.test(fileText[comma])) comma--;
    if (fileText[comma] !== ',') continue;
    const arms = d.block.arms.filter((a) => a.pieces.length);
    if (!arms.length || !arms.every((a) => armStart(fileText, a.pieces) === '"')) continue;
    return {
      title: t('Move the comma inside the branch'),
      edits: [{ start: comma, end: comma + 1, newText: '' }, ...arms.map((a) => ({ start: a.tag.end, end: a.tag.end, newText: ',' }))],
      preferred: true,
    };
  }
  return undefined;
}

export const jsonPathInvalid: Check = {
  meta: {
    code: 'json-path-invalid',
    severity: 'error',
    summary: 'The JSON body is invalid for some users: a branch skipped or a value blank leaves a body Salesforce cannot parse.',
    docs:
      'The body is rendered once per path Braze can take for a user: each branch of `if`/`elsif`/`else`/`unless`/`case` taken or skipped, ' +
      'and each Liquid output outside a JSON string present or blank (an output with `| default:` is never blank). A path whose body is not JSON ' +
      'is reported with the choices that make it, e.g. "when `{% if ${phone_number} != blank %}` does not hold the body renders `"x", }`": ' +
      'put the comma inside the branch (a quick fix does it when each branch starts with a key), or give the value a default. Salesforce answers a broken body with `JSON_PARSER_ERROR` (HTTP 400). ' +
      'Braze advises a default for every personalized value (https://www.braze.com/docs/user_guide/personalization_and_dynamic_content/liquid/setting_default_values/); ' +
      'Salesforce REST API Developer Guide, "Status Codes and Error Responses" (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm). ' +
      `At most 64 paths are rendered per body; past that \`paths-unchecked\` says so.`,
  },
  run({ doc, report }) {
    const paths = bodyPaths(doc);
    if (!paths?.ok) return;
    const read = paths.paths.map((p) => ({ p, json: pathJson(p) }));
    const failing = read.filter((r) => r.json?.error);
    if (!failing.length) return;
    const maskedBroken = doc.problems.some((p) => p.code === 'json-invalid');
    // Every path broken and json-invalid already says so: the body is broken as written.
    if (failing.length === read.length && maskedBroken) return;
    const seen = new Set<number>();
    for (const { p, json } of failing) {
      const at = json!.error!.at;
      const offset = fileOffset(p, at);
      if (seen.has(offset)) continue;
      seen.add(offset);
      const start = Math.max(doc.body!.start, Math.min(offset, doc.body!.end - 1));
      report({
        start,
        end: Math.min(start + 1, doc.body!.end),
        message: t('Invalid JSON {0}: the body renders `{1}`; {2} (JSON_PARSER_ERROR).', describePath(doc.text, p), excerpt(p, at), json!.error!.reason),
        fixes: [commaIntoBranch(doc.text, p)].filter((f): f is Fix => !!f),
      });
    }
  },
};

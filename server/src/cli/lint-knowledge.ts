import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinKnowledge, loadWorkspaceKnowledge, type Knowledge } from '../core';
import { defaultSettings } from '../language';

export type LintKnowledge = { knowledge: Knowledge; warnings: string[] } | { error: string };

/**
 * The knowledge the lint command checks with, read like the language server reads a workspace's:
 * the org's Lead describe from `--describe FILE`, else from the server's default place under the
 * current folder (.salesforce/Lead.describe.json) when it is there. A malformed file is a warning
 * and the built-in Lead fields serve; a `--describe` file that cannot be read is an error, since
 * the user named it.
 */
export function readLintKnowledge(cwd: string, describe: string | undefined): LintKnowledge {
  const path = describe ?? defaultSettings.leadDescribePath;
  let describeJson: string | undefined;
  try {
    describeJson = readFileSync(resolve(cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (describe !== undefined) return { error: `cannot read "${describe}": ${code}` };
    if (code !== 'ENOENT') return { knowledge: builtinKnowledge(), warnings: [`${path}: cannot be read (${code}); using the built-in Lead fields.`] };
  }
  return loadWorkspaceKnowledge({ describeJson, describePath: path });
}

import { resolve } from 'node:path';
import { builtinKnowledge, loadWorkspaceKnowledge, type Knowledge } from '../core';
import { defaultSettings } from '../language';
import { MAX_DESCRIBE_BYTES, readTextFile } from './lint-input';

export type LintKnowledge = { knowledge: Knowledge; warnings: string[] } | { error: string };

/**
 * The knowledge the lint command checks with, read like the language server reads a workspace's:
 * the org's Lead describe from `--describe FILE`, else from the server's default place under the
 * current folder (.salesforce/Lead.describe.json) when it is there. A malformed file is a warning
 * and the built-in Lead fields serve; a `--describe` file that cannot be read is an error, since
 * the user named it. It is read with the same guards as a template (no FIFO, no device).
 */
export function readLintKnowledge(cwd: string, describe: string | undefined): LintKnowledge {
  const path = describe ?? defaultSettings.leadDescribePath;
  const read = readTextFile(resolve(cwd, path), MAX_DESCRIBE_BYTES);
  if ('error' in read) {
    if (describe !== undefined) return { error: `cannot read "${describe}": ${read.error}` };
    if (read.error !== 'ENOENT') return { knowledge: builtinKnowledge(), warnings: [`${path}: cannot be read (${read.error}); using the built-in Lead fields.`] };
  }
  return loadWorkspaceKnowledge({ describeJson: 'text' in read ? read.text : undefined, describePath: path });
}

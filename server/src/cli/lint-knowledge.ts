import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DESCRIBE_FOLDER, loadWorkspaceKnowledge, t, type DescribeFile, type Knowledge } from '../core';
import { MAX_DESCRIBE_BYTES, readTextFile } from './lint-input';

export type LintKnowledge = { knowledge: Knowledge; warnings: string[] } | { error: string };

/**
 * The knowledge the lint command checks with, read like the language server reads a workspace's:
 * the org's describes from each `--describe FILE`, else every `.salesforce/<Object>.describe.json`
 * of the current folder (the Lead's among them, where the server looks by default). A malformed
 * file is a warning and the built-in knowledge of its object serves; a `--describe` file that
 * cannot be read is an error, since the user named it. Each is read with the same guards as a
 * template (no FIFO, no device).
 */
export function readLintKnowledge(cwd: string, describes: readonly string[]): LintKnowledge {
  const files: DescribeFile[] = [];
  const warnings: string[] = [];
  const named = describes.length > 0;
  for (const path of named ? describes : folderDescribes(cwd)) {
    const read = readTextFile(resolve(cwd, path), MAX_DESCRIBE_BYTES);
    if ('text' in read) files.push({ path, text: read.text });
    else if (named) return { error: t('cannot read "{0}": {1}', path, read.error) };
    else warnings.push(t('{0}: cannot be read ({1}); it is not used.', path, read.error));
  }
  const loaded = loadWorkspaceKnowledge({ describes: files });
  return { knowledge: loaded.knowledge, warnings: [...warnings, ...loaded.warnings] };
}

/** The describe files of the current folder's `.salesforce/`, sorted; none without the folder. */
function folderDescribes(cwd: string): string[] {
  try {
    return readdirSync(resolve(cwd, DESCRIBE_FOLDER))
      .filter((name) => name.endsWith('.describe.json'))
      .sort()
      .map((name) => join(DESCRIBE_FOLDER, name));
  } catch {
    return [];
  }
}

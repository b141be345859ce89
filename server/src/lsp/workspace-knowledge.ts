import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESCRIBE_FOLDER, loadWorkspaceKnowledge, type DescribeFile, type Knowledge } from '../core';
import type { Settings } from '../language';

/**
 * Reads what a workspace adds to the knowledge: its describe files (the Lead's where
 * `brazeWebhooks.leadDescribePath` says, every `.salesforce/<Object>.describe.json`) and its
 * custom attributes. A missing file is normal (the built-in objects serve); a malformed one gives
 * one warning and the built-in knowledge of its object stays in force.
 */
export async function readWorkspaceKnowledge(folderUri: string | undefined, settings: Settings): Promise<{ knowledge: Knowledge; warnings: string[] }> {
  const warnings: string[] = [];
  const read = async (shown: string, path: string | undefined): Promise<string | undefined> => {
    if (!path) return undefined;
    try {
      return await readFile(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') warnings.push(`${shown}: cannot be read (${code}); it is not used.`);
      return undefined;
    }
  };
  const leadPath = describePath(folderUri, settings.leadDescribePath);
  const describeJson = await read(settings.leadDescribePath, leadPath);
  const describes: DescribeFile[] = [];
  for (const name of await describeFileNames(describePath(folderUri, DESCRIBE_FOLDER))) {
    const shown = `${DESCRIBE_FOLDER}/${name}`;
    const path = describePath(folderUri, shown);
    // The Lead's file, read above, is often one of them.
    if (path === undefined || (leadPath !== undefined && resolve(path) === resolve(leadPath))) continue;
    const text = await read(shown, path);
    if (text !== undefined) describes.push({ path: shown, text });
  }
  const loaded = loadWorkspaceKnowledge({ describeJson, describePath: settings.leadDescribePath, describes, customAttributes: settings.customAttributes });
  return { knowledge: loaded.knowledge, warnings: [...warnings, ...loaded.warnings] };
}

/** The `*.describe.json` files of a folder, sorted; none when there is no such folder. */
async function describeFileNames(folder: string | undefined): Promise<string[]> {
  if (!folder) return [];
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith('.describe.json')).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

/** A workspace file's path on disk, or undefined when there is no folder to resolve it in. */
export function describePath(folderUri: string | undefined, configured: string): string | undefined {
  if (isAbsolute(configured)) return configured;
  if (!folderUri?.startsWith('file:')) return undefined;
  return join(fileURLToPath(folderUri), configured);
}

import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinKnowledge, loadWorkspaceKnowledge, type Knowledge } from '../core';
import type { Settings } from '../language';

/**
 * Reads what a workspace adds to the knowledge: its Lead describe file and
 * its custom attributes. A missing file is normal (the built-in Lead fields
 * serve); a malformed one gives one warning and the built-in list is used.
 */
export async function readWorkspaceKnowledge(folderUri: string | undefined, settings: Settings): Promise<{ knowledge: Knowledge; warnings: string[] }> {
  const path = describePath(folderUri, settings.leadDescribePath);
  let describeJson: string | undefined;
  if (path) {
    try {
      describeJson = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        return { knowledge: builtinKnowledge(), warnings: [`${settings.leadDescribePath}: cannot be read (${(e as NodeJS.ErrnoException).code}); using the built-in Lead fields.`] };
      }
    }
  }
  return loadWorkspaceKnowledge({ describeJson, describePath: settings.leadDescribePath, customAttributes: settings.customAttributes });
}

/** The describe file's path on disk, or undefined when there is no folder to resolve it in. */
export function describePath(folderUri: string | undefined, configured: string): string | undefined {
  if (isAbsolute(configured)) return configured;
  if (!folderUri?.startsWith('file:')) return undefined;
  return join(fileURLToPath(folderUri), configured);
}

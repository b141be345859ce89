import { findPlaceholders, placeholderName } from '../../../server/src/core';

/**
 * Where a placeholder's value is kept in VS Code's SecretStorage: one entry per workspace folder
 * and placeholder name (`[INSERT_CLIENT_ID]` and `[insert_client_id]` share one), so two orgs'
 * workspaces don't share a secret. The send command reads the same keys.
 */
export function placeholderSecretKey(folderUri: string | undefined, placeholder: string): string {
  return `brazeWebhooks.placeholder:${folderUri ?? 'no-folder'}:[${placeholderName(placeholder)}]`;
}

/** Every occurrence in `text` of the placeholder named like `placeholder`, as [start, end) offsets. */
export function placeholderOccurrences(text: string, placeholder: string): [number, number][] {
  const name = placeholderName(placeholder);
  return findPlaceholders(text)
    .filter((p) => p.name === name)
    .map((p): [number, number] => [p.start, p.end]);
}

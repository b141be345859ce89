/**
 * Where a placeholder's value is kept in VS Code's SecretStorage: one entry
 * per workspace folder and placeholder, so two orgs' workspaces don't share a
 * secret. The send command reads the same keys.
 */
export function placeholderSecretKey(folderUri: string | undefined, placeholder: string): string {
  return `brazeWebhooks.placeholder:${folderUri ?? 'no-folder'}:${placeholder}`;
}

/** Every occurrence of `placeholder` in `text`, as [start, end) offsets. */
export function placeholderOccurrences(text: string, placeholder: string): [number, number][] {
  const found: [number, number][] = [];
  for (let i = text.indexOf(placeholder); i !== -1; i = text.indexOf(placeholder, i + placeholder.length)) found.push([i, i + placeholder.length]);
  return found;
}

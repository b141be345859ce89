/** Reads a VS Code snippet file (`snippets/braze-webhook.json`) into a list. Pure. */

export interface SnippetItem {
  name: string;
  prefixes: string[];
  description: string;
  /** The body, lines joined with `\n`: a `SnippetString` value. */
  body: string;
}

/** The snippets of the file's text, in file order; entries without a body are left out. */
export function readSnippetFile(text: string): SnippetItem[] {
  const json: unknown = JSON.parse(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('a snippet file is a JSON object of snippets');
  const items: SnippetItem[] = [];
  for (const [name, value] of Object.entries(json as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const entry = value as { prefix?: unknown; body?: unknown; description?: unknown };
    const body = Array.isArray(entry.body) ? entry.body.filter((l): l is string => typeof l === 'string').join('\n') : typeof entry.body === 'string' ? entry.body : undefined;
    if (body === undefined) continue;
    const prefixes = Array.isArray(entry.prefix) ? entry.prefix.filter((p): p is string => typeof p === 'string') : typeof entry.prefix === 'string' ? [entry.prefix] : [];
    items.push({ name, prefixes, description: typeof entry.description === 'string' ? entry.description : '', body });
  }
  return items;
}

/**
 * Literal text inside a VS Code / LSP snippet: `$`, `}` and `\` take a backslash
 * (https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar). Completions and the
 * template commands both write snippets.
 */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

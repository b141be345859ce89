/**
 * Text for editors that take neither snippets nor markdown (their capabilities say so): what a
 * snippet inserts when every tab stop keeps its default, and markdown without its markup.
 */

/**
 * A snippet as plain text: `${1:name}` gives `name`, `${1|a,b|}` gives `a`, `$1` and `$0` give
 * nothing, `\$`, `\}` and `\\` give the character (the LSP snippet grammar:
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#snippet_syntax).
 */
export function snippetToPlainText(snippet: string): string {
  let i = 0;
  /** Reads text up to `stop` (a `}` closing a placeholder) or the end. */
  const text = (stop?: string): string => {
    let out = '';
    while (i < snippet.length && snippet[i] !== stop) {
      const c = snippet[i];
      if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
        out += snippet[i + 1];
        i += 2;
      } else if (c === '$') {
        out += tabStop();
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const tabStop = (): string => {
    const simple = /^\$(\d+|[A-Za-z_]\w*)/.exec(snippet.slice(i));
    if (simple) {
      i += simple[0].length;
      return '';
    }
    const opened = /^\$\{(\d+|[A-Za-z_]\w*)/.exec(snippet.slice(i));
    if (!opened) {
      i++;
      return '$';
    }
    i += opened[0].length;
    let value = '';
    if (snippet[i] === ':') {
      i++;
      value = text('}');
    } else if (snippet[i] === '|') {
      const end = snippet.indexOf('|}', i + 1);
      const choices = snippet.slice(i + 1, end === -1 ? undefined : end);
      value = (choices.split(/(?<!\\),/)[0] ?? '').replace(/\\([,|\\$}])/g, '$1');
      i = end === -1 ? snippet.length : end + 1;
    }
    if (snippet[i] === '}') i++;
    return value;
  };
  return text();
}

/** Markdown as plain text: emphasis and code marks dropped, `[text](url)` as `text (url)`, fences removed. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*```/.test(line))
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_, label: string, url: string) => (label && label !== url ? `${label} (${url})` : url))
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\\([\\`*_{}[\]()#+\-.!|$])/g, '$1'),
    )
    .join('\n');
}

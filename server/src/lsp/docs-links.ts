import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The checks' reference shipped beside the server (the VSIX's `docs/`, one folder up from
 * `dist/server.js`), in the user's language when it is translated: each diagnostic's code links
 * to its entry there (`codeDescription`), so an editor shows the code as a link. Undefined when
 * the page is not there (the server run from sources).
 */
export function checksDocsUri(serverDir: string, locale: string): string | undefined {
  for (const name of locale === 'en' ? ['checks.md'] : [`checks.${locale}.md`, 'checks.md']) {
    const file = join(serverDir, '..', 'docs', name);
    if (existsSync(file)) return pathToFileURL(file).href;
  }
  return undefined;
}

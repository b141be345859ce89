// Where `npm run package` (scripts/package.mjs) works and what it leaves, for the scripts that
// install or read the VSIX. test/support/packaged.ts names the extracted folder for the node tests.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { name, publisher, version } = createRequire(import.meta.url)('../package.json');

/** `<publisher>.<name>`, as VS Code identifies the extension. */
export const extensionId = `${publisher}.${name}`;
/** The VSIX users install, at the repository's root. */
export const vsixFile = join(root, `${name}-${version}.vsix`);
/** The staging copy of the extension vsce packs: what .vscodeignore ships, with the production bundles. */
export const stageDir = join(root, '.vscode-test', 'stage');
/** The VSIX unzipped; its extension/ folder is the extension as installed. */
export const unzippedDir = join(root, '.vscode-test', 'vsix');
export const extractedExtension = join(unzippedDir, 'extension');

import { existsSync } from 'node:fs';
import { repoPath } from './paths';

/**
 * The absolute path of a file of the unzipped VSIX, such as `packaged('dist/server.js')`: the
 * tests run what users install, not the sources nor the development build in dist/.
 * scripts/package.mjs unzips it into .vscode-test/vsix/ (scripts/vsix-paths.mjs).
 */
export function packaged(file: string): string {
  const path = repoPath('.vscode-test', 'vsix', 'extension', ...file.split('/'));
  if (!existsSync(path)) throw new Error(`${file} is not in the unzipped VSIX (.vscode-test/vsix/extension/): run npm run package first`);
  return path;
}

// The extension under test as users have it: the VSIX installed into a VS Code's extensions folder
// (code-server's or desktop VS Code's `--install-extension`), never this repository's folder. And
// what an extension-host test run needs besides it:
// - a stub extension for `extensionDevelopmentPath`: VS Code runs an `extensionTestsPath` only in
//   an extension development host; the stub contributes nothing;
// - the compiled suite copied INTO the installed extension's folder: the extension host gives each
//   extension its own `vscode` API object, chosen by the path of the module that requires it, so
//   the suite's stubs of `vscode.window.*` (helpers.ts) reach the extension only from inside its
//   folder. The product files stay the VSIX's; the suite sits beside them, in dist-test/.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { extensionId, root, vsixFile } from '../vsix-paths.mjs';
import { outRoot, runConfigFile } from './build-suite.mjs';

/** Why the VSIX cannot be installed (a message), or undefined. */
export function missingVsix() {
  return existsSync(vsixFile) ? undefined : `${relative(root, vsixFile)} is missing: run npm run package first`;
}

/** The folder the extension was installed into, from the extensions folder's extensions.json. */
export function installedExtensionPath(extensionsDir) {
  const index = join(extensionsDir, 'extensions.json');
  const entries = existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')) : [];
  const entry = entries.find((e) => e.identifier?.id?.toLowerCase() === extensionId.toLowerCase());
  if (!entry) throw new Error(`${extensionId} is not installed in ${extensionsDir}`);
  const path = entry.relativeLocation ? join(extensionsDir, entry.relativeLocation) : entry.location?.fsPath;
  if (!path || !isAbsolute(path) || !existsSync(join(path, 'package.json'))) throw new Error(`${extensionId}: no installed folder in ${index}`);
  return path;
}

/** Writes the stub development extension into `dir`; returns `dir`. */
export function writeStubExtension(dir) {
  mkdirSync(dir, { recursive: true });
  const manifest = { name: 'extension-tests-host', displayName: 'Extension tests host (stub)', publisher: 'braze-salesforce-webhooks-tests', version: '0.0.0', engines: { vscode: '^1.100.0' } };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

/**
 * Copies the suite built into dist-test/extension/<dir>/, and the run-config.json it reads one
 * folder up, into the installed extension at `extensionPath`; returns the path of its index.js
 * (the `extensionTestsPath`). Call it after writeRunConfig().
 */
export function placeSuite(extensionPath, dir) {
  const target = join(extensionPath, 'dist-test', 'extension');
  cpSync(join(outRoot, dir), join(target, dir), { recursive: true });
  cpSync(runConfigFile, join(target, 'run-config.json'));
  return join(target, dir, 'index.js');
}

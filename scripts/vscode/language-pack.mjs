// A stub language pack, so that code-server accepts `--locale <lang>` offline: VS Code shows a
// display language only when an installed extension contributes `localizations` for it (else it
// falls back to English), and the real packs (MS-CEINTL.vscode-language-pack-*) come from the
// Marketplace. This one translates nothing of VS Code itself (empty `contents`: the workbench
// stays English), but VS Code then runs in that language: it localizes extension manifests from
// package.nls.<lang>.json, gives extensions l10n/bundle.l10n.<lang>.json and vscode.env.language.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build-suite.mjs';

/** Writes the stub pack for `locale` into `dir` and packages it; resolves with the VSIX's path. */
export function stubLanguagePack(dir, locale) {
  mkdirSync(join(dir, 'translations'), { recursive: true });
  const manifest = {
    name: `stub-language-pack-${locale}`,
    displayName: `Stub language pack (${locale}) for the extension tests`,
    description: 'Contributes the display language only; translates nothing of VS Code.',
    publisher: 'braze-salesforce-webhooks-tests',
    version: '0.0.0',
    license: 'UNLICENSED',
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: { localizations: [{ languageId: locale, languageName: locale, localizedLanguageName: locale, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, 'translations', 'main.i18n.json'), `${JSON.stringify({ version: '1.0.0', contents: {} })}\n`);
  writeFileSync(join(dir, 'README.md'), 'Stub language pack for the extension-host tests.\n');
  const vsix = join(dir, `stub-language-pack-${locale}.vsix`);
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`vsce package of the stub language pack failed:\n${run.stdout}${run.stderr}`);
  return vsix;
}

/**
 * Registers the installed stub pack in `<user data>/languagepacks.json`, the index VS Code's
 * server reads at start to resolve `--locale` (its language pack service writes it when a pack is
 * installed from the UI; `--install-extension` alone leaves it unwritten).
 */
export function registerLanguagePack(userDataDir, extensionsDir, locale) {
  const id = `braze-salesforce-webhooks-tests.stub-language-pack-${locale}`;
  const entries = JSON.parse(readFileSync(join(extensionsDir, 'extensions.json'), 'utf8'));
  const entry = entries.find((e) => e.identifier?.id?.toLowerCase() === id);
  if (!entry) throw new Error(`${id} is not installed in ${extensionsDir}`);
  const folder = entry.relativeLocation ? join(extensionsDir, entry.relativeLocation) : entry.location?.fsPath;
  const packs = { [locale]: { hash: `stub-${locale}`, extensions: [{ extensionIdentifier: { id }, version: entry.version }], translations: { vscode: join(folder, 'translations', 'main.i18n.json') }, label: locale } };
  mkdirSync(userDataDir, { recursive: true });
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}

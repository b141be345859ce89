// Compiles the extension-host suite (test/extension/suite/) with esbuild into dist-test/extension/:
// suite/index.js with mocha bundled in, and one suite/*.test.js per test file (`vscode` stays
// external: the extension host provides it). Used by run-extension-tests.mjs and
// run-desktop-tests.mjs, which copy it into the installed extension (installed-extension.mjs);
// `node scripts/vscode/build-suite.mjs` builds it alone.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outRoot = join(root, 'dist-test', 'extension');
/** Where the runners tell the suite to write its result (see test/extension/suite/index.ts); copied next to the suite. */
export const runConfigFile = join(outRoot, 'run-config.json');
export const testWorkspace = join(root, 'test', 'workspace');

/**
 * `dir`: which folder of test/extension/ holds the *.test.ts files: `suite` (the default: the
 * whole suite, into dist-test/extension/suite/) or another one such as `untrusted` (the workspace
 * trust pass), built into dist-test/extension/<dir>/ with the same index.ts as its entry; then
 * only that output folder is replaced. Resolves with the names of the compiled test files.
 */
export async function buildSuite({ dir = 'suite' } = {}) {
  const source = join(root, 'test', 'extension', dir);
  const tests = readdirSync(source).filter((f) => f.endsWith('.test.ts'));
  const out = join(outRoot, dir);
  // The whole suite replaces all of dist-test/extension/; another pass replaces only its own folder.
  rmSync(dir === 'suite' ? outRoot : out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // dist-test/ is build output: keep it out of Git even before .gitignore lists it.
  writeFileSync(join(root, 'dist-test', '.gitignore'), '*\n');
  await build({
    // index.js next to the test files: it loads the *.test.js of its own folder.
    entryPoints: [
      { in: join(root, 'test', 'extension', 'suite', 'index.ts'), out: 'index' },
      ...tests.map((f) => ({ in: join(source, f), out: f.replace(/\.ts$/, '') })),
    ],
    outdir: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode (worker files found with require.resolve) is never used in the extension host.
    logOverride: { 'require-resolve-not-external': 'silent' },
    // mocha's package entry is ESM re-exporting its CommonJS build; pick the CommonJS files.
    mainFields: ['main', 'module'],
    // jsonc-parser's CommonJS (UMD) build requires its parts at run time; its ESM build bundles
    // (tests that read templates with the parser need it, as scripts/build.mjs does).
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  });
  return { tests: tests.map((f) => f.replace(/\.ts$/, '.js')) };
}

/** Tells the suite where to write its result. */
export function writeRunConfig(config) {
  writeFileSync(runConfigFile, `${JSON.stringify(config, null, 2)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { tests } = await buildSuite();
  console.log(`built dist-test/extension/suite/index.js and ${tests.length} test files`);
}

// Bundles the extension, the language server and the command-line tools.
// `node scripts/build.mjs` (`npm run build`) is the development build into dist/ (source maps, not
// minified): this folder run as a development extension (a debugger's F5), `node dist/server.js`.
// `buildBundles({ production: true, outdir })` is what scripts/package.mjs ships: minified, no
// source maps, into the staging copy of the extension, so the two builds never share a folder.
import { chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

export async function buildBundles({ production = false, outdir = join(root, 'dist') } = {}) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    outdir,
    // jsonc-parser's UMD build requires its parts at run time; its ESM build bundles.
    mainFields: ['module', 'main'],
    // Some dependencies ship ESM that reads import.meta.url; in a CommonJS bundle it must be given.
    define: { 'import.meta.url': '__importMetaUrl' },
  };
  await Promise.all([
    build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'], banner: { js: importMetaUrl } }),
    build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, banner: { js: importMetaUrl } }),
    build({ ...common, entryPoints: { cli: 'server/src/cli/lint-main.ts' }, banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } }),
    build({ ...common, entryPoints: { 'send-cli': 'server/src/cli/send-main.ts' }, banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } }),
  ]);
  chmodSync(join(outdir, 'cli.js'), 0o755);
  chmodSync(join(outdir, 'send-cli.js'), 0o755);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.length > 2) {
    console.error('usage: node scripts/build.mjs (the development build into dist/; npm run package makes the production one)');
    process.exit(2);
  }
  await buildBundles();
}

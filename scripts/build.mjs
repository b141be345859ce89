// Bundles the extension, the language server and the command-line tools into dist/.
// `--production` minifies and drops source maps (what the VSIX ships).
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  outdir: 'dist',
  // jsonc-parser's UMD build requires its parts at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  // Some dependencies ship ESM that reads import.meta.url; in a CommonJS bundle it must be given.
  define: { 'import.meta.url': '__importMetaUrl' },
};
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

await Promise.all([
  build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'], banner: { js: importMetaUrl } }),
  build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, banner: { js: importMetaUrl } }),
  build({ ...common, entryPoints: { cli: 'server/src/cli/lint-main.ts' }, banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } }),
  build({ ...common, entryPoints: { 'send-cli': 'server/src/cli/send-main.ts' }, banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } }),
]);
chmodSync('dist/cli.js', 0o755);
chmodSync('dist/send-cli.js', 0o755);

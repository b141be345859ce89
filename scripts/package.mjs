// Makes the VSIX from the production bundle: no node_modules, sources or tests
// (.vscodeignore lists the few files it ships), and prints what it holds and its size.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

const { name, version } = createRequire(import.meta.url)('../package.json');
const out = `${name}-${version}.vsix`;
const vsce = new URL('../node_modules/@vscode/vsce/vsce', import.meta.url).pathname;
const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(1)} KiB`);

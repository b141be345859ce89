// `npm run package`: the VSIX users install, made from a staging copy of the extension
// (.vscode-test/stage/: package.json, README.md, the other files .vscodeignore ships, and dist/
// with the minified production bundles), so the development dist/ is never touched. Then it
// unzips the VSIX into .vscode-test/vsix/: the tests run extension/ of it, what users install.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { buildBundles } from './build.mjs';
import { unzip } from './unzip.mjs';
import { extractedExtension, root, stageDir, unzippedDir, vsixFile } from './vsix-paths.mjs';

rmSync(stageDir, { recursive: true, force: true });
mkdirSync(stageDir, { recursive: true });
await buildBundles({ production: true, outdir: join(stageDir, 'dist') });
for (const file of [...(await shippedSources()), '.vscodeignore']) {
  mkdirSync(dirname(join(stageDir, file)), { recursive: true });
  cpSync(join(root, file), join(stageDir, file));
}

const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsixFile], {
  cwd: stageDir,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`${relative(root, vsixFile)}: ${(statSync(vsixFile).size / 1024).toFixed(1)} KiB`);

rmSync(unzippedDir, { recursive: true, force: true });
await unzip(vsixFile, unzippedDir);
console.log(`unzipped into ${relative(root, extractedExtension)}`);

/** The repository's files that .vscodeignore lets through (`!pattern` lines), but the bundles, which the build writes. */
async function shippedSources() {
  const patterns = readFileSync(join(root, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('!') && !l.startsWith('!dist/'))
    .map((l) => l.slice(1));
  return glob(patterns, { cwd: root, onlyFiles: true, dot: false });
}

// `npm run bench`: bundles scripts/bench.ts with esbuild, as the shipped server is bundled, into a
// temporary folder (never dist/), and runs it with plain node: the figures are those of the code as
// it runs for users, not of the sources under a TypeScript loader.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = mkdtempSync(join(tmpdir(), 'braze-webhooks-bench-'));
try {
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/bench.ts'],
    outfile: join(out, 'bench.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  const result = spawnSync(process.execPath, [join(out, 'bench.cjs')], { stdio: 'inherit', env: { ...process.env, BENCH_ROOT: root } });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}

// Runs the TypeScript benchmark under tsx, so `npm run bench` needs no build.
import { spawnSync } from 'node:child_process';
const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts'], { stdio: 'inherit' });
process.exit(result.status ?? 1);

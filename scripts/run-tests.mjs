// Runs every unit, grammar, protocol, command-line, acceptance and package test (`*.test.ts`
// outside node_modules) with node's test runner under tsx. Those that run the VSIX's bundles
// (test/support/packaged.ts) need `npm run package` first. The extension-host suite has its own runner.
import { spawnSync } from 'node:child_process';
import { glob } from 'tinyglobby';

const files = await glob(['server/src/**/*.test.ts', 'client/src/**/*.test.ts', 'salesforce-standin/src/**/*.test.ts', 'test/**/*.test.ts', 'l10n/**/*.test.ts'], {
  ignore: ['**/node_modules/**', 'test/extension/**'],
});
files.sort();
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

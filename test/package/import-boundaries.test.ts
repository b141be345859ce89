// `npm run lint:imports` can fail: the repository's .dependency-cruiser.cjs, run on a small tree
// shaped like server/src/ (test/fixtures/import-boundaries/), reports the one deep import there
// and nothing in the part that keeps to the index.ts of the parts it uses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runNodeScript } from '../support/node-process';
import { repoPath } from '../support/paths';

const DEPCRUISE = repoPath('node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const FIXTURE = repoPath('test', 'fixtures', 'import-boundaries');
const depcruise = (...args: string[]) => runNodeScript(DEPCRUISE, ['--config', repoPath('.dependency-cruiser.cjs'), ...args], { cwd: FIXTURE, timeoutMs: 60_000 });

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

test('a deep import of another part\'s inner file is a deep-import error, and the only violation', async () => {
  const out = await depcruise('--output-type', 'json', 'server/src');
  assert.equal(out.exitCode, 0, out.stderr);
  const { summary } = JSON.parse(out.stdout) as { summary: { violations: Violation[]; error: number; totalCruised: number } };
  assert.equal(summary.totalCruised, 6, 'every fixture module is cruised');
  assert.deepEqual(
    summary.violations.map((v) => ({ from: v.from, to: v.to, rule: v.rule.name, severity: v.rule.severity })),
    [{ from: 'server/src/cli/deep.ts', to: 'server/src/send/render.ts', rule: 'deep-import', severity: 'error' }],
  );
});

test('the report fails the command: a non-zero exit naming the rule', async () => {
  const out = await depcruise('server/src');
  assert.notEqual(out.exitCode, 0);
  assert.match(out.stdout, /error deep-import: server\/src\/cli\/deep\.ts → server\/src\/send\/render\.ts/);
});

test('a part that uses another through its index.ts reports nothing', async () => {
  const out = await depcruise('server/src/language', 'server/src/core');
  assert.equal(out.exitCode, 0, out.stdout + out.stderr);
  assert.match(out.stdout, /no dependency violations found/);
});

// The CI files of the repository work with the command line as it is: the problem matcher reads
// its human format, and the workflow's commands are ones it accepts.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { JsonDiagnostic } from '../../server/src/cli/lint';
import { runNodeScript } from '../support/node-process';
import { packaged } from '../support/packaged';
import { repoPath } from '../support/paths';

const CLI = packaged('dist/cli.js');
const EXAMPLE = 'examples/create-lead.webhook';

test('the problem matcher annotates the error and warning lines of the human format, with file, line, column, code and message', async () => {
  const [matcher] = JSON.parse(readFileSync(repoPath('.github', 'braze-webhook-lint-matcher.json'), 'utf8')).problemMatcher;
  const [pattern] = matcher.pattern;
  const regexp = new RegExp(pattern.regexp);
  // The example with a warning too: an attribute Braze does not know.
  const cwd = mkdtempSync(join(tmpdir(), 'matcher-'));
  writeFileSync(join(cwd, 'hook.webhook'), readFileSync(repoPath(EXAMPLE), 'utf8').replace('${email_address}', '${e_mail}'));
  const human = (await runNodeScript(CLI, ['hook.webhook'], { cwd })).stdout.trim().split('\n');
  const json = JSON.parse((await runNodeScript(CLI, ['--format', 'json', 'hook.webhook'], { cwd })).stdout) as JsonDiagnostic[];
  rmSync(cwd, { recursive: true, force: true });
  const expected = json.filter((d) => d.severity === 'error' || d.severity === 'warning');
  assert.ok(expected.some((d) => d.severity === 'warning') && expected.some((d) => d.severity === 'error'));
  const matched = human.map((line) => regexp.exec(line)).filter((m) => m !== null);
  assert.deepEqual(
    matched.map((m) => [m[pattern.file], Number(m[pattern.line]), Number(m[pattern.column]), m[pattern.severity], m[pattern.code], m[pattern.message]]),
    expected.map((d) => [d.file, d.range.start.line + 1, d.range.start.character + 1, d.severity, d.code, d.message]),
  );
});

test('the workflow\'s commands are accepted by the command line: exit 1 on the examples\' findings, never 2', async () => {
  const workflow = readFileSync(repoPath('.github', 'workflows', 'braze-webhook-lint.yml'), 'utf8');
  const commands = [...workflow.matchAll(/node dist\/cli\.js ([^>\n|]+)/g)].map((m) => m[1].trim());
  assert.equal(commands.length, 3);
  for (const command of commands) {
    const args = command
      .replaceAll('"$TEMPLATES"', 'examples/*.webhook')
      .replaceAll('"$FAIL_LEVEL"', 'error')
      .split(/\s+/);
    const out = await runNodeScript(CLI, args, { cwd: repoPath() });
    assert.equal(out.exitCode, 1, `${command}: ${out.stderr}`);
  }
  assert.match(workflow, /default: examples\/\*\.webhook/);
});

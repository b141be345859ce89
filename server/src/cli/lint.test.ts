import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runLint, type JsonDiagnostic } from './lint';
import { repoPath } from '../../../test/support/paths';

const CLEAN = [
  'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
  'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=3MVG9example&client_secret={{content_blocks.${sf_secret}}}&grant_type=client_credentials :cache_max_age 900 :save result %}{% if result.access_token == blank %}{% abort_message(\'no token\') %}{% endif %}Bearer {{result.access_token}}',
  'Content-Type: application/json',
  '',
  '{"LastName": "{{${last_name} | json_escape}}", "Company": "{{custom_attribute.${company} | json_escape}}"}',
  '',
].join('\n');
const BROKEN = CLEAN.replace('Content-Type: application/json', 'Content-Type application/json').replace('{{${last_name} | json_escape}}', '{{${last_name} | json_escape}');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-'));
  mkdirSync(join(dir, 'hooks'));
  writeFileSync(join(dir, 'hooks', 'clean.webhook'), CLEAN);
  writeFileSync(join(dir, 'hooks', 'broken.webhook'), BROKEN);
  return dir;
}

test('clean files: exit 0, a summary line', async () => {
  const out = await runLint(['hooks/clean.webhook'], workspace());
  assert.equal(out.exitCode, 0);
  assert.equal(out.stdout, '1 file checked: 0 errors, 0 other findings.\n');
});

test('human format: file:line:col, severity, code, message; exit 1 on an error', async () => {
  const out = await runLint(['hooks/*.webhook'], workspace());
  assert.equal(out.exitCode, 1);
  assert.deepEqual(out.stdout.trim().split('\n'), [
    'hooks/broken.webhook:3:1: error header-syntax: The header "Content-Type" has no colon: write "Content-Type: application/json"',
    'hooks/broken.webhook:5:15: error liquid-syntax: "{{" is not closed: add "}}"',
    '2 files checked: 2 errors, 0 other findings.',
  ]);
});

test('json format: one array of {file, range, severity, code, message} with 0-based positions', async () => {
  const out = await runLint(['--format', 'json', 'hooks/broken.webhook', 'hooks/clean.webhook'], workspace());
  assert.equal(out.exitCode, 1);
  const parsed = JSON.parse(out.stdout) as JsonDiagnostic[];
  assert.deepEqual(parsed[0], {
    file: 'hooks/broken.webhook',
    range: { start: { line: 2, character: 0 }, end: { line: 2, character: 29 } },
    severity: 'error',
    code: 'header-syntax',
    message: 'The header "Content-Type" has no colon: write "Content-Type: application/json"',
  });
  for (const d of parsed) assert.deepEqual(Object.keys(d).sort(), ['code', 'file', 'message', 'range', 'severity']);
  assert.equal((await runLint(['--format=json', 'hooks/clean.webhook'], workspace())).stdout, '[]\n');
});

test('bad usage and unreadable files: exit 2 with a clear message', async () => {
  const dir = workspace();
  const cases: [string[], RegExp][] = [
    [[], /no files given/],
    [['--format', 'xml', 'hooks/clean.webhook'], /--format takes "human" or "json", not "xml"/],
    [['--fix', 'hooks/clean.webhook'], /unknown option "--fix"/],
    [['hooks/missing.webhook'], /no file matches "hooks\/missing.webhook"/],
    [['hooks'], /cannot read "hooks": EISDIR/],
  ];
  for (const [args, message] of cases) {
    const out = await runLint(args, dir);
    assert.equal(out.exitCode, 2, args.join(' '));
    assert.match(out.stderr, message);
    assert.equal(out.stdout, '');
  }
  if (process.getuid?.() !== 0) {
    chmodSync(join(dir, 'hooks', 'clean.webhook'), 0o000);
    const out = await runLint(['hooks/clean.webhook'], dir);
    assert.equal(out.exitCode, 2);
    assert.match(out.stderr, /cannot read .*EACCES/);
  }
});

test('the bundled command sets the exit code and streams', () => {
  const cli = repoPath('dist', 'cli.js');
  const dir = workspace();
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  assert.equal(run('hooks/clean.webhook').status, 0);
  const broken = run('--format', 'json', 'hooks/*.webhook');
  assert.equal(broken.status, 1);
  assert.equal((JSON.parse(broken.stdout) as unknown[]).length, 2);
  const usage = run();
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /Usage: braze-webhook-lint/);
});

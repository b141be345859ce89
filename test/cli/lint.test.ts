// braze-webhook-lint as users get it: the VSIX's dist/cli.js run as a child process.
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { JsonDiagnostic } from '../../server/src/cli/lint';
import { packaged } from '../support/packaged';
import { repoPath } from '../support/paths';
import { runNodeScript } from '../support/node-process';

const CLI = packaged('dist/cli.js');
const DESCRIBE = repoPath('test', 'fixtures', 'describe', 'Lead.describe.json');
const SUBSCRIPTION = repoPath('test', 'fixtures', 'describe', 'Subscription__c.describe.json');

const CLEAN = [
  'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
  'Authorization: {% connected_content https://acme.my.salesforce.com/services/oauth2/token :method post :body client_id=3MVG9example&client_secret={{content_blocks.${sf_secret}}}&grant_type=client_credentials :cache_max_age 900 :save result %}{% if result.access_token == blank %}{% abort_message(\'no token\') %}{% endif %}Bearer {{result.access_token}}',
  'Content-Type: application/json',
  '',
  '{"LastName": "{{${last_name} | default: \'Unknown\' | json_escape}}", "Company": "{{custom_attribute.${company} | default: \'Unknown\' | json_escape}}"}',
  '',
].join('\n');
const BROKEN = CLEAN.replace('Content-Type: application/json', 'Content-Type application/json').replace("| json_escape}}\", \"Company\"", '| json_escape}", "Company"');
/** A custom object's create, with a value its describe's restricted picklist refuses. */
const SUBSCRIPTION_CREATE = CLEAN.replace('/sobjects/Lead/', '/sobjects/Subscription__c/').replace(/\n\{.*\}\n$/, '\n{"Plan__c": "Gold", "Subscription_Key__c": "{{${user_id} | json_escape}}"}\n');
/** A custom field the describe fixture does not have (it has Lead_Stage__c): unknown only when the describe is read. */
const CUSTOM_TYPO = CLEAN.replace('"Company":', '"Lead_Stge__c": "MQL", "Company":');

const workspaces: string[] = [];
after(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-'));
  workspaces.push(dir);
  mkdirSync(join(dir, 'hooks'));
  writeFileSync(join(dir, 'hooks', 'clean.webhook'), CLEAN);
  writeFileSync(join(dir, 'hooks', 'broken.webhook'), BROKEN);
  return dir;
}

/** A workspace with a template that uses a custom field. */
function customWorkspace(): string {
  const dir = workspace();
  writeFileSync(join(dir, 'hooks', 'custom.webhook'), CUSTOM_TYPO);
  return dir;
}

const lint = (cwd: string, ...args: string[]) => runNodeScript(CLI, args, { cwd });
const codes = (stdout: string) => (JSON.parse(stdout) as JsonDiagnostic[]).map((d) => d.code);

test('clean files: exit 0, a summary line', async () => {
  const out = await lint(workspace(), 'hooks/clean.webhook');
  assert.equal(out.exitCode, 0, out.stderr);
  assert.equal(out.stdout, '1 file checked: 0 errors, 0 other findings.\n');
  assert.equal(out.stderr, '');
});

test('human format: file:line:col, severity, code, message; exit 1 on an error', async () => {
  const out = await lint(workspace(), 'hooks/*.webhook');
  assert.equal(out.exitCode, 1);
  assert.deepEqual(out.stdout.trim().split('\n'), [
    'hooks/broken.webhook:3:1: error header-syntax: The header "Content-Type" has no colon: write "Content-Type: application/json"',
    'hooks/broken.webhook:5:15: error liquid-syntax: "{{" is not closed: add "}}"',
    '2 files checked: 2 errors, 0 other findings.',
  ]);
});

test('json format: one array of {file, range, severity, code, message} with 0-based positions', async () => {
  const dir = workspace();
  const out = await lint(dir, '--format', 'json', 'hooks/broken.webhook', 'hooks/clean.webhook');
  assert.equal(out.exitCode, 1);
  const parsed = JSON.parse(out.stdout) as JsonDiagnostic[];
  assert.equal(parsed.length, 2);
  assert.deepEqual(parsed[0], {
    file: 'hooks/broken.webhook',
    range: { start: { line: 2, character: 0 }, end: { line: 2, character: 29 } },
    severity: 'error',
    code: 'header-syntax',
    message: 'The header "Content-Type" has no colon: write "Content-Type: application/json"',
  });
  for (const d of parsed) assert.deepEqual(Object.keys(d).sort(), ['code', 'file', 'message', 'range', 'severity']);
  const clean = await lint(dir, '--format=json', 'hooks/clean.webhook');
  assert.equal(clean.stdout, '[]\n');
  assert.equal(clean.exitCode, 0);
});

test('bad usage and unreadable files: exit 2 with a clear message', async () => {
  const dir = workspace();
  const cases: [string[], RegExp][] = [
    [[], /no files given/],
    [['--format', 'xml', 'hooks/clean.webhook'], /--format takes "human", "json", "sarif", "github" or "junit", not "xml"/],
    [['--fail-level', 'hint', 'hooks/clean.webhook'], /--fail-level takes "error", "warning" or "information", not "hint"/],
    [['--fix', 'hooks/clean.webhook'], /unknown option "--fix"/],
    [['hooks/missing.webhook'], /no file matches "hooks\/missing.webhook"/],
    [['hooks'], /cannot read "hooks": EISDIR/],
    [['hooks/clean.webhook', '--describe'], /--describe needs a file name/],
    [['--describe', 'missing.json', 'hooks/clean.webhook'], /cannot read "missing.json": ENOENT/],
  ];
  for (const [args, message] of cases) {
    const out = await lint(dir, ...args);
    assert.equal(out.exitCode, 2, args.join(' '));
    assert.match(out.stderr, message);
    assert.equal(out.stdout, '');
  }
  const usage = await lint(dir);
  assert.match(usage.stderr, /Usage: braze-webhook-lint/);
  assert.match(usage.stderr, /--describe FILE/);
  const help = await lint(dir, '--help');
  assert.equal(help.exitCode, 0);
  assert.match(help.stdout, /Usage: braze-webhook-lint .*--describe FILE/);
  if (process.getuid?.() !== 0) {
    chmodSync(join(dir, 'hooks', 'clean.webhook'), 0o000);
    const out = await lint(dir, 'hooks/clean.webhook');
    assert.equal(out.exitCode, 2);
    assert.match(out.stderr, /cannot read .*EACCES/);
  }
});

test('--describe FILE: the org\'s Lead fields replace the built-in ones', async () => {
  const dir = customWorkspace();
  const builtin = await lint(dir, '--format', 'json', 'hooks/custom.webhook');
  assert.equal(builtin.stderr, '');
  assert.ok(!codes(builtin.stdout).includes('field-unknown'), `custom fields are not checked without a describe: ${builtin.stdout}`);
  const described = await lint(dir, '--format', 'json', '--describe', DESCRIBE, 'hooks/custom.webhook');
  assert.equal(described.stderr, '', 'the describe fixture loads without a warning');
  const unknown = (JSON.parse(described.stdout) as JsonDiagnostic[]).filter((d) => d.code === 'field-unknown');
  assert.equal(unknown.length, 1, described.stdout);
  assert.match(unknown[0].message, /Lead_Stge__c/);
  assert.equal((await lint(dir, '--format', 'json', `--describe=${DESCRIBE}`, 'hooks/custom.webhook')).stdout, described.stdout);
});

test('without --describe, .salesforce/Lead.describe.json of the current folder is read', async () => {
  const dir = customWorkspace();
  mkdirSync(join(dir, '.salesforce'));
  copyFileSync(DESCRIBE, join(dir, '.salesforce', 'Lead.describe.json'));
  const out = await lint(dir, '--format', 'json', 'hooks/custom.webhook');
  assert.equal(out.stderr, '');
  assert.deepEqual(codes(out.stdout).filter((c) => c === 'field-unknown'), ['field-unknown']);
});

test('--describe may be repeated, for any object; without it every .salesforce/*.describe.json is read', async () => {
  const dir = customWorkspace();
  writeFileSync(join(dir, 'hooks', 'subscription.webhook'), SUBSCRIPTION_CREATE);
  const builtin = await lint(dir, '--format', 'json', 'hooks/subscription.webhook');
  assert.deepEqual(codes(builtin.stdout), ['sobject-unknown'], 'an object without a describe: a note, no false error');
  const both = await lint(dir, '--format', 'json', '--describe', DESCRIBE, '--describe', SUBSCRIPTION, 'hooks/custom.webhook', 'hooks/subscription.webhook');
  assert.equal(both.stderr, '');
  assert.deepEqual(codes(both.stdout), ['field-unknown', 'field-value'], both.stdout);
  mkdirSync(join(dir, '.salesforce'));
  copyFileSync(DESCRIBE, join(dir, '.salesforce', 'Lead.describe.json'));
  copyFileSync(SUBSCRIPTION, join(dir, '.salesforce', 'Subscription__c.describe.json'));
  const folder = await lint(dir, '--format', 'json', 'hooks/custom.webhook', 'hooks/subscription.webhook');
  assert.equal(folder.stderr, '');
  assert.equal(folder.stdout, both.stdout);
});

test('a describe file of another object than its name says: a warning naming the file, the built-in object serves', async () => {
  const dir = customWorkspace();
  mkdirSync(join(dir, '.salesforce'));
  copyFileSync(DESCRIBE, join(dir, '.salesforce', 'Contact.describe.json'));
  const out = await lint(dir, 'hooks/clean.webhook');
  assert.equal(out.stderr, 'braze-webhook-lint: warning: .salesforce/Contact.describe.json: describes "Lead", not Contact; using the built-in Contact fields.\n');
  assert.equal(out.exitCode, 0);
});

test('a malformed describe file: a warning on stderr, and the built-in Lead fields serve', async () => {
  const dir = customWorkspace();
  writeFileSync(join(dir, 'bad.json'), '{"fields": 42}');
  const out = await lint(dir, '--format', 'json', '--describe', 'bad.json', 'hooks/custom.webhook', 'hooks/clean.webhook');
  assert.match(out.stderr, /^braze-webhook-lint: warning: bad\.json: .*; it is not used\.\n$/);
  assert.equal(out.exitCode, 0);
  assert.ok(!codes(out.stdout).includes('field-unknown'), out.stdout);
  mkdirSync(join(dir, '.salesforce'));
  writeFileSync(join(dir, '.salesforce', 'Lead.describe.json'), 'not json');
  const fromFolder = await lint(dir, 'hooks/clean.webhook');
  assert.match(fromFolder.stderr, /^braze-webhook-lint: warning: \.salesforce\/Lead\.describe\.json: .*; using the built-in Lead fields\.\n$/);
  assert.equal(fromFolder.stdout, '1 file checked: 0 errors, 0 other findings.\n');
});

// braze-webhook-lint's CI formats (SARIF, GitHub annotations, JUnit) and --fail-level, as the VSIX's dist/cli.js.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { allChecks } from '../../server/src/language';
import { runNodeScript } from '../support/node-process';
import { packaged } from '../support/packaged';
import { AUTHORIZATION } from '../protocol/texts';
import { repoPath } from '../support/paths';

const CLI = packaged('dist/cli.js');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder with the given files; the command runs in it. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-formats-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const lint = (cwd: string, ...args: string[]) => runNodeScript(CLI, args, { cwd });

const CREATE_LEAD = readFileSync(repoPath('examples', 'create-lead.webhook'), 'utf8');
const HEAD = `POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n${AUTHORIZATION}\nContent-Type: application/json\n\n`;
/** `n` body members without json_escape (an information each) and `n` broken outputs (an error each). */
const many = (n: number) => `${HEAD}{\n${Array.from({ length: n }, (_, i) => `  "F${i}__c": "{{\${first_name}}}", "G${i}__c": "{{\${last_name}}",`).join('\n')}\n  "LastName": "x", "Company": "y"\n}\n`;

test('--format sarif: valid SARIF 2.1.0, every check a rule with its description and docs link, information as note', async () => {
  const out = await lint(folder({ 'create-lead.webhook': CREATE_LEAD }), '--format', 'sarif', 'create-lead.webhook');
  assert.equal(out.exitCode, 1, out.stderr);
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(repoPath('test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')));
  assert.ok(validate(JSON.parse(out.stdout)), ajv.errorsText(validate.errors));
  const log = JSON.parse(out.stdout) as { runs: { tool: { driver: { name: string; rules: unknown } }; results: unknown }[] };
  const [run] = log.runs;
  assert.equal(run.tool.driver.name, 'braze-webhook-lint');
  const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string }; help: { markdown: string }; defaultConfiguration: { level: string } }[];
  for (const check of allChecks) {
    const rule = rules.find((r) => r.id === check.meta.code);
    assert.ok(rule, check.meta.code);
    assert.equal(rule.shortDescription.text, check.meta.summary);
    assert.match(rule.help.markdown, new RegExp(`\\(docs/checks\\.md#${check.meta.code}\\)`));
  }
  const results = run.results as { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
  const levels = new Map(results.map((r) => [r.ruleId, r.level]));
  assert.equal(levels.get('placeholder'), 'error');
  assert.equal(levels.get('json-escape'), 'note', 'information');
  assert.equal(levels.get('field-case'), 'note', 'hint');
  for (const r of results) assert.equal(rules[r.ruleIndex].id, r.ruleId);
  const placeholder = results.find((r) => r.ruleId === 'placeholder')!;
  assert.deepEqual([placeholder.locations[0].physicalLocation.artifactLocation.uri, placeholder.locations[0].physicalLocation.region.startLine, placeholder.locations[0].physicalLocation.region.startColumn], ['create-lead.webhook', 3, 14]);
});

test('--format github: annotations with file, line, col, endLine, endColumn and title; at most 10 of each kind, the rest in one notice', async () => {
  const out = await lint(folder({ 'many.webhook': many(12) }), '--format', 'github', 'many.webhook');
  assert.equal(out.exitCode, 1);
  const lines = out.stdout.trim().split('\n');
  const errors = lines.filter((l) => l.startsWith('::error '));
  const notices = lines.filter((l) => l.startsWith('::notice '));
  assert.equal(errors.length, 10);
  assert.equal(notices.length, 10, '9 findings and the summary');
  assert.match(errors[0], /^::error file=many\.webhook,line=6,col=\d+,endLine=6,endColumn=\d+,title=liquid-syntax::"\{\{" is not closed: add "\}\}"$/);
  assert.match(notices[9], /^::notice title=braze-webhook-lint::5 more findings not annotated \(2 errors, 0 warnings, 3 notices\)/);
  assert.equal(lines.filter((l) => l.startsWith('many.webhook:')).length, 5, 'the rest are in the log as plain lines');
  const clean = await lint(folder({ 'clean.webhook': `${HEAD}{"LastName": "x", "Company": "y"}` }), '--format', 'github', 'clean.webhook');
  assert.deepEqual([clean.stdout, clean.exitCode], ['', 0]);
});

test('--format github escapes what workflow commands would read: %, line breaks, and : , in properties', async () => {
  const out = await lint(folder({ 'a,b:c%.webhook': `${HEAD}{"LastName": "x", "Company": "{{\${company}}"}` }), '--format', 'github', 'a,b:c%.webhook');
  assert.match(out.stdout, /^::error file=a%2Cb%3Ac%25\.webhook,line=5,/m);
});

test('--format junit: a test suite per file, a failing test case per finding at the fail level', async () => {
  const dir = folder({ 'create-lead.webhook': CREATE_LEAD, 'clean.webhook': `${HEAD}{"LastName": "x", "Company": "y"}` });
  const out = await lint(dir, '--format', 'junit', 'create-lead.webhook', 'clean.webhook');
  assert.equal(out.exitCode, 1);
  assert.match(out.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="braze-webhook-lint" tests="5" failures="4" errors="0">/);
  assert.match(out.stdout, /<testsuite name="create-lead\.webhook" tests="4" failures="4" errors="0">/);
  assert.match(out.stdout, /<testcase classname="create-lead\.webhook" name="placeholder at 3:14">\n {6}<failure type="error" message="Placeholder &quot;\[insert_instance_name\]&quot;/);
  assert.match(out.stdout, /<system-out>create-lead\.webhook:4:19: hint oauth-cache: .*\ncreate-lead\.webhook:4:19: hint oauth-guard/);
  assert.match(out.stdout, /<testsuite name="clean\.webhook" tests="1" failures="0" errors="0">\n {4}<testcase classname="clean\.webhook" name="braze-webhook-lint"\/>/);
});

test('--fail-level: exit 1 from the level named and above, 0 below it', async () => {
  // Only informations (json-escape) and hints (field-case) here.
  const dir = folder({ 'info.webhook': `${HEAD}{"lastName": "{{\${last_name}}}", "Company": "y"}` });
  assert.equal((await lint(dir, 'info.webhook')).exitCode, 0);
  assert.equal((await lint(dir, '--fail-level', 'warning', 'info.webhook')).exitCode, 0);
  assert.equal((await lint(dir, '--fail-level=information', 'info.webhook')).exitCode, 1);
  const warning = folder({ 'warn.webhook': `${HEAD}{"LastName": "{{\${not_an_attribute} | json_escape}}", "Company": "y"}` });
  const json = JSON.parse((await lint(warning, '--format', 'json', 'warn.webhook')).stdout) as { severity: string }[];
  assert.ok(json.some((d) => d.severity === 'warning') && !json.some((d) => d.severity === 'error'), JSON.stringify(json));
  assert.equal((await lint(warning, 'warn.webhook')).exitCode, 0);
  assert.equal((await lint(warning, '--fail-level', 'warning', 'warn.webhook')).exitCode, 1);
});

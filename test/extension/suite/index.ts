/// <reference types="vscode" />
// The extension-host test entry (`extensionTestsPath`): VS Code loads this bundle inside its
// extension host and calls `run()`. Mocha is bundled in (the extension host resolves modules from
// a `vscode-remote://` path under code-server, so a node_modules lookup is not to be relied on);
// the `*.test.js` files next to this one are loaded with mocha's `tdd` globals.
//
// The result goes to a JSON file, because under code-server the browser never exits and the
// extension host's stdout reaches nobody. Where: `$BRAZE_EXTENSION_TESTS_RESULT` when the
// extension host sees it (the desktop runner passes it with `extensionTestsEnv`), else the
// `run-config.json` the runner wrote one folder up (dist-test/extension/run-config.json, copied
// with the suite into the installed extension).
// A line per finished test is appended to `<result>.progress` (JSON lines) as the run goes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResult {
  vscodeVersion: string;
  uiKind: 'Desktop' | 'Web';
  remoteName: string | null;
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
  /** Set when the suite could not run at all (no test files, a file that fails to load...). */
  error?: string;
}

interface RunConfig {
  resultFile: string;
  grep?: string;
}

function readRunConfig(): RunConfig {
  const fromEnv = process.env.BRAZE_EXTENSION_TESTS_RESULT;
  const file = path.join(__dirname, '..', 'run-config.json');
  const config: RunConfig = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { resultFile: '' };
  if (fromEnv) config.resultFile = fromEnv;
  if (process.env.BRAZE_EXTENSION_TESTS_GREP) config.grep = process.env.BRAZE_EXTENSION_TESTS_GREP;
  if (!config.resultFile) throw new Error(`no result file: set BRAZE_EXTENSION_TESTS_RESULT or write ${file}`);
  return config;
}

function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, file);
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

export async function run(): Promise<void> {
  const config = readRunConfig();
  const progressFile = `${config.resultFile}.progress`;
  const result: SuiteResult = {
    vscodeVersion: vscode.version,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop',
    remoteName: vscode.env.remoteName ?? null,
    passed: 0,
    failed: 0,
    pending: 0,
    tests: [],
  };
  const record = (outcome: TestOutcome): void => {
    result.tests.push(outcome);
    result[outcome.state]++;
    fs.appendFileSync(progressFile, `${JSON.stringify(outcome)}\n`);
  };
  fs.mkdirSync(path.dirname(progressFile), { recursive: true });
  fs.writeFileSync(progressFile, '');

  try {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
    if (config.grep) mocha.grep(config.grep);
    const files = fs
      .readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.js'))
      .sort();
    if (files.length === 0) throw new Error(`no *.test.js next to ${__filename}`);
    for (const f of files) mocha.addFile(path.join(__dirname, f));

    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (t) => record({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      runner.on('fail', (t, err) => record({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: describeError(err) }));
      runner.on('pending', (t) => record({ title: t.fullTitle(), state: 'pending' }));
    });
  } catch (err) {
    result.error = describeError(err);
    result.failed++;
  }

  writeAtomically(config.resultFile, JSON.stringify(result, null, 2));
  if (result.failed > 0) {
    // VS Code reports a rejected run() as a failed test run (the desktop runner's exit code).
    throw new Error(`${result.failed} extension-host test(s) failed`);
  }
}

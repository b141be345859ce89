// Runs the extension-host suite (test/extension/suite/) inside a real VS Code on this machine:
// code-server 4.100.3 (VS Code 1.100.3's server and web workbench, installed by
// scripts/vscode/setup-code-server.sh) on 127.0.0.1, its workbench opened in headless Debian
// Chromium through playwright-core, with this repository as the extension under development and
// the compiled suite as the test runner. Assumes `npm run build` ran (dist/client.js, dist/server.js).
//
// Prints a line per test, then `N passed, M failed` alone on a line; exits 1 on any failure or
// timeout, 2 when something it needs is missing. code-server (its process group: the extension
// host and the language server with it) and the browser are always stopped, on SIGINT too.
//
// Usage: node scripts/vscode/run-extension-tests.mjs [--timeout=SECONDS] [--grep=PATTERN] [--keep]
//   --timeout  how long to wait for the suite's result once the workbench is open (default 180)
//   --grep     run only the tests whose full title matches
//   --keep     keep the temporary folder (logs, user data) even when every test passed
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSuite, root, suiteIndex, testWorkspace, writeRunConfig } from './build-suite.mjs';
import { CODE_SERVER_VERSION, launchBrowser, loopbackContext, missingPrerequisite, sleep, startCodeServer, within, workbenchUrl } from './code-server.mjs';
import { counts, printProgress, printSummary } from './report.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) usage(`unexpected argument ${a}`);
    return [m[1], m[2] ?? true];
  }),
);
for (const k of Object.keys(args)) if (!['timeout', 'grep', 'keep'].includes(k)) usage(`unknown option --${k}`);
const resultTimeoutMs = Number(args.timeout ?? 180) * 1000;
if (!(resultTimeoutMs > 0)) usage('--timeout wants a number of seconds');

function usage(message) {
  console.error(`run-extension-tests: ${message}\nusage: node scripts/vscode/run-extension-tests.mjs [--timeout=SECONDS] [--grep=PATTERN] [--keep]`);
  process.exit(2);
}

const log = (line) => console.log(`[vscode-tests] ${line}`);

// --- Preconditions ----------------------------------------------------------------------------
const missing = missingPrerequisite();
if (missing) {
  console.error(missing);
  process.exit(2);
}

// --- State that cleanup() undoes ---------------------------------------------------------------
const startedAt = Date.now();
const tmp = mkdtempSync(join(tmpdir(), 'braze-vscode-tests-'));
let codeServer; // startCodeServer()'s handle: stop() ends its process group
let browser; // playwright Browser
let cleaning;

async function cleanup() {
  cleaning ??= (async () => {
    if (browser) {
      const closed = await within(10_000, browser.close().then(() => true, () => true));
      if (!closed) log('the browser did not close within 10 s (playwright kills it when this process exits)');
    }
    await codeServer?.stop();
  })();
  return cleaning;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping code-server and the browser`);
    cleanup().finally(() => {
      rmSync(tmp, { recursive: true, force: true });
      console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  });
}

// --- The run ---------------------------------------------------------------------------------
let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  console.error(`[vscode-tests] ${err instanceof Error ? err.stack : err}`);
  printLogTail();
  console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
  exitCode = 1;
} finally {
  await cleanup();
  if (exitCode === 0 && !args.keep) {
    rmSync(tmp, { recursive: true, force: true });
  } else {
    const kept = join(root, '.vscode-test', 'logs', new Date(startedAt).toISOString().replace(/[:.]/g, '-'));
    mkdirSync(kept, { recursive: true });
    try {
      cpSync(tmp, kept, { recursive: true, filter: (src) => !src.startsWith(join(tmp, 'extensions')) && !src.endsWith('.sock') });
    } catch (err) {
      log(`could not copy all the logs: ${err.message}`);
    }
    rmSync(tmp, { recursive: true, force: true });
    log(`logs and user data kept in ${kept.slice(root.length + 1)}`);
  }
}
process.exit(exitCode);

async function main() {
  const { tests } = await buildSuite();
  log(`suite built: ${tests.join(', ')}`);

  const resultFile = join(tmp, 'result.json');
  const progressFile = `${resultFile}.progress`;
  writeRunConfig({ resultFile, grep: typeof args.grep === 'string' ? args.grep : undefined });

  log(`starting code-server ${CODE_SERVER_VERSION}`);
  codeServer = await startCodeServer({
    tmp,
    workspace: testWorkspace,
    onSpawn: (s) => (codeServer = s),
    // The same result file as run-config.json, for extension hosts that see the server's environment.
    env: { BRAZE_EXTENSION_TESTS_RESULT: resultFile },
  });
  const { base, exit: serverExit } = codeServer;
  log(`code-server ready on ${base} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

  browser = await launchBrowser(tmp);
  // The workbench may talk to this code-server only: anything else is refused (and reported).
  const { context, blocked } = await loopbackContext(browser);
  const page = await context.newPage();
  const consoleLog = createWriteStream(join(tmp, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack ?? e}\n`));

  const url = workbenchUrl(codeServer, testWorkspace, { extensionPath: root, extensionTestsPath: suiteIndex });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  log(`workbench opened; waiting up to ${resultTimeoutMs / 1000} s for the suite`);

  // Print each test as it finishes; stop at the result, a dead server or the timeout.
  const deadline = Date.now() + resultTimeoutMs;
  let printed = 0;
  let serverGone;
  serverExit.then((e) => (serverGone = e));
  while (!existsSync(resultFile)) {
    printed = printProgress(progressFile, printed);
    if (serverGone) throw new Error(`code-server exited (${JSON.stringify(serverGone)}) before the suite finished`);
    if (Date.now() > deadline) {
      // The test that hangs (or the suite's loading) counts as one failure.
      console.log(`  ✗ timed out after ${resultTimeoutMs / 1000} s waiting for the suite's result`);
      printLogTail();
      console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
      return 1;
    }
    await sleep(250);
  }
  printProgress(progressFile, printed);
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  if (blocked.size) log(`refused requests to: ${[...blocked].join(', ')}`);
  log(`${((Date.now() - startedAt) / 1000).toFixed(1)} s in all`);
  if (result.failed > 0) printLogTail();
  return printSummary(result, log);
}

function printLogTail() {
  for (const name of ['code-server.log', 'browser-console.log']) {
    const file = join(tmp, name);
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(-25);
    if (lines.length) console.log(`--- last lines of ${name}\n${lines.join('\n')}\n---`);
  }
}

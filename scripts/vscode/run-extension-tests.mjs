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
import { spawn } from 'node:child_process';
import { createWriteStream, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSuite, root, suiteIndex, testWorkspace, writeRunConfig } from './build-suite.mjs';
import { counts, printProgress, printSummary } from './report.mjs';

const CODE_SERVER_VERSION = '4.100.3';
const codeServerDir = join(root, '.vscode-test', 'code-server');
const entry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const marker = join(codeServerDir, `.installed-${CODE_SERVER_VERSION}`);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  // The flags these offline machines need (scripts/vscode/README.md) ...
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // ... and no DNS at all: with only those, Chromium still looks up accounts.google.com,
  // content-autofill.googleapis.com and update.googleapis.com (seen with strace).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate',
  '--disable-domain-reliability', '--no-pings',
];

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
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** `promise`, or undefined after `ms`. */
const within = (ms, promise) => Promise.race([promise, sleep(ms).then(() => undefined)]);

// --- Preconditions ----------------------------------------------------------------------------
if (!existsSync(marker) || !existsSync(entry)) {
  console.error(`code-server ${CODE_SERVER_VERSION} is not installed in .vscode-test/code-server: run scripts/vscode/setup-code-server.sh`);
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  process.exit(2);
}
for (const f of ['dist/client.js', 'dist/server.js']) {
  if (!existsSync(join(root, f))) {
    console.error(`${f} is missing: run npm run build first`);
    process.exit(2);
  }
}

// --- State that cleanup() undoes ---------------------------------------------------------------
const startedAt = Date.now();
const tmp = mkdtempSync(join(tmpdir(), 'braze-vscode-tests-'));
let codeServer; // ChildProcess, leader of its own process group
let browser; // playwright Browser
let cleaning;

async function cleanup() {
  cleaning ??= (async () => {
    if (browser) {
      const closed = await within(10_000, browser.close().then(() => true, () => true));
      if (!closed) log('the browser did not close within 10 s (playwright kills it when this process exits)');
    }
    if (codeServer && codeServer.exitCode === null && codeServer.signalCode === null) {
      const exited = new Promise((resolve) => codeServer.once('exit', resolve));
      killGroup('SIGTERM');
      if (!(await within(5_000, exited.then(() => true)))) {
        killGroup('SIGKILL');
        await within(2_000, exited);
      }
    }
    // The extension host and the language server may outlive code-server's main process by a moment.
    killGroup('SIGKILL');
  })();
  return cleaning;
}

function killGroup(signal) {
  if (!codeServer?.pid) return;
  try {
    process.kill(-codeServer.pid, signal);
  } catch {
    // the group is gone
  }
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

  const userData = join(tmp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  // Application-wide settings: nothing that reaches out, nothing that opens on its own.
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'workbench.enableExperiments': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'npm.fetchOnlinePackageInfo': false,
        'typescript.disableAutomaticTypeAcquisition': true,
      },
      null,
      2,
    ),
  );
  const configFile = join(tmp, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const codeServerLog = join(tmp, 'code-server.log');
  const out = createWriteStream(codeServerLog);
  const env = {
    ...process.env,
    // No marketplace (open-vsx.org) queries: an empty gallery turns the gallery off.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '', itemUrl: '', resourceUrlTemplate: '', controlUrl: '', recommendationsUrl: '' }),
    // The same result file as run-config.json, for extension hosts that see the server's environment.
    BRAZE_EXTENSION_TESTS_RESULT: resultFile,
    XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
    XDG_DATA_HOME: join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: join(tmp, 'xdg-cache'),
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  const codeServerArgs = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--config', configFile,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--user-data-dir', userData,
    '--extensions-dir', join(tmp, 'extensions'),
    testWorkspace,
  ];
  log(`starting code-server ${CODE_SERVER_VERSION} on ${base}`);
  codeServer = spawn(process.execPath, codeServerArgs, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  codeServer.stdout.pipe(out, { end: false });
  codeServer.stderr.pipe(out, { end: false });
  const serverExit = new Promise((resolve) => codeServer.once('exit', (code, signal) => resolve({ code, signal })));

  await waitForServer(`${base}/healthz`, serverExit, 30_000);
  log(`code-server ready after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    // Chromium's crash database and dconf cache go to the temporary folder, not to ~/.config and ~/.cache.
    env: { ...process.env, XDG_CONFIG_HOME: join(tmp, 'browser-config'), XDG_CACHE_HOME: join(tmp, 'browser-cache') },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 30_000,
  });
  const context = await browser.newContext();
  const blocked = new Set();
  // The workbench may talk to this code-server only: anything else is refused (and reported).
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && /^(https?|wss?):$/.test(url.protocol),
    (route) => {
      blocked.add(new URL(route.request().url()).origin);
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  const consoleLog = createWriteStream(join(tmp, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack ?? e}\n`));

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(path).pathname}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(suiteIndex)],
  ];
  const url = `${base}/?folder=${encodeURIComponent(testWorkspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
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

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, exit, timeoutMs) {
  let exited;
  exit.then((e) => (exited = e));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited at start (${JSON.stringify(exited)})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000} s`);
}

// Runs the extension-host suite (test/extension/suite/) inside a real VS Code on this machine:
// code-server 4.100.3 (VS Code 1.100.3's server and web workbench, installed by
// scripts/vscode/setup-code-server.sh) on 127.0.0.1, its workbench opened in headless Debian
// Chromium through playwright-core. The extension under test is the packaged VSIX, installed into
// each pass's extensions folder with code-server's --install-extension; the compiled suite, copied
// into that installed folder, is the test runner, and a stub is the development extension VS Code
// wants for it (scripts/vscode/installed-extension.mjs). Assumes `npm run package` ran.
//
// Three passes, one code-server each, against ONE Salesforce stand-in (salesforce-standin/, started
// here in this process on 127.0.0.1:<free port> before code-server, stopped after; its URL goes to
// the suite in run-config.json as `standinUrl`, and in $BRAZE_STANDIN_URL):
//   trusted    test/extension/suite/ on test/workspace, workspace trust disabled (= trusted);
//   reopened   test/extension/reopened/ on test/workspace, trusted, on a copy of the trusted pass's
//              user data (its workspace storage included) and on its port (the workbench keys a
//              folder's workspace storage by its vscode-remote:// URI, port included): VS Code and
//              its extension host restarted, for what must outlive them (the send history). The
//              trusted suite leaves what it expects there in run-config's `handoffFile`;
//   untrusted  test/extension/untrusted/ on test/workspace, workspace trust ENABLED and the folder
//              not trusted (Restricted Mode), brazeWebhooks.instanceUrlOverride = the stand-in in
//              the USER settings, so that a send the extension failed to refuse would reach it;
//   locale     test/extension/locale/ on test/workspace, trusted, with VS Code's display language
//              set to Korean (code-server --locale ko): the manifest, client and server in Korean.
//
// While a pass runs, the suite may ask this runner for what only the browser sees (helpers.ts
// `harness()`): a request file in run-config's `harnessDir`, answered with a response file. The
// actions are HARNESS below (a webview's scroll position).
//
// Prints a line per test, then `N passed, M failed` (both passes together) alone on a line; exits
// 1 on any failure or timeout, 2 when something it needs is missing. code-server (its process
// group: the extension host and the language server with it), the browser and the stand-in are
// always stopped, on SIGINT too. test/workspace/.vscode/settings.json (the trusted suite changes
// it for a while, and puts it back) is restored if a run leaves it changed.
//
// Usage: node scripts/vscode/run-extension-tests.mjs [--trusted | --untrusted | --locale] [--timeout=SECONDS] [--grep=PATTERN] [--keep]
//   --trusted    run the trusted passes only (test/extension/suite/, then test/extension/reopened/)
//   --untrusted  run the untrusted pass only (test/extension/untrusted/)
//   --locale     run the display-language pass only (test/extension/locale/, VS Code in Korean)
//   --timeout    how long to wait for a pass's result once its workbench is open (default 180)
//   --grep       run only the tests whose full title matches (in each pass)
//   --keep       keep the temporary folder (logs, user data) even when every test passed
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSuite, root, testWorkspace, writeRunConfig } from './build-suite.mjs';
import { CODE_SERVER_VERSION, installVsix, launchBrowser, loopbackContext, missingPrerequisite, sleep, startCodeServer, within, workbenchUrl } from './code-server.mjs';
import { placeSuite, writeStubExtension } from './installed-extension.mjs';
import { registerLanguagePack, stubLanguagePack } from './language-pack.mjs';
import { counts, indent, printProgress } from './report.mjs';
import { startTestStandin } from './standin.mjs';

const USAGE = 'usage: node scripts/vscode/run-extension-tests.mjs [--trusted | --untrusted | --locale] [--timeout=SECONDS] [--grep=PATTERN] [--keep]';
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) usage(`unexpected argument ${a}`);
    return [m[1], m[2] ?? true];
  }),
);
for (const k of Object.keys(args)) if (!['timeout', 'grep', 'keep', 'trusted', 'untrusted', 'locale'].includes(k)) usage(`unknown option --${k}`);
const resultTimeoutMs = Number(args.timeout ?? 180) * 1000;
if (!(resultTimeoutMs > 0)) usage('--timeout wants a number of seconds');
if ([args.trusted, args.untrusted, args.locale].filter(Boolean).length > 1) usage('--trusted, --untrusted and --locale exclude each other (give none to run every pass)');
const grep = typeof args.grep === 'string' ? args.grep : undefined;

function usage(message) {
  console.error(`run-extension-tests: ${message}\n${USAGE}`);
  process.exit(2);
}

const log = (line) => console.log(`[vscode-tests] ${line}`);

/** The passes: which tests, on which folder, with which trust; `after`: the pass whose user data it starts from. */
const PASSES = {
  trusted: { dir: 'suite', workspace: testWorkspace, workspaceTrust: false, settings: () => ({}) },
  reopened: { dir: 'reopened', workspace: testWorkspace, workspaceTrust: false, settings: () => ({}), after: 'trusted' },
  untrusted: {
    dir: 'untrusted',
    workspace: testWorkspace,
    workspaceTrust: true,
    settings: (standinUrl) => ({
      'security.workspace.trust.enabled': true,
      // No trust dialog at start: the folder simply stays untrusted (Restricted Mode).
      'security.workspace.trust.startupPrompt': 'never',
      // A user setting (a workspace one is ignored in Restricted Mode): if Send Test Request did
      // not refuse, its requests WOULD reach the stand-in, and the untrusted suite would see them.
      'brazeWebhooks.instanceUrlOverride': standinUrl,
    }),
  },
  locale: { dir: 'locale', workspace: testWorkspace, workspaceTrust: false, settings: () => ({}), locale: 'ko' },
};
const passNames = args.trusted ? ['trusted', 'reopened'] : args.untrusted ? ['untrusted'] : args.locale ? ['locale'] : ['trusted', 'reopened', 'untrusted', 'locale'];

// --- Preconditions ----------------------------------------------------------------------------
const missing = missingPrerequisite();
if (missing) {
  console.error(missing);
  process.exit(2);
}

// --- State that cleanup() undoes ---------------------------------------------------------------
const startedAt = Date.now();
const tmp = mkdtempSync(join(tmpdir(), 'braze-vscode-tests-'));
const workspaceSettingsFile = join(testWorkspace, '.vscode', 'settings.json');
const workspaceSettingsBefore = existsSync(workspaceSettingsFile) ? readFileSync(workspaceSettingsFile, 'utf8') : undefined;
let standin; // startTestStandin()'s handle
let codeServer; // startCodeServer()'s handle: stop() ends its process group
let browser; // playwright Browser
let cleaning;
/** The port each pass's code-server listened on: a pass that starts from another's user data takes its port too. */
const ports = {};

/** Stops the current pass's browser and code-server. */
async function stopVsCode() {
  if (browser) {
    const b = browser;
    browser = undefined;
    const closed = await within(10_000, b.close().then(() => true, () => true));
    if (!closed) log('the browser did not close within 10 s (playwright kills it when this process exits)');
  }
  if (codeServer) {
    const c = codeServer;
    codeServer = undefined;
    await c.stop();
  }
}

async function cleanup() {
  cleaning ??= (async () => {
    await stopVsCode();
    await standin?.close();
    restoreWorkspaceSettings();
  })();
  return cleaning;
}

/** Puts test/workspace/.vscode/settings.json back as it was when the run started, and says so. */
function restoreWorkspaceSettings() {
  const now = existsSync(workspaceSettingsFile) ? readFileSync(workspaceSettingsFile, 'utf8') : undefined;
  if (now === workspaceSettingsBefore) return;
  if (workspaceSettingsBefore === undefined) rmSync(workspaceSettingsFile, { force: true });
  else writeFileSync(workspaceSettingsFile, workspaceSettingsBefore);
  log(`test/workspace/.vscode/settings.json was left changed by the suite; restored. It held:\n${now ?? '(deleted)'}`);
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping code-server, the browser and the Salesforce stand-in`);
    cleanup().finally(() => {
      rmSync(tmp, { recursive: true, force: true });
      console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  });
}

// --- What the suite may ask of the browser ---------------------------------------------------
/**
 * What the suite may ask of the browser, by action: each gets the page and the request, and
 * resolves with what goes back. Result views are found by their title (`#title` in
 * client/src/send/result-html.ts).
 */
const HARNESS = {
  /** Scrolls the result view titled `title` to its end; its scroll position after. */
  async scrollResultView(page, { title }) {
    const frame = await resultFrame(page, title);
    return frame.evaluate(() => {
      const s = document.scrollingElement;
      s.scrollTop = s.scrollHeight;
      return { top: s.scrollTop, height: s.scrollHeight, view: s.clientHeight };
    });
  },
  /** The scroll position of the result view titled `title`, once VS Code has put it where it keeps it (the highest seen in a second). */
  async resultViewScroll(page, { title }) {
    const frame = await resultFrame(page, title);
    let seen;
    for (let i = 0; i < 10; i++) {
      const now = await frame.evaluate(() => ({ top: document.scrollingElement.scrollTop, height: document.scrollingElement.scrollHeight, view: document.scrollingElement.clientHeight }));
      if (!seen || now.top > seen.top) seen = now;
      await sleep(100);
    }
    return seen;
  },
};

async function resultFrame(page, title, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const shown = await frame.evaluate(() => document.querySelector('h1#top #title')?.textContent ?? null).catch(() => null);
      if (shown === title) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no result view titled ${JSON.stringify(title)} in the workbench`);
    await sleep(200);
  }
}

/** Answers the suite's requests in `dir` (`<id>.request.json` → `<id>.response.json`, written whole). */
async function answerHarness(page, dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.request.json'))) {
    const file = join(dir, name);
    const request = JSON.parse(readFileSync(file, 'utf8'));
    rmSync(file);
    let response;
    try {
      if (!Object.hasOwn(HARNESS, request.action)) throw new Error(`unknown action ${request.action}`);
      response = { ok: true, value: await HARNESS[request.action](page, request) };
    } catch (err) {
      response = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    const out = join(dir, name.replace(/\.request\.json$/, '.response.json'));
    writeFileSync(`${out}.partial`, JSON.stringify(response));
    renameSync(`${out}.partial`, out);
  }
}

// --- The run ---------------------------------------------------------------------------------
let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  console.error(`[vscode-tests] ${err instanceof Error ? err.stack : err}`);
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
      cpSync(tmp, kept, { recursive: true, filter: (src) => !passNames.some((p) => src === join(tmp, p, 'extensions')) && !src.endsWith('.sock') });
    } catch (err) {
      log(`could not copy all the logs: ${err.message}`);
    }
    rmSync(tmp, { recursive: true, force: true });
    log(`logs and user data kept in ${kept.slice(root.length + 1)} (a folder per pass, and standin.log)`);
  }
}
process.exit(exitCode);

async function main() {
  standin = await startTestStandin({ logFile: join(tmp, 'standin.log') });
  log(`Salesforce stand-in on ${standin.url}`);

  const total = { passed: 0, failed: 0 };
  for (const name of passNames) {
    const outcome = await runPass(name);
    total.passed += outcome.passed;
    total.failed += outcome.failed;
  }
  log(`${((Date.now() - startedAt) / 1000).toFixed(1)} s in all`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed === 0 && total.passed > 0 ? 0 : 1;
}

/** One pass: build its tests, start code-server and the browser, wait for the result, stop them. */
async function runPass(name) {
  const pass = PASSES[name];
  const passStarted = Date.now();
  const passTmp = join(tmp, name);
  mkdirSync(passTmp, { recursive: true });
  const before = { ...counts };
  const { tests } = await buildSuite({ dir: pass.dir });
  log(`${name} pass: suite built (test/extension/${pass.dir}/): ${tests.join(', ')}`);

  // Each pass starts from an empty stand-in: no Lead, no request logged, no token, no failure queued.
  standin.control.reset({ tokens: true });

  const resultFile = join(passTmp, 'result.json');
  const progressFile = `${resultFile}.progress`;
  const logsDir = join(passTmp, 'user-data', 'logs');
  const extensionsDir = join(passTmp, 'extensions');
  const harnessDir = join(passTmp, 'harness');
  const handoffFile = join(tmp, 'history-handoff.json');
  writeRunConfig({ resultFile, grep, pass: name, standinUrl: standin.url, logsDir, extensionsDir, harnessDir, handoffFile });

  try {
    if (pass.after) {
      // The user data as the last pass left it (its logs and sockets aside): a restart.
      const from = join(tmp, pass.after, 'user-data');
      if (!existsSync(from)) throw new Error(`the ${name} pass needs the ${pass.after} pass to have run first`);
      cpSync(from, join(passTmp, 'user-data'), { recursive: true, filter: (src) => src !== join(from, 'logs') && !src.endsWith('.sock') });
    }
    // The extension under test is the VSIX, installed as a user installs it; the suite goes into
    // its folder (see installed-extension.mjs) and a stub is the development extension.
    // code-server shows a display language only with a language pack for it (language-pack.mjs).
    if (pass.locale) {
      await installVsix({ tmp: passTmp, extensionsDir, vsix: stubLanguagePack(join(passTmp, 'language-pack'), pass.locale) });
      registerLanguagePack(join(passTmp, 'user-data'), extensionsDir, pass.locale);
    }
    const extensionPath = await installVsix({ tmp: passTmp, extensionsDir });
    const suiteIndex = placeSuite(extensionPath, pass.dir);
    const stub = writeStubExtension(join(passTmp, 'stub-extension'));
    log(`${name} pass: VSIX installed into ${extensionPath.slice(passTmp.length + 1)}`);
    log(`${name} pass: starting code-server ${CODE_SERVER_VERSION}${pass.workspaceTrust ? ' with workspace trust enabled' : ''}`);
    codeServer = await startCodeServer({
      tmp: passTmp,
      port: pass.after ? ports[pass.after] : undefined,
      workspace: pass.workspace,
      onSpawn: (s) => (codeServer = s),
      workspaceTrust: pass.workspaceTrust,
      locale: pass.locale,
      extensionsDir,
      settings: pass.settings(standin.url),
      // The same as run-config.json, for extension hosts that see the server's environment.
      env: { BRAZE_EXTENSION_TESTS_RESULT: resultFile, BRAZE_STANDIN_URL: standin.url, BRAZE_EXTENSION_TESTS_LOGS: logsDir },
    });
    const { base, exit: serverExit } = codeServer;
    ports[name] = codeServer.port;
    log(`${name} pass: code-server ready on ${base} after ${((Date.now() - passStarted) / 1000).toFixed(1)} s`);

    browser = await launchBrowser(passTmp);
    // The workbench may talk to this code-server only: anything else is refused (and reported).
    const { context, blocked } = await loopbackContext(browser);
    const page = await context.newPage();
    const consoleLog = createWriteStream(join(passTmp, 'browser-console.log'));
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack ?? e}\n`));

    const url = workbenchUrl(codeServer, pass.workspace, { extensionPath: stub, extensionTestsPath: suiteIndex });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    log(`${name} pass: workbench opened; waiting up to ${resultTimeoutMs / 1000} s for the suite`);

    // Print each test as it finishes; stop at the result, a dead server or the timeout.
    const deadline = Date.now() + resultTimeoutMs;
    let printed = 0;
    let serverGone;
    serverExit.then((e) => (serverGone = e));
    while (!existsSync(resultFile)) {
      printed = printProgress(progressFile, printed);
      await answerHarness(page, harnessDir);
      if (serverGone) throw new Error(`code-server exited (${JSON.stringify(serverGone)}) before the suite finished`);
      if (Date.now() > deadline) {
        // The test that hangs (or the suite's loading) counts as one failure.
        console.log(`  ✗ ${name} pass: timed out after ${resultTimeoutMs / 1000} s waiting for the suite's result`);
        printLogTail(passTmp);
        return { passed: counts.passed - before.passed, failed: counts.failed - before.failed + 1 };
      }
      await sleep(250);
    }
    printProgress(progressFile, printed);
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    if (blocked.size) log(`${name} pass: refused requests to: ${[...blocked].join(', ')}`);
    if (result.error) console.log(`  ✗ ${name} pass: the suite could not run: ${indent(result.error)}`);
    let failed = result.failed;
    if (result.passed === 0 && result.failed === 0 && !grep) {
      console.log(`  ✗ ${name} pass: no test ran`);
      failed++;
    }
    if (failed > 0) printLogTail(passTmp);
    log(
      `${name} pass: VS Code ${result.vscodeVersion} (${result.uiKind}${result.remoteName ? `, remote ${result.remoteName}` : ''}): ` +
        `${result.passed} passed, ${failed} failed in ${((Date.now() - passStarted) / 1000).toFixed(1)} s`,
    );
    return { passed: result.passed, failed };
  } catch (err) {
    console.log(`  ✗ ${name} pass: ${err instanceof Error ? err.message : err}`);
    printLogTail(passTmp);
    return { passed: counts.passed - before.passed, failed: counts.failed - before.failed + 1 };
  } finally {
    await stopVsCode();
  }
}

function printLogTail(dir) {
  for (const file of [join(dir, 'code-server.log'), join(dir, 'browser-console.log'), join(tmp, 'standin.log')]) {
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(-25);
    if (lines.length) console.log(`--- last lines of ${file.slice(tmp.length + 1)}\n${lines.join('\n')}\n---`);
  }
}

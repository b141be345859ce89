// Starting and stopping code-server 4.100.3 (VS Code 1.100.3's server and web workbench, installed
// by scripts/vscode/setup-code-server.sh into .vscode-test/code-server/) and the headless Debian
// Chromium that drives it, and installing the packaged VSIX into it. Shared by
// run-extension-tests.mjs (the extension-host suite), ui-test.mjs (the workbench driven through
// its UI) and scripts/start.mjs (`npm start`).
//
// Everything listens on 127.0.0.1 and reaches nothing else: code-server gets an empty extension
// gallery, the browser a host-resolver rule that resolves no name but 127.0.0.1/localhost and a
// route that aborts any other request (see scripts/vscode/README.md, "Network").
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vsixFile } from '../vsix-paths.mjs';
import { root } from './build-suite.mjs';
import { installedExtensionPath, missingVsix } from './installed-extension.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
export const codeServerDir = join(root, '.vscode-test', 'code-server');
export const entry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const marker = join(codeServerDir, `.installed-${CODE_SERVER_VERSION}`);
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  // The flags these offline machines need (scripts/vscode/README.md) ...
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // ... and no DNS at all: with only those, Chromium still looks up accounts.google.com,
  // content-autofill.googleapis.com and update.googleapis.com (seen with strace).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate',
  '--disable-domain-reliability', '--no-pings',
];

/** Application-wide settings: nothing that reaches out, nothing that opens on its own. */
export const QUIET_SETTINGS = {
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
};

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** `promise`, or undefined after `ms`. */
export const within = (ms, promise) => Promise.race([promise, sleep(ms).then(() => undefined)]);

/** Why code-server or Chromium cannot be used here (a message), or undefined. */
export function missingPrerequisite({ browser = true } = {}) {
  if (!existsSync(marker) || !existsSync(entry)) {
    return `code-server ${CODE_SERVER_VERSION} is not installed in .vscode-test/code-server: run npm run setup:vscode (scripts/vscode/setup-code-server.sh)`;
  }
  if (browser && !existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`;
  return missingVsix();
}

export function freePort() {
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

/**
 * Starts code-server on 127.0.0.1:<port> (a free one by default) with its user data, extensions
 * and config under `tmp`, its output in `tmp/code-server.log`, in its own process group, and waits
 * until it answers /healthz. `workspace`: the folder opened when the URL has no ?folder=.
 * `settings`: added to QUIET_SETTINGS in the user settings. `env`: added to its environment (the
 * extension host inherits it). `workspaceTrust`: true starts it without `--disable-workspace-trust`
 * (workspace trust then also needs `settings: { 'security.workspace.trust.enabled': true }`).
 * `locale`: VS Code's display language (`--locale`, e.g. `ko`); English when absent.
 *
 * Returns { port, base, process, exit, remote(path), stop() }: `exit` resolves with { code, signal }
 * when it exits; `remote` makes the vscode-remote:// URI the workbench wants for a server path;
 * `stop()` stops the whole process group (SIGTERM, SIGKILL after 5 s), extension host and
 * language server included, and may be called any number of times. `onSpawn(handle)` is called
 * with the same handle as soon as the process exists (before it answers), so that a Ctrl-C during
 * the start can stop it too.
 */
export async function startCodeServer({ tmp, workspace, port, settings = {}, env: extraEnv = {}, extensionsDir = join(tmp, 'extensions'), timeoutMs = 30_000, onSpawn, workspaceTrust = false, locale }) {
  const userData = join(tmp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const configFile = join(tmp, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');

  port ??= await freePort();
  const base = `http://127.0.0.1:${port}`;
  const out = createWriteStream(join(tmp, 'code-server.log'));
  const env = codeServerEnv(tmp, extraEnv);
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--config', configFile,
    '--disable-telemetry',
    '--disable-update-check',
    // workspaceTrust: true leaves workspace trust on (also pass settings
    // { 'security.workspace.trust.enabled': true }): the untrusted pass of run-extension-tests.mjs.
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--disable-proxy',
    ...(locale ? ['--locale', locale] : []),
    '--user-data-dir', userData,
    '--extensions-dir', extensionsDir,
    ...(workspace ? [workspace] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const killGroup = (signal) => {
    if (!child.pid) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone
    }
  };
  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup('SIGTERM');
        if (!(await within(5_000, exit.then(() => true)))) {
          killGroup('SIGKILL');
          await within(2_000, exit);
        }
      }
      // The extension host and the language server may outlive code-server's main process by a moment.
      killGroup('SIGKILL');
    })());

  const server = {
    port,
    base,
    process: child,
    exit,
    stop,
    remote: (path) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(path).pathname}`,
  };
  onSpawn?.(server);
  try {
    await waitForServer(`${base}/healthz`, exit, timeoutMs);
  } catch (err) {
    await stop();
    throw err;
  }
  return server;
}

/** code-server's environment: its config, data and caches under `tmp`, no extension gallery. */
function codeServerEnv(tmp, extraEnv = {}) {
  const env = {
    ...process.env,
    // No marketplace (open-vsx.org) queries: an empty gallery turns the gallery off.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '', itemUrl: '', resourceUrlTemplate: '', controlUrl: '', recommendationsUrl: '' }),
    XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
    XDG_DATA_HOME: join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: join(tmp, 'xdg-cache'),
    ...extraEnv,
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

/**
 * Installs the packaged VSIX into `extensionsDir` (by default the one startCodeServer() gives
 * code-server for the same `tmp`) with code-server's own `--install-extension`, as a user would,
 * and resolves with the installed extension's folder.
 */
export async function installVsix({ tmp, extensionsDir = join(tmp, 'extensions'), timeoutMs = 60_000, vsix = vsixFile }) {
  mkdirSync(tmp, { recursive: true });
  const args = [entry, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', join(tmp, 'user-data')];
  const child = spawn(process.execPath, args, { cwd: root, env: codeServerEnv(tmp), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ended = await within(timeoutMs, exit);
  if (!ended) {
    child.kill('SIGKILL');
    throw new Error(`code-server --install-extension did not end within ${timeoutMs / 1000} s:\n${output}`);
  }
  if (ended.code !== 0) throw new Error(`code-server --install-extension failed (${JSON.stringify(ended)}):\n${output}`);
  // Another VSIX (a stub language pack): nothing to find.
  return vsix === vsixFile ? installedExtensionPath(extensionsDir) : undefined;
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

/** Launches headless Chromium (its crash database and caches under `tmp`), signals left to the caller. */
export async function launchBrowser(tmp) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: join(tmp, 'browser-config'), XDG_CACHE_HOME: join(tmp, 'browser-cache') },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 30_000,
  });
}

/**
 * A browser context that may talk to 127.0.0.1/localhost only: anything else is aborted and its
 * origin added to the returned `blocked` set. `options`: playwright's newContext options.
 */
export async function loopbackContext(browser, options = {}) {
  const context = await browser.newContext(options);
  const blocked = new Set();
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && /^(https?|wss?):$/.test(url.protocol),
    (route) => {
      blocked.add(new URL(route.request().url()).origin);
      return route.abort('blockedbyclient');
    },
  );
  return { context, blocked };
}

/**
 * The workbench URL of `server` opened on `folder`; `extensionPath`: a development extension to
 * load (the extension tests' stub), `extensionTestsPath`: the suite to run.
 */
export function workbenchUrl(server, folder, { extensionPath, extensionTestsPath } = {}) {
  const payload = [];
  if (extensionPath) payload.push(['extensionDevelopmentPath', server.remote(extensionPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', server.remote(extensionTestsPath)]);
  return `${server.base}/?folder=${encodeURIComponent(folder)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
}

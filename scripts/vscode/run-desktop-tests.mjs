// Runs the extension-host suite (test/extension/suite/) in desktop VS Code with
// @vscode/test-electron, for machines that can download VS Code (a laptop, a public CI). On the
// offline machines use run-extension-tests.mjs (code-server): the same suite, the same output.
// As there, the extension under test is the packaged VSIX, installed with VS Code's own CLI
// (test-electron's resolveCliArgsFromVSCodeExecutablePath, `--install-extension`) into this run's
// extensions folder; the suite is copied into the installed extension and a stub is the
// development extension (installed-extension.mjs). Assumes `npm run package` ran.
//
// Prints a line per test, then `N passed, M failed` alone on a line; exits 1 on a failure or a
// timeout, 2 when VS Code cannot be had (no network to update.code.visualstudio.com and no
// --vscode-executable).
//
// Usage: node scripts/vscode/run-desktop-tests.mjs [--vscode-version=stable|1.100.3|...]
//          [--vscode-executable=PATH] [--timeout=SECONDS] [--grep=PATTERN]
// On Linux without a display, run it under `xvfb-run -a`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vsixFile } from '../vsix-paths.mjs';
import { buildSuite, root, testWorkspace, writeRunConfig } from './build-suite.mjs';
import { installedExtensionPath, missingVsix, placeSuite, writeStubExtension } from './installed-extension.mjs';
import { counts, printProgress, printSummary } from './report.mjs';
import { startTestStandin } from './standin.mjs';

const UPDATE_SERVER = 'https://update.code.visualstudio.com/api/releases/stable';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) usage(`unexpected argument ${a}`);
    return [m[1], m[2] ?? true];
  }),
);
for (const k of Object.keys(args)) if (!['vscode-version', 'vscode-executable', 'timeout', 'grep'].includes(k)) usage(`unknown option --${k}`);
const timeoutMs = Number(args.timeout ?? 600) * 1000;
const version = typeof args['vscode-version'] === 'string' ? args['vscode-version'] : 'stable';
const executable = typeof args['vscode-executable'] === 'string' ? args['vscode-executable'] : process.env.VSCODE_EXECUTABLE;

function usage(message) {
  console.error(
    `run-desktop-tests: ${message}\nusage: node scripts/vscode/run-desktop-tests.mjs [--vscode-version=V] [--vscode-executable=PATH] [--timeout=SECONDS] [--grep=PATTERN]`,
  );
  process.exit(2);
}
const log = (line) => console.log(`[desktop-tests] ${line}`);

const noVsix = missingVsix();
if (noVsix) {
  console.error(noVsix);
  process.exit(2);
}
if (executable && !existsSync(executable)) {
  console.error(`no VS Code at ${executable}`);
  process.exit(2);
}

// A download that cannot happen must say so at once rather than hang: ask the update server first,
// unless VS Code is given or this version is already in test-electron's cache (.vscode-test/).
const cached = existsSync(join(root, '.vscode-test')) && readdirSync(join(root, '.vscode-test')).some((d) => d.startsWith('vscode-') && (version === 'stable' || d.endsWith(version)));
if (!executable) {
  const reason = await reachable(UPDATE_SERVER, 10_000);
  if (reason !== true && !(cached && version !== 'stable')) {
    console.error(
      [
        `[desktop-tests] cannot download VS Code: ${new URL(UPDATE_SERVER).host} is unreachable (${reason}).`,
        '  This machine cannot run the desktop suite. Either:',
        '  - run the same suite in code-server: node scripts/vscode/run-extension-tests.mjs (after scripts/vscode/setup-code-server.sh), or',
        '  - give an installed VS Code: --vscode-executable=/path/to/code (or VSCODE_EXECUTABLE).',
      ].join('\n'),
    );
    process.exit(2);
  }
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  log('no DISPLAY: VS Code desktop needs one on Linux (run this under `xvfb-run -a`)');
}

const { tests } = await buildSuite();
log(`suite built: ${tests.join(', ')}`);
const tmp = mkdtempSync(join(tmpdir(), 'braze-desktop-tests-'));
const resultFile = join(tmp, 'result.json');
// The Salesforce stand-in of the send tests (in this process: it ends with it); VS Code's logs in
// tmp/logs, where the send tests read the extension's log channel.
const standin = await startTestStandin();
log(`Salesforce stand-in on ${standin.url}`);
const logsDir = join(tmp, 'logs');
// A fresh extensions folder and user data: the VSIX is the only extension besides the built-in ones.
const extensionsDir = join(tmp, 'extensions');
const profile = [`--extensions-dir=${extensionsDir}`, `--user-data-dir=${join(tmp, 'user-data')}`];
writeRunConfig({ resultFile, grep: typeof args.grep === 'string' ? args.grep : undefined, pass: 'trusted', standinUrl: standin.url, logsDir, extensionsDir });

let printed = 0;
const ticker = setInterval(() => (printed = printProgress(`${resultFile}.progress`, printed)), 500);
let finished = false;
const stop = (code, why) => {
  if (finished) return;
  finished = true;
  clearInterval(ticker);
  if (why) log(why);
  killDescendants();
  void standin.close();
  rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
};
const timer = setTimeout(() => {
  printed = printProgress(`${resultFile}.progress`, printed);
  console.log(`  ✗ timed out after ${timeoutMs / 1000} s`);
  console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
  stop(1, 'stopping VS Code');
}, timeoutMs);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal === 'SIGINT' ? 130 : 143, `${signal}: stopping VS Code`));

const { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } = await import('@vscode/test-electron');
let launchError;
try {
  // `timeout`: an idle timeout for the download.
  const vscodeExecutablePath = executable ?? (await downloadAndUnzipVSCode({ version, timeout: 30_000 }));
  // VS Code's own CLI installs the VSIX, as a user would, into this run's extensions folder.
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath, { reuseMachineInstall: true });
  const install = spawnSync(cli, [...cliArgs, ...profile, '--install-extension', vsixFile], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (install.status !== 0) throw new Error(`${cli} --install-extension exited with ${install.status ?? install.signal}`);
  const extensionPath = installedExtensionPath(extensionsDir);
  log(`VSIX installed into ${extensionPath}`);
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: writeStubExtension(join(tmp, 'stub-extension')),
    extensionTestsPath: placeSuite(extensionPath, 'suite'),
    extensionTestsEnv: { BRAZE_EXTENSION_TESTS_RESULT: resultFile, BRAZE_STANDIN_URL: standin.url, BRAZE_EXTENSION_TESTS_LOGS: logsDir },
    // No --disable-extensions: it would disable the installed VSIX too; the extensions folder holds it alone.
    launchArgs: [testWorkspace, ...profile, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-telemetry', `--logsPath=${logsDir}`],
  });
} catch (err) {
  launchError = err; // a failed test also lands here (VS Code exits 1); the result file tells which
}
clearTimeout(timer);
clearInterval(ticker);
printed = printProgress(`${resultFile}.progress`, printed);
if (!existsSync(resultFile)) {
  console.error(`[desktop-tests] VS Code ended without a result: ${launchError instanceof Error ? launchError.message : launchError}`);
  console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
  stop(1);
} else {
  stop(printSummary(JSON.parse(readFileSync(resultFile, 'utf8')), log));
}

/** true, or why `url` cannot be fetched within `ms`. */
async function reachable(url, ms) {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(ms) });
    return response.status < 500 ? true : `HTTP ${response.status}`;
  } catch (err) {
    const cause = err?.cause?.code ?? err?.cause?.message ?? err?.name;
    return `${err?.message ?? err}${cause ? `: ${cause}` : ''}`;
  }
}

/** Stops what test-electron started (VS Code and its helpers), found by parent pid in /proc. */
function killDescendants() {
  if (process.platform !== 'linux') return;
  const parents = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(d), ppid);
    } catch {
      // gone
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) if (mine.has(ppid) && !mine.has(pid)) mine.add(pid), (grew = true);
  }
  mine.delete(process.pid);
  for (const pid of mine) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

// Smoke test of `npm start`: runs scripts/start.mjs --no-open --no-build (code-server, no desktop
// VS Code, no browser), waits for it to be ready, then checks that
//   - the Salesforce stand-in answers a token request with the demo connected app,
//   - code-server serves the workbench page of the printed URL, which loads no development extension,
//   - the extension is the VSIX, installed into code-server's extensions folder,
//   - the workspace copy holds .vscode/settings.json pointing at the stand-in and the test user,
// sends SIGINT (as Ctrl-C does) and checks that start.mjs exits, both ports are closed and the
// temporary folder is removed. Prints `N passed, M failed`; exit 1 on a failure. Assumes
// `npm run package` ran.
//
// Usage: node scripts/vscode/start-smoke.mjs [--timeout=SECONDS]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { extensionId } from '../vsix-paths.mjs';
import { root } from './build-suite.mjs';
import { missingPrerequisite, sleep, within } from './code-server.mjs';

const timeoutArg = process.argv.slice(2).find((a) => a.startsWith('--timeout='));
const timeoutMs = Number(timeoutArg?.slice('--timeout='.length) ?? 60) * 1000;
const missing = missingPrerequisite({ browser: false });
if (missing) {
  console.error(missing);
  process.exit(2);
}

const results = { passed: 0, failed: 0 };
async function check(name, fn) {
  try {
    await fn();
    results.passed++;
    console.log(`  ✓ ${name}`);
  } catch (err) {
    results.failed++;
    console.log(`  ✗ ${name}\n      ${err instanceof Error ? err.message : err}`);
  }
}

const started = Date.now();
const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs'), '--no-open', '--no-build'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
const output = [];
let sfUrl;
let workbench;
let workspace;
let installed;
const ready = new Promise((resolve) => {
  createInterface({ input: child.stdout }).on('line', (line) => {
    output.push(line);
    sfUrl ??= /Salesforce stand-in listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
    workbench ??= /^\s+(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)/.exec(line)?.[1];
    workspace ??= /^\[start\] workspace: (\S+)/.exec(line)?.[1];
    installed ??= /^\[start\] extension installed into (\S+)/.exec(line)?.[1];
    if (line === '[start] ready') resolve(true);
  });
});

const isReady = await within(timeoutMs, Promise.race([ready, exited.then(() => false)]));
await check(`npm start --no-open is ready within ${timeoutMs / 1000} s`, () => {
  if (!isReady) throw new Error(`not ready; its output:\n${output.join('\n')}`);
  if (!sfUrl || !workbench || !workspace || !installed) throw new Error(`no stand-in URL, workbench URL, workspace or installed extension in:\n${output.join('\n')}`);
});

if (isReady) {
  await check('the stand-in gives a token to demo-client-id / demo-client-secret', async () => {
    const r = await fetch(`${sfUrl}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=demo-client-id&client_secret=demo-client-secret',
    });
    const body = await r.json();
    if (r.status !== 200 || typeof body.access_token !== 'string') throw new Error(`${r.status} ${JSON.stringify(body)}`);
  });
  await check('code-server serves the workbench page of the printed URL', async () => {
    const r = await fetch(workbench);
    const html = await r.text();
    if (r.status !== 200 || !/vscode-workbench-web-configuration|workbench/.test(html)) throw new Error(`${r.status}: ${html.slice(0, 200)}`);
    if (decodeURIComponent(workbench).includes('extensionDevelopmentPath')) throw new Error(`the URL loads a development extension: ${workbench}`);
  });
  await check("the extension is the VSIX, installed into code-server's extensions folder", () => {
    const inside = relative(join(workspace, '..'), installed);
    if (inside.startsWith('..')) throw new Error(`${installed} is not in start.mjs's temporary folder`);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    if (`${manifest.publisher}.${manifest.name}` !== extensionId) throw new Error(`${installed} holds ${manifest.publisher}.${manifest.name}`);
    for (const folder of ['client', 'server', 'node_modules']) if (existsSync(join(installed, folder))) throw new Error(`the installed extension has ${folder}/`);
    if (/sourceMappingURL/.test(readFileSync(join(installed, 'dist', 'client.js'), 'utf8'))) throw new Error('dist/client.js is the development build');
  });
  await check('the workspace copy points the send command at the stand-in and has the test user', () => {
    const settings = JSON.parse(readFileSync(join(workspace, '.vscode', 'settings.json'), 'utf8'));
    if (settings['brazeWebhooks.instanceUrlOverride'] !== sfUrl) throw new Error(JSON.stringify(settings));
    const jane = JSON.parse(readFileSync(join(workspace, '.braze', 'test-users', 'jane.json'), 'utf8'));
    if (jane.first_name !== 'Jane' || !/^00Q/.test(jane.external_id)) throw new Error(JSON.stringify(jane));
    if (!existsSync(join(workspace, 'create-lead.webhook'))) throw new Error('no create-lead.webhook in the copy');
  });
}

child.kill('SIGINT');
const exit = await within(15_000, exited);
await check('Ctrl-C (SIGINT) stops it: it exits, the ports close, the copy and the installed extension are removed', async () => {
  if (!exit) {
    child.kill('SIGKILL');
    throw new Error('start.mjs did not exit within 15 s of SIGINT');
  }
  await sleep(300);
  for (const url of [sfUrl, workbench].filter(Boolean)) {
    const answered = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(() => true, () => false);
    if (answered) throw new Error(`${new URL(url).origin} still answers`);
  }
  for (const left of [workspace, installed]) if (left && existsSync(left)) throw new Error(`${left} is still there`);
});
console.log(`[start-smoke] ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 && results.passed > 0 ? 0 : 1);

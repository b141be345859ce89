// `npm start`: the extension at work in a real VS Code, against the local Salesforce stand-in.
//
//   1. packages the extension (scripts/package.mjs: the VSIX users install);
//   2. starts the Salesforce stand-in (salesforce-standin/) on 127.0.0.1, a free port, with the demo
//      connected app demo-client-id / demo-client-secret, and creates one Lead in it (Jane Doe);
//   3. copies examples/ to a temporary folder (the repository's examples/ is never changed) and
//      writes into the copy: .vscode/settings.json (brazeWebhooks.instanceUrlOverride = the
//      stand-in, so Send Test Request goes there instead of https://*.my.salesforce.com) and a test
//      user .braze/test-users/jane.json whose external_id is that Lead's id;
//   4. installs the VSIX into a temporary extensions folder and opens VS Code on the copy with
//      it: the desktop `code` when one is on the PATH (`code --extensions-dir <tmp>
//      --install-extension <vsix>`, then a window with that extensions folder and its own user
//      data), else code-server (.vscode-test/code-server/, set up on the first run by
//      scripts/vscode/setup-code-server.sh) on 127.0.0.1, printing the URL to open.
// Runs until Ctrl-C, which stops the stand-in and code-server (a desktop VS Code window is the
// user's to close) and removes the temporary folder (the copy, the installed extension).
//
// Usage: node scripts/start.mjs [--no-open] [--code-server] [--port=N] [--no-build]
//   --no-open      launch no editor: start the stand-in and code-server, print the URL (CI smoke runs)
//   --code-server  use code-server even when a desktop `code` is on the PATH
//   --port=N       code-server's port (default: a free one)
//   --no-build     skip the packaging (the VSIX is up to date)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { root } from './vscode/build-suite.mjs';
import { installVsix, missingPrerequisite, startCodeServer, within, workbenchUrl } from './vscode/code-server.mjs';
import { installedExtensionPath, missingVsix } from './vscode/installed-extension.mjs';
import { vsixFile } from './vsix-paths.mjs';

const DEMO_CLIENT_ID = 'demo-client-id';
const DEMO_CLIENT_SECRET = 'demo-client-secret';
const JANE = {
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane.doe@example.com',
  language: 'en',
  time_zone: 'America/New_York',
  custom_attributes: { company: 'Example Corp' },
};

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m || !['no-open', 'code-server', 'port', 'no-build'].includes(m[1])) usage(`unexpected argument ${a}`);
    return [m[1], m[2] ?? true];
  }),
);
if (args.port !== undefined && !/^\d+$/.test(String(args.port))) usage('--port wants a number');

function usage(message) {
  console.error(`start: ${message}\nusage: node scripts/start.mjs [--no-open] [--code-server] [--port=N] [--no-build]`);
  process.exit(2);
}

const say = (line) => console.log(`[start] ${line}`);
const tmp = mkdtempSync(join(tmpdir(), 'braze-webhooks-start-'));
let standin; // ChildProcess, leader of its own process group
let codeServer; // startCodeServer()'s handle
let stopping;

function stopAll() {
  stopping ??= (async () => {
    await codeServer?.stop();
    if (standin && standin.exitCode === null && standin.signalCode === null) {
      const exited = new Promise((resolve) => standin.once('exit', resolve));
      killGroup(standin, 'SIGTERM');
      if (!(await within(5_000, exited.then(() => true)))) killGroup(standin, 'SIGKILL');
    }
    rmSync(tmp, { recursive: true, force: true });
  })();
  return stopping;
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // gone already
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    say(`${signal}: stopping ${[codeServer && 'code-server', standin && 'the Salesforce stand-in'].filter(Boolean).join(' and ') || 'everything'}`);
    stopAll().finally(() => process.exit(0));
  });
}

try {
  await main();
} catch (err) {
  console.error(`[start] ${err instanceof Error ? err.message : err}`);
  await stopAll();
  process.exit(1);
}

async function main() {
  // 1. The VSIX.
  if (!args['no-build']) {
    say('packaging the extension ...');
    if (spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0) throw new Error('the packaging failed');
  }
  const noVsix = missingVsix();
  if (noVsix) throw new Error(noVsix);

  // 2. The Salesforce stand-in.
  const sfUrl = await startStandin();
  say(`Salesforce stand-in listening on ${sfUrl}`);
  const leadId = await createDemoLead(sfUrl);

  // 3. The workspace: a copy of examples/ pointed at the stand-in.
  const workspace = join(tmp, 'examples');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(
    join(workspace, '.vscode', 'settings.json'),
    `${JSON.stringify(
      {
        // Send Test Request, Preview and Fetch Schema from Org go to the local stand-in, not to https://*.my.salesforce.com.
        'brazeWebhooks.instanceUrlOverride': sfUrl,
        'brazeWebhooks.testUsersFolder': '.braze/test-users',
        'brazeWebhooks.send.timeoutMs': 10000,
      },
      null,
      2,
    )}\n`,
  );
  mkdirSync(join(workspace, '.braze', 'test-users'), { recursive: true });
  writeFileSync(join(workspace, '.braze', 'test-users', 'jane.json'), `${JSON.stringify({ external_id: leadId ?? 'jane-doe', ...JANE }, null, 2)}\n`);
  say(`workspace: ${workspace} (a copy of examples/, removed on Ctrl-C)`);

  // 4. VS Code.
  const desktop = !args['no-open'] && !args['code-server'] ? onPath('code') : undefined;
  let where;
  if (desktop) {
    // Its own extensions folder and user data: the VSIX alone, in a VS Code of its own (a running
    // one would otherwise take the window, with its own extensions).
    const profile = [`--extensions-dir=${join(tmp, 'extensions')}`, `--user-data-dir=${join(tmp, 'user-data')}`];
    const install = spawnSync(desktop, [...profile, '--install-extension', vsixFile], { stdio: 'inherit' });
    if (install.status !== 0) throw new Error(`${desktop} --install-extension exited with ${install.status ?? install.signal}`);
    say(`extension installed into ${installedExtensionPath(join(tmp, 'extensions'))}`);
    const run = spawnSync(desktop, [...profile, '--new-window', workspace], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`${desktop} exited with ${run.status ?? run.signal}`);
    where = 'VS Code opened a window on the workspace, with the extension installed from the VSIX.';
  } else {
    if (missingPrerequisite({ browser: false })) {
      // No desktop VS Code: set up code-server now (once per machine), so one command runs the product.
      say('no desktop `code` on the PATH: setting up code-server (once per machine)');
      spawnSync('bash', [join(root, 'scripts', 'vscode', 'setup-code-server.sh')], { stdio: 'inherit' });
    }
    const missing = missingPrerequisite({ browser: false });
    if (missing) throw new Error(`${missing}\n(no desktop \`code\` on the PATH, so code-server is used)`);
    const installed = await installVsix({ tmp: join(tmp, 'code-server') });
    say(`extension installed into ${installed}`);
    codeServer = await startCodeServer({ tmp: join(tmp, 'code-server'), workspace, port: args.port ? Number(args.port) : undefined, onSpawn: (s) => (codeServer = s) });
    where = `Open in a browser on this machine:\n\n    ${workbenchUrl(codeServer, workspace)}\n\n(code-server ${codeServer.base}, VS Code 1.100.3, no password; the extension is installed from ${relative(root, vsixFile)})`;
    codeServer.exit.then((e) => {
      if (stopping) return;
      say(`code-server exited (${JSON.stringify(e)}); stopping`);
      stopAll().finally(() => process.exit(1));
    });
  }

  console.log(`
${where}

Try it: open create-lead.webhook; the Problems panel lists what Braze's recipe gets wrong; the
quick fixes correct it. Fill in the placeholders with the stand-in's demo connected app:

    [insert_instance_name]   any My Domain name, e.g. demo (the requests go to ${sfUrl})
    [insert_client_id]       ${DEMO_CLIENT_ID}
    [insert_client_secret]   ${DEMO_CLIENT_SECRET}

then "Send Test Request" (above the request line) with the test user Jane Doe
(.braze/test-users/jane.json${leadId ? `, external_id ${leadId}: the Lead the update template patches` : ''}).

Ctrl-C stops the Salesforce stand-in${codeServer ? ' and code-server' : ''}.
`);
  say('ready');
}

/** Starts the stand-in on a free port of 127.0.0.1 in its own process group; resolves with its URL. */
function startStandin() {
  standin = spawn(process.execPath, ['--import', 'tsx', join(root, 'salesforce-standin', 'src', 'main.ts'), '--port', '0'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: standin.stdout });
    const timer = setTimeout(() => reject(new Error('the Salesforce stand-in did not start within 20 s')), 20_000);
    lines.on('line', (line) => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      } else {
        console.log(`[salesforce-standin] ${line}`);
      }
    });
    standin.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the Salesforce stand-in exited (${code ?? signal})`));
      if (!stopping) {
        say('the Salesforce stand-in stopped; stopping');
        stopAll().finally(() => process.exit(1));
      }
    });
  });
}

/** Creates Jane's Lead in the stand-in (as the create template would); its id, or undefined. */
async function createDemoLead(sfUrl) {
  try {
    const token = await fetch(`${sfUrl}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO_CLIENT_ID, client_secret: DEMO_CLIENT_SECRET }),
    }).then((r) => r.json());
    const created = await fetch(`${sfUrl}/services/data/v60.0/sobjects/Lead/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token.access_token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ FirstName: JANE.first_name, LastName: JANE.last_name, Email: JANE.email, Company: JANE.custom_attributes.company }),
    }).then((r) => r.json());
    if (typeof created.id !== 'string') throw new Error(JSON.stringify(created));
    return created.id;
  } catch (err) {
    say(`could not create the demo Lead (${err.message}); the update template's PATCH will answer 404`);
    return undefined;
  }
}

/** The path of `command` on the PATH, or undefined. */
function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

// Drives the workbench through its own UI, as a user would, in code-server (VS Code 1.100.3's web
// workbench) and headless Debian Chromium at 1280x800, with the packaged VSIX installed (code-server's
// --install-extension), on a temporary copy of examples/:
//   1. Ctrl+P opens create-lead.webhook; the language server's squiggles appear;
//   2. typing breaks the Content-Type header (its colon deleted): a squiggle on that line and a
//      header-syntax entry in the Problems panel (Ctrl+Shift+M);
//   3. a completion accepted with the keyboard (a new body key, Ctrl+Space, LeadS, Enter): LeadSource;
//   4. a hover on a body key;
//   5. F1 "Braze Webhooks: New Create-Lead Template...", acme: a new editor with the template.
// Screenshots go to test-results/ui/*.png; `--update-docs-image` also copies the one of the
// extension at work (squiggle, Problems panel and completion list) to docs/images/extension-at-work.png.
// Assumes `npm run package` ran. Prints a line per step, then `N passed, M failed`; exits 1 on a
// failure, 2 when something it needs is missing. Stops code-server and the browser, on SIGINT too.
//
// Usage: node scripts/vscode/ui-test.mjs [--update-docs-image] [--keep]
import { copyFileSync, cpSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './build-suite.mjs';
import { installVsix, launchBrowser, loopbackContext, missingPrerequisite, sleep, startCodeServer, within, workbenchUrl } from './code-server.mjs';

const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!['--update-docs-image', '--keep'].includes(a)) {
    console.error(`ui-test: unknown argument ${a}\nusage: node scripts/vscode/ui-test.mjs [--update-docs-image] [--keep]`);
    process.exit(2);
  }
}
const missing = missingPrerequisite();
if (missing) {
  console.error(missing);
  process.exit(2);
}

const VIEWPORT = { width: 1280, height: 800 };
const shots = join(root, 'test-results', 'ui');
const docsImage = join(root, 'docs', 'images', 'extension-at-work.png');
const log = (line) => console.log(`[ui-test] ${line}`);
const startedAt = Date.now();
const tmp = mkdtempSync(join(tmpdir(), 'braze-vscode-ui-'));
const workspace = join(tmp, 'examples');
let server;
let browser;
let page;
let cleaning;
let interrupted = false;
const results = { passed: 0, failed: 0 };

async function cleanup() {
  cleaning ??= (async () => {
    if (browser) await within(10_000, browser.close().catch(() => {}));
    await server?.stop();
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping code-server and the browser`);
    cleanup().finally(() => {
      rmSync(tmp, { recursive: true, force: true });
      console.log(`${results.passed} passed, ${results.failed + 1} failed`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  });
}

let exitCode = 1;
try {
  await main();
  exitCode = results.failed === 0 && results.passed > 0 ? 0 : 1;
} catch (err) {
  console.error(`[ui-test] ${err instanceof Error ? err.stack : err}`);
  results.failed++;
} finally {
  await cleanup();
  // On Ctrl-C the signal handler reports and exits.
  if (interrupted) await new Promise(() => {});
  if (exitCode === 0 && !args.has('--keep')) {
    rmSync(tmp, { recursive: true, force: true });
  } else {
    const kept = join(root, '.vscode-test', 'logs', `ui-${new Date(startedAt).toISOString().replace(/[:.]/g, '-')}`);
    mkdirSync(kept, { recursive: true });
    try {
      cpSync(tmp, kept, { recursive: true, filter: (src) => !src.startsWith(join(tmp, 'extensions')) && !src.endsWith('.sock') });
    } catch (err) {
      log(`could not copy all the logs: ${err.message}`);
    }
    rmSync(tmp, { recursive: true, force: true });
    log(`logs and user data kept in ${kept.slice(root.length + 1)}`);
  }
  log(`${((Date.now() - startedAt) / 1000).toFixed(1)} s in all`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
}
process.exit(exitCode);

/** Runs one step; a failure is printed, screenshotted and counted, and the next steps still run. */
async function step(name, fn) {
  if (interrupted) return;
  const t0 = Date.now();
  try {
    await fn();
    results.passed++;
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    results.failed++;
    console.log(`  ✗ ${name} (${Date.now() - t0} ms)\n      ${String(err instanceof Error ? err.message : err).split('\n').join('\n      ')}`);
    await shot(`failed-${results.failed}`).catch(() => {});
    // Leave whatever widget was open, so the next step starts from the editor.
    await page.keyboard.press('Escape').catch(() => {});
  }
}

async function shot(name) {
  const file = join(shots, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

async function main() {
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  // A copy of examples/: the test types into its files (and never saves, but a copy is a copy).
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  const installed = await installVsix({ tmp });
  log(`VSIX installed into ${installed.slice(tmp.length + 1)}`);

  server = await startCodeServer({
    tmp,
    workspace,
    onSpawn: (s) => (server = s),
    settings: {
      // A quiet, predictable workbench for the screenshots.
      'window.commandCenter': false,
      'workbench.layoutControl.enabled': false,
      'editor.minimap.enabled': false,
      'chat.commandCenter.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'editor.hover.delay': 150,
      'files.autoSave': 'off',
    },
  });
  log(`code-server ready on ${server.base} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  browser = await launchBrowser(tmp);
  const { context, blocked } = await loopbackContext(browser, { viewport: VIEWPORT, deviceScaleFactor: 1 });
  page = await context.newPage();
  const consoleLog = createWriteStream(join(tmp, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack ?? e}\n`));

  await page.goto(workbenchUrl(server, workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
  // The explorer lists the workspace once the remote file system answers.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'create-lead.webhook' }).waitFor({ timeout: 30_000 });
  log(`workbench ready after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

  const editor = page.locator('.editor-group-container.active .monaco-editor').first();

  await step('Ctrl+P opens create-lead.webhook; the language server underlines its placeholders', async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('create-lead.webhook');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'create-lead.webhook' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'create-lead.webhook' }).waitFor({ timeout: 10_000 });
    await editor.locator('.view-line', { hasText: 'Content-Type: application/json' }).waitFor({ timeout: 10_000 });
    // The status bar shows the language; the squiggles come from the language server.
    await page.locator('.statusbar-item', { hasText: 'Braze Webhook' }).first().waitFor({ timeout: 10_000 });
    await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 30_000 });
    await shot('01-opened');
  });

  await step('deleting the colon of Content-Type: a squiggle on that line and a header-syntax entry in the Problems panel', async () => {
    await goToLine(8);
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Content-Type'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Delete');
    await editor.locator('.view-line', { hasText: /^Content-Type\sapplication\/json$/ }).waitFor({ timeout: 5_000 });
    await waitUntil('a squiggle on the Content-Type line', 20_000, () => lineHasDecoration('Content-Type application/json', 'squiggly-error'));
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'has no colon' });
    await row.first().waitFor({ timeout: 20_000 });
    const text = await row.first().innerText();
    if (!/header-syntax/.test(text)) throw new Error(`the Problems entry does not name header-syntax: ${JSON.stringify(text)}`);
    await shot('02-problems');
  });

  await step('Ctrl+Space at a new body key lists the Lead fields; typing LeadS and Enter inserts "LeadSource"', async () => {
    // Back to the editor (the Problems panel has the focus), on the line of the opening brace.
    await focusEditor();
    await goToLine(10);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.editor-widget.suggest-widget.visible');
    await suggest.waitFor({ timeout: 20_000 });
    // Lead fields the body does not have yet (it has firstName, lastName, email, company).
    await suggest.locator('.monaco-list-row', { hasText: 'AnnualRevenue' }).first().waitFor({ timeout: 10_000 });
    // The screenshot of the extension at work: the broken header's squiggle, the Problems panel
    // and the completion list, all at once.
    await shot('03-completion');
    await page.keyboard.type('LeadS');
    await waitUntil('LeadSource to be the completion in focus', 10_000, async () => /LeadSource/.test((await suggest.locator('.monaco-list-row.focused').first().innerText().catch(() => '')) ?? ''));
    await shot('03b-completion-filtered');
    await page.keyboard.press('Enter');
    await suggest.waitFor({ state: 'hidden', timeout: 5_000 });
    const line = await lineText(11);
    if (!/^\s*"LeadSource"/.test(line)) throw new Error(`line 11 is ${JSON.stringify(line)} after the completion`);
    // Finish the member, so the body is JSON again.
    await page.keyboard.press('End');
    await page.keyboard.type(': "Web",');
    await waitUntil('line 11 to read "LeadSource": "Web",', 5_000, async () => (await lineText(11))?.trim() === '"LeadSource": "Web",');
    await waitUntil('the Problems panel to drop json-invalid', 20_000, async () => (await page.locator('.markers-panel .monaco-list-row', { hasText: 'json-invalid' }).count()) === 0);
  });

  await step('hover over a body key: its Lead field', async () => {
    const key = editor.locator('.view-line', { hasText: '"firstName": ' }).first();
    // Over the "firstName" token: past the two spaces of indentation and the quote.
    await key.hover({ position: { x: 40, y: 8 } });
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'First Name' });
    await hover.first().waitFor({ state: 'visible', timeout: 15_000 });
    await sleep(500); // the hover fades in
    await shot('04-hover');
    await page.mouse.move(640, 20);
  });

  await step('F1 "Braze Webhooks: New Create-Lead Template...", acme: a new editor with the template', async () => {
    await focusEditor();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Braze Webhooks: New Create-Lead Template');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'New Create-Lead Template' }).first().waitFor({ timeout: 10_000 });
    await shot('05-palette');
    await page.keyboard.press('Enter');
    // The command's own input box: the My Domain name.
    await page.locator('.quick-input-widget', { hasText: 'My Domain' }).waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('acme');
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 10_000 });
    await editor.locator('.view-line', { hasText: 'POST https://acme.my.salesforce.com/services/data/v' }).waitFor({ timeout: 10_000 });
    await editor.locator('.view-line', { hasText: '"FirstName": "{{${first_name} | json_escape}}",' }).waitFor({ timeout: 5_000 });
    await shot('06-template');
  });

  if (blocked.size) log(`refused requests to: ${[...blocked].join(', ')}`);
  if (args.has('--update-docs-image')) {
    const best = join(shots, '03b-completion-filtered.png');
    try {
      mkdirSync(join(root, 'docs', 'images'), { recursive: true });
      copyFileSync(best, docsImage);
      log(`copied ${best.slice(root.length + 1)} to ${docsImage.slice(root.length + 1)} (${Math.round(statSync(docsImage).size / 1024)} KB)`);
    } catch (err) {
      log(`could not update ${docsImage.slice(root.length + 1)}: ${err.message}`);
    }
  }
  log(`screenshots: ${readdirSync(shots).map((f) => `test-results/ui/${f}`).join(', ')}`);

  // --- helpers that need the page ---------------------------------------------------------------
  async function focusEditor() {
    await page.keyboard.press('Escape');
    // "View: Focus Active Editor Group" (Ctrl+1 focuses the first group).
    await page.keyboard.press('Control+1');
    await sleep(100);
  }

  async function goToLine(n) {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 5_000 });
    await page.keyboard.type(String(n));
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 5_000 });
  }

  /** The text of line `n` (1-based) as rendered, from the line-number gutter's position. */
  async function lineText(n) {
    return editor.evaluate((el, n) => {
      const numbers = [...el.querySelectorAll('.margin-view-overlays .line-numbers')];
      const number = numbers.find((x) => x.textContent.trim() === String(n));
      if (!number) return undefined;
      const top = number.closest('.margin-view-overlays > div')?.style.top;
      const line = [...el.querySelectorAll('.view-lines .view-line')].find((x) => x.style.top === top);
      return line?.textContent.replace(/\u00a0/g, ' ');
    }, n);
  }

  /** Whether the rendered line whose text is `text` has a decoration of class `className` (a squiggle). */
  async function lineHasDecoration(text, className) {
    return editor.evaluate(
      (el, { text, className }) => {
        const line = [...el.querySelectorAll('.view-lines .view-line')].find((x) => x.textContent.replace(/\u00a0/g, ' ').trim() === text);
        if (!line) return false;
        const overlay = [...el.querySelectorAll('.view-overlays > div')].find((x) => x.style.top === line.style.top);
        return Boolean(overlay?.querySelector(`.${className}`));
      },
      { text, className },
    );
  }
}

async function waitUntil(what, timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(150);
  }
}

/// <reference types="vscode" />
// Shared by the extension-host tests (bundled into each *.test.js by scripts/vscode/build-suite.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import pkg from '../../../package.json';

/** `<publisher>.<name>`, as VS Code identifies the extension. */
export const EXTENSION_ID = `${pkg.publisher}.${pkg.name}`;
export const LANGUAGE_ID = 'braze-webhook';

/** A file of the test workspace (test/workspace/), the folder VS Code was opened on. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner opens test/workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a file of the test workspace in an editor. */
export async function openWorkspaceFile(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Polls `probe` until it returns something other than undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A diagnostic's code as a string (LSP codes with a `codeDescription` arrive as `{ value, target }`). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits until the language server has published diagnostics with all the given codes for `uri`. */
export function diagnosticsWithCodes(uri: vscode.Uri, codes: string[], timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics ${codes.join(', ')} on ${uri.path}`, timeoutMs, () => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    const present = new Set(diagnostics.map(codeOf));
    return codes.every((c) => present.has(c)) ? diagnostics : undefined;
  });
}

/** The text of a completion item's label. */
export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The text of a hover's contents. */
export function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** The position of `needle` on the first line that contains it, `offset` characters in. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const index = document.getText().indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in ${document.uri.path}`);
  return document.positionAt(index + offset);
}

/**
 * The text a snippet body leaves with every tab stop at its default: `${1:text}` gives text,
 * `$1`/`${1}` repeat tab stop 1's default (empty when it has none), `${1|a,b|}` its first choice,
 * `$0` nothing; `\$`, `\}` and `\\` are the characters. Variables (`$TM_FILENAME`) are not used by
 * the extension's snippets and are refused.
 */
export function snippetText(body: string): string {
  const defaults = new Map<string, string>();
  const mirrors: { at: number; stop: string }[] = [];
  let out = '';
  let i = 0;
  // Parses until `}` (inside a placeholder) or the end; returns the text of what it parsed.
  const parse = (nested: boolean): string => {
    let text = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        text += body[i + 1];
        i += 2;
      } else if (nested && c === '}') {
        return text;
      } else if (c === '$') {
        const simple = /^\$(\d+)/.exec(body.slice(i));
        const braced = /^\$\{(\d+)(:|\||\})/.exec(body.slice(i));
        if (simple) {
          mirrors.push({ at: out.length + text.length, stop: simple[1] });
          i += simple[0].length;
        } else if (braced && braced[2] === '}') {
          mirrors.push({ at: out.length + text.length, stop: braced[1] });
          i += braced[0].length;
        } else if (braced && braced[2] === '|') {
          const end = body.indexOf('|}', i);
          const first = body.slice(i + braced[0].length, end).split(',')[0];
          defaults.set(braced[1], first);
          text += first;
          i = end + 2;
        } else if (braced) {
          i += braced[0].length;
          const saved = out;
          out += text;
          const inner = parse(true);
          out = saved;
          i++; // the closing }
          if (!defaults.has(braced[1])) defaults.set(braced[1], inner);
          text += inner;
        } else {
          throw new Error(`snippetText: unsupported snippet syntax at ${JSON.stringify(body.slice(i, i + 20))}`);
        }
      } else {
        text += c;
        i++;
      }
    }
    return text;
  };
  out = parse(false);
  // Mirrors take their tab stop's default; insert from the end so earlier offsets stay right.
  for (const m of [...mirrors].sort((a, b) => b.at - a.at)) out = out.slice(0, m.at) + (m.stop === '0' ? '' : (defaults.get(m.stop) ?? '')) + out.slice(m.at);
  return out;
}

/**
 * Replaces `vscode.window.<name>` for the duration of a test: the extension's bundle and the
 * suite get the same `vscode` API object from the extension host, which picks it by the folder of
 * the requiring module (the runners copy the suite into the installed extension's folder), so a
 * command that asks with `showInputBox`/`showQuickPick` gets the stub's answer.
 * Returns the function that puts the original back.
 */
export function stubWindow<K extends 'showInputBox' | 'showQuickPick' | 'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage' | 'showSaveDialog'>(name: K, stub: (typeof vscode.window)[K]): () => void {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window[name];
  window[name] = stub;
  return () => {
    window[name] = original;
  };
}

/**
 * Runs `change` on `uri`'s document and waits for the language server's next diagnostics of it
 * that satisfy `accept` (the diagnostics published before the change do not count: they are
 * taken only after a change event that comes after `change`). Throws after `timeoutMs` with the
 * last diagnostics seen.
 */
export async function diagnosticsAfter(uri: vscode.Uri, change: () => Thenable<unknown>, accept: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  let changed = false;
  const listener = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) changed = true;
  });
  try {
    await change();
    let last: vscode.Diagnostic[] = [];
    try {
      return await waitFor('diagnostics after the change', timeoutMs, () => {
        if (!changed) return undefined;
        last = vscode.languages.getDiagnostics(uri);
        return accept(last) ? last : undefined;
      });
    } catch (err) {
      throw new Error(`${(err as Error).message}; last diagnostics: ${JSON.stringify(last.map((d) => ({ code: codeOf(d), severity: vscode.DiagnosticSeverity[d.severity], line: d.range.start.line + 1, message: d.message })))}`);
    }
  } finally {
    listener.dispose();
  }
}

/** Opens an untitled `braze-webhook` document with `text` (a `¦` in it is taken out and becomes the cursor). */
export async function openUntitled(text: string): Promise<vscode.TextEditor> {
  const cursor = text.indexOf('¦');
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text.replace('¦', '') });
  const editor = await vscode.window.showTextDocument(document);
  if (cursor >= 0) {
    const at = document.positionAt(cursor);
    editor.selection = new vscode.Selection(at, at);
  }
  return editor;
}

/** Ends a suite that sends: puts back what it changed (newest first), closes the result views and the editors. */
export async function endSendSuite(undo: (() => unknown)[]): Promise<void> {
  for (const u of [...undo].reverse()) await u();
  for (const tab of resultTabs()) await vscode.window.tabGroups.close(tab);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The tabs of Send Test Request's result view (a webview whose title names the template). */
export function resultTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('brazeWebhooks.sendResult'));
}

/** Closes the active editor without saving (an untitled one is dropped). */
export async function closeActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

// --- The run's configuration, the Salesforce stand-in, settings (send and untrusted tests) --------

/** What the runner wrote into dist-test/extension/run-config.json besides the result file. */
export interface RunConfigExtras {
  /** `trusted` or `untrusted` (run-extension-tests.mjs). */
  pass?: string;
  /** The Salesforce stand-in the runner started, e.g. http://127.0.0.1:PORT. */
  standinUrl?: string;
  /** code-server's logs folder (user-data/logs): the extension host's logs are below it. */
  logsDir?: string;
  /** The extensions folder the runner installed the VSIX into. */
  extensionsDir?: string;
  /** Where `harness()` leaves its requests (run-extension-tests.mjs answers them; the desktop runner does not). */
  harnessDir?: string;
  /** What the trusted pass leaves for the reopened one (run-extension-tests.mjs). */
  handoffFile?: string;
}

/** The run-config.json next to the suite's folder (the bundles live in <installed extension>/dist-test/extension/<dir>/), with the environment's overrides. */
export function runConfig(): RunConfigExtras {
  const file = path.join(__dirname, '..', 'run-config.json');
  const config = (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}) as RunConfigExtras;
  if (process.env.BRAZE_STANDIN_URL) config.standinUrl = process.env.BRAZE_STANDIN_URL;
  if (process.env.BRAZE_EXTENSION_TESTS_LOGS) config.logsDir = process.env.BRAZE_EXTENSION_TESTS_LOGS;
  return config;
}

/** One request of the stand-in's request log (`GET /__standin/requests`; secrets masked by the stand-in). */
export interface StandinRequest {
  seq: number;
  method: string;
  path: string;
  body: string;
  status: number | 'dropped' | null;
  failure: string | null;
}

/** The stand-in's control API (`/__standin/...`), from the extension host. */
export class StandinClient {
  constructor(readonly url: string) {}

  private async call<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/__standin/${route}`, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`stand-in ${method} /__standin/${route}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  }

  requests(): Promise<StandinRequest[]> {
    return this.call('GET', 'requests');
  }

  leads(): Promise<Record<string, unknown>[]> {
    return this.call('GET', 'leads');
  }

  /** Clears the request log, the queued failures and the Leads; `tokens: true` also forgets the issued tokens. */
  reset(tokens = false): Promise<unknown> {
    return this.call('POST', 'reset', { tokens });
  }

  fail(spec: { kind: 'slow' | 'status500' | 'drop' | 'expireTokens' | 'requestLimit'; count?: number; delayMs?: number; target?: 'any' | 'token' | 'data' }): Promise<unknown> {
    return this.call('POST', 'fail', spec);
  }

  /** The token requests logged (`/services/oauth2/token`). */
  async tokenRequests(): Promise<StandinRequest[]> {
    return (await this.requests()).filter((r) => r.path.startsWith('/services/oauth2/token'));
  }
}

/** The stand-in of this run; throws when the runner gave none (the runners start one). */
export function standinClient(): StandinClient {
  const url = runConfig().standinUrl;
  if (!url) throw new Error('no Salesforce stand-in: the runner writes standinUrl into run-config.json (or set BRAZE_STANDIN_URL)');
  return new StandinClient(url);
}

/**
 * Sets `brazeWebhooks.<key>` (or any `section.key`) in the WORKSPACE settings
 * (test/workspace/.vscode/settings.json) and returns the function that puts the previous
 * workspace value back (removing the key when there was none).
 */
export async function setWorkspaceSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration();
  const previous = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  await waitFor(`the setting ${key} to take effect`, 5_000, () => (JSON.stringify(vscode.workspace.getConfiguration().get(key)) === JSON.stringify(value) ? true : undefined));
  return async () => {
    await vscode.workspace.getConfiguration().update(key, previous, vscode.ConfigurationTarget.Workspace);
  };
}

/**
 * Replaces `vscode.window.withProgress` for the duration of a test with one that runs the task at
 * once with a token this test controls: `cancel()` fires it, as the Cancel button of the progress
 * notification does (that button is not reachable through the API). Returns { cancel, restore }.
 */
export function stubWithProgress(): { cancel: () => void; restore: () => void; started: Promise<void> } {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window.withProgress;
  const source = new vscode.CancellationTokenSource();
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  window.withProgress = <R>(_options: vscode.ProgressOptions, task: (progress: vscode.Progress<unknown>, token: vscode.CancellationToken) => Thenable<R>): Thenable<R> => {
    markStarted();
    return task({ report: () => undefined }, source.token);
  };
  return {
    cancel: () => source.cancel(),
    started,
    restore: () => {
      window.withProgress = original;
      source.dispose();
    },
  };
}

/**
 * The text of the extension's "Braze Webhooks: Send" log channel: the file VS Code's extension
 * host writes for a log output channel (`<exthost logs>/<extension id>/Braze Webhooks Send.log`,
 * the name without its colon), found under the logs folder the runner gave. Undefined when there
 * is no such file yet.
 */
export function sendLogText(logsDir: string, extensionId = EXTENSION_ID): string | undefined {
  const wanted = `${extensionId}${path.sep}Braze Webhooks Send.log`.toLowerCase();
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 8 || !fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (full.toLowerCase().endsWith(wanted)) found.push(full);
    }
  };
  walk(logsDir, 0);
  if (found.length === 0) return undefined;
  return found.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

/**
 * Asks the runner for what only the browser sees (run-extension-tests.mjs `HARNESS`): writes
 * `<id>.request.json` into run-config's `harnessDir` and waits for `<id>.response.json`.
 * Undefined `harnessDir` (the desktop runner): throws; check `runConfig().harnessDir` first.
 */
export async function harness<T>(action: string, args: Record<string, unknown> = {}, timeoutMs = 20_000): Promise<T> {
  const dir = runConfig().harnessDir;
  if (!dir) throw new Error('this runner answers no harness request (no harnessDir in run-config.json)');
  fs.mkdirSync(dir, { recursive: true });
  const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const request = path.join(dir, `${id}.request.json`);
  fs.writeFileSync(`${request}.partial`, JSON.stringify({ action, ...args }));
  fs.renameSync(`${request}.partial`, request);
  const responseFile = path.join(dir, `${id}.response.json`);
  const response = await waitFor(`the runner to answer ${action}`, timeoutMs, () => (fs.existsSync(responseFile) ? (JSON.parse(fs.readFileSync(responseFile, 'utf8')) as { ok: boolean; value?: T; error?: string }) : undefined));
  if (!response.ok) throw new Error(`harness ${action}: ${response.error}`);
  return response.value as T;
}

/**
 * The send history file the extension keeps in its workspace storage
 * (`<user data>/User/workspaceStorage/<workspace>/<extension id>/send-history.json`), found from
 * the logs folder the runner gave (`<user data>/logs`). Undefined when there is none yet.
 */
export function historyFile(): string | undefined {
  const logsDir = runConfig().logsDir;
  if (!logsDir) throw new Error('the runner gives the logs folder in run-config.json (logsDir)');
  const storage = path.join(logsDir, '..', 'User', 'workspaceStorage');
  if (!fs.existsSync(storage)) return undefined;
  for (const workspaceDir of fs.readdirSync(storage)) {
    const file = path.join(storage, workspaceDir, EXTENSION_ID, 'send-history.json');
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/**
 * Answers every quick pick with the first item `pick` accepts (by label and the pick's title), or
 * for a many-pick every item `pick` accepts, recording each pick's labels in `offered`; returns
 * the restore function.
 */
export function answerQuickPicks(pick: (label: string, title: string) => boolean, offered: string[][] = []): () => void {
  return stubWindow('showQuickPick', (async (items: readonly (string | vscode.QuickPickItem)[] | Thenable<readonly (string | vscode.QuickPickItem)[]>, options?: vscode.QuickPickOptions) => {
    const list = await items;
    const label = (i: string | vscode.QuickPickItem) => (typeof i === 'string' ? i : i.label);
    offered.push(list.map(label));
    const accepts = (i: string | vscode.QuickPickItem) => pick(label(i), options?.title ?? '');
    return options?.canPickMany ? list.filter(accepts) : list.find(accepts);
  }) as unknown as typeof vscode.window.showQuickPick);
}

/** Forgets every placeholder value the extension stored for `file` (Forget Stored Placeholder Values, all picked). */
export async function forgetStoredValues(file: vscode.Uri): Promise<void> {
  const restore = [answerQuickPicks(() => true), stubWindow('showInformationMessage', (async () => undefined) as unknown as typeof vscode.window.showInformationMessage)];
  try {
    await vscode.commands.executeCommand('brazeWebhooks.forgetPlaceholderValues', file);
  } finally {
    for (const r of restore) r();
  }
}

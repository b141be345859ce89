/// <reference types="vscode" />
// Shared by the extension-host tests (bundled into each *.test.js by scripts/vscode/build-suite.mjs).
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
 * suite get the same `vscode` API object from the extension host (both live under the extension's
 * folder), so a command that asks with `showInputBox`/`showQuickPick` gets the stub's answer.
 * Returns the function that puts the original back.
 */
export function stubWindow<K extends 'showInputBox' | 'showQuickPick' | 'showInformationMessage' | 'showWarningMessage'>(name: K, stub: (typeof vscode.window)[K]): () => void {
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

/** Closes the active editor without saving (an untitled one is dropped). */
export async function closeActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

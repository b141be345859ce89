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

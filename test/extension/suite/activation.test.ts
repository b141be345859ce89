/// <reference types="vscode" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, codeOf, diagnosticsWithCodes, openWorkspaceFile, waitFor, workspaceFile } from './helpers';

suite('activation and diagnostics', () => {
  test('runs in a VS Code the extension supports', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || (major === 1 && minor >= 100), `VS Code ${vscode.version} is older than the engine ^1.100.0`);
  });

  test('opening a .webhook file activates the extension; the document is braze-webhook', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    const document = await openWorkspaceFile('broken.webhook');
    assert.equal(document.languageId, LANGUAGE_ID);
    await waitFor(`${EXTENSION_ID} to activate`, 20_000, () => (extension.isActive ? true : undefined));
  });

  test('the language server reports header-syntax on line 8 and liquid-syntax on line 12 of broken.webhook', async () => {
    const uri = workspaceFile('broken.webhook');
    await openWorkspaceFile('broken.webhook');
    const diagnostics = await diagnosticsWithCodes(uri, ['header-syntax', 'liquid-syntax']);
    const found = diagnostics.map((d) => ({ code: codeOf(d), line: d.range.start.line, severity: d.severity }));
    // Lines are 0-based here: line 8 of the file is 7.
    assert.ok(
      found.some((d) => d.code === 'header-syntax' && d.line === 7 && d.severity === vscode.DiagnosticSeverity.Error),
      `no header-syntax error on line 8: ${JSON.stringify(found)}`,
    );
    assert.ok(
      found.some((d) => d.code === 'liquid-syntax' && d.line === 11 && d.severity === vscode.DiagnosticSeverity.Error),
      `no liquid-syntax error on line 12: ${JSON.stringify(found)}`,
    );
    // The messages' wording is the checks' business (their unit tests): not pinned here.
  });
});

/// <reference types="vscode" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, labelOf, openWorkspaceFile, positionOf, waitFor } from './helpers';

suite('language features through VS Code', () => {
  test('completion at a JSON body key offers Lead fields: LastName and Company', async () => {
    const document = await openWorkspaceFile('lead.webhook');
    // Inside the empty key `""` on its own line.
    const position = positionOf(document, '  ""', 3);
    // The first request may reach the server before it has the document: ask until it answers.
    const labels = await waitFor('Lead field completions', 20_000, async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
      const found = list.items.map(labelOf);
      return found.includes('LastName') ? found : undefined;
    });
    assert.ok(labels.includes('LastName'), labels.join(', '));
    assert.ok(labels.includes('Company'), labels.join(', '));
    assert.ok(!labels.includes('FirstName'), 'FirstName is already in the body');
  });

  test('hover over a Lead field key names the field and its label', async () => {
    const document = await openWorkspaceFile('lead.webhook');
    const position = positionOf(document, '"FirstName"', 3);
    const text = await waitFor('a hover on "FirstName"', 20_000, async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      return hovers.length > 0 ? hovers.map(hoverText).join('\n') : undefined;
    });
    assert.match(text, /FirstName/);
    assert.match(text, /First Name/);
  });
});

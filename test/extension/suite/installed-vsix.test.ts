/// <reference types="vscode" />
// The extension under test is the VSIX as users install it, not this repository: the runner
// installed it into a fresh extensions folder (run-config.json's extensionsDir).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, runConfig, stubWindow } from './helpers';

function extensionPath(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension.extensionPath;
}

suite('the extension under test is the installed VSIX', () => {
  test('it is loaded from the extensions folder the VSIX was installed into', () => {
    const extensionsDir = runConfig().extensionsDir;
    assert.ok(extensionsDir, 'the runner gives extensionsDir in run-config.json');
    const inside = path.relative(fs.realpathSync(extensionsDir), fs.realpathSync(extensionPath()));
    assert.ok(inside && !inside.startsWith('..') && !path.isAbsolute(inside), `${extensionPath()} is not in ${extensionsDir}`);
  });

  test('its folder holds no sources, and dist/client.js is the minified production build', () => {
    const root = extensionPath();
    for (const folder of ['client', 'server', 'node_modules', 'scripts', 'test']) {
      assert.ok(!fs.existsSync(path.join(root, folder)), `the installed extension has ${folder}/`);
    }
    const client = fs.readFileSync(path.join(root, 'dist', 'client.js'), 'utf8');
    assert.doesNotMatch(client, /sourceMappingURL/, 'dist/client.js points at a source map: the development build');
    assert.ok(!fs.existsSync(path.join(root, 'dist', 'client.js.map')));
    assert.ok(client.length / client.split('\n').length > 1000, 'dist/client.js is not minified');
  });

  test("the suite's stubs of vscode.window reach the installed extension", async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const shown: string[] = [];
    const restore = stubWindow('showInformationMessage', ((message: string) => {
      shown.push(message);
      return Promise.resolve(undefined);
    }) as typeof vscode.window.showInformationMessage);
    try {
      // With no template open, the command says so with an information message.
      assert.equal(await vscode.commands.executeCommand('brazeWebhooks.sendTestRequest'), undefined);
      assert.deepEqual(shown, ['Send Test Request: open a Braze webhook template (.webhook) first.']);
    } finally {
      restore();
    }
  });
});

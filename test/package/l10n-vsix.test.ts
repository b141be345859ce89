// The VSIX carries what VS Code reads to show the extension in another language: package.nls*.json
// (the manifest's texts) and l10n/bundle.l10n.<lang>.json (the client's vscode.l10n.t), pointed to
// by package.json `l10n`; each as the repository has it. The server's bundles are inlined in its
// bundle and do not ship as files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { test } from 'node:test';
import { packaged } from '../support/packaged';
import { repoPath } from '../support/paths';

const LANGUAGES = ['es', 'pt-br', 'fr', 'de', 'ko'];

test('the VSIX holds package.nls.json, package.nls.<lang>.json and l10n/bundle.l10n.<lang>.json for each language, as in the repository', () => {
  for (const file of ['package.nls.json', ...LANGUAGES.flatMap((l) => [`package.nls.${l}.json`, `l10n/bundle.l10n.${l}.json`])]) {
    assert.equal(readFileSync(packaged(file), 'utf8'), readFileSync(repoPath(...file.split('/')), 'utf8'), `${file} in the VSIX differs from the repository's`);
  }
});

test("the packaged package.json points VS Code at its l10n folder and keeps its texts as %key% references", () => {
  const manifest = JSON.parse(readFileSync(packaged('package.json'), 'utf8')) as { l10n?: string; contributes: { commands: { title: string }[] } };
  assert.equal(manifest.l10n, './l10n');
  const nls = JSON.parse(readFileSync(packaged('package.nls.json'), 'utf8')) as Record<string, string>;
  for (const c of manifest.contributes.commands) {
    const key = /^%(.+)%$/.exec(c.title)?.[1];
    assert.ok(key && nls[key], `${c.title}: not a key of the packaged package.nls.json`);
  }
});

test('the l10n folder of the VSIX holds the client bundles only (no server bundles, glossary or tests)', () => {
  const dir = dirname(packaged('l10n/bundle.l10n.ko.json'));
  assert.deepEqual(readdirSync(dir).sort(), LANGUAGES.map((l) => `bundle.l10n.${l}.json`).sort());
});

import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { test } from 'node:test';
import { packaged } from '../support/packaged';

/** Every file of the unzipped VSIX's extension/ folder, as paths relative to it. */
function shipped(): string[] {
  const root = dirname(packaged('package.json'));
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(root, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

test('the VSIX ships the bundles and the contributed files only: no node_modules, sources or tests', () => {
  const listed = shipped();
  for (const bundle of ['dist/server.js', 'dist/client.js', 'dist/cli.js', 'dist/send-cli.js']) assert.ok(listed.includes(bundle), `${bundle} is not in the VSIX: ${listed.join(', ')}`);
  for (const file of ['package.json', 'readme.md', 'language-configuration.json', 'syntaxes/braze-webhook.tmLanguage.json', 'snippets/braze-webhook.json', 'docs/checks.md']) {
    assert.ok(listed.includes(file), `${file} is not in the VSIX: ${listed.join(', ')}`);
  }
  for (const file of listed) {
    assert.doesNotMatch(file, /node_modules|\.ts$|\.test\.|\.map$|^test\/|^scripts\/|^server\/|^client\/|^dist-test\//, `unexpected file in the VSIX: ${file}`);
  }
});

test('the bundles are the production build: minified, without source maps', () => {
  for (const bundle of ['dist/server.js', 'dist/client.js', 'dist/cli.js', 'dist/send-cli.js']) {
    const text = readFileSync(packaged(bundle), 'utf8');
    assert.doesNotMatch(text, /sourceMappingURL/, `${bundle} points at a source map`);
    // esbuild's development output keeps one statement a line, with the sources' comments.
    const lines = text.split('\n').length;
    assert.ok(text.length / lines > 1000, `${bundle} is not minified: ${lines} lines for ${text.length} characters`);
  }
});

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../support/paths';

const root = repoPath();

test('the VSIX ships the bundles and the contributed files only: no node_modules, sources or tests', () => {
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();
  assert.ok(listed.includes('dist/server.js') && listed.includes('dist/client.js') && listed.includes('dist/cli.js'), listed.join(', '));
  for (const file of listed) {
    assert.doesNotMatch(file, /node_modules|\.ts$|\.test\.|\.map$|^test\/|^scripts\/|^server\/|^client\//, `unexpected file in the VSIX: ${file}`);
  }
});

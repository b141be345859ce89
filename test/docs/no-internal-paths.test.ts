/**
 * The product cites public sources only: no file of the repository names a folder of the machine
 * it was written on (its absolute path, a home or work folder) or the team's notes beside it.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { REPO_ROOT, repoPath } from '../support/paths';

const FORBIDDEN: [RegExp, string][] = [
  [/\/work\//, 'a path under /work'],
  [/\.\.\/shared\b/, 'the notes folder beside the repository'],
  [/(^|[\s'"`(=:])\/(root|home\/[a-z][\w-]*)\//m, 'a home folder'],
];

function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return out.split('\0').filter((f) => f !== '' && f !== 'package-lock.json');
}

test('no file names a machine path or the notes outside the repository', () => {
  const files = repositoryFiles();
  assert.ok(files.length > 100, `only ${files.length} files found`);
  const found: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(repoPath(file), 'utf8');
    } catch {
      continue;
    }
    if (text.includes(REPO_ROOT)) found.push(`${file}: the repository's absolute path`);
    for (const [pattern, what] of FORBIDDEN) {
      const m = pattern.exec(text);
      if (m) found.push(`${file}:${text.slice(0, m.index).split('\n').length}: ${what}`);
    }
  }
  assert.deepEqual(found, []);
});

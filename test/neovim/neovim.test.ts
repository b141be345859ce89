// The packaged server in a real client: headless Neovim (Debian's 0.7.2 in CI), set up with the
// README's "Neovim 0.7 and later" snippet as init.lua, runs test/neovim/lsp-session.lua through
// diagnostics, completion, a quick fix right after an edit, and hover. Without nvim the test is
// skipped, except in CI.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { packaged } from '../support/packaged';
import { repoPath } from '../support/paths';
import { KOREAN } from '../protocol/texts';

const hasNeovim = spawnSync('nvim', ['--version']).status === 0;
const SERVER_IN_README = '/path/to/extension/dist/server.js';

/** The README's Neovim 0.7 set-up, with the packaged server's path. */
function readmeInit(): string {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const block = /Neovim 0\.7 and later \(`init\.lua`\):\n\n```lua\n([\s\S]*?)```/.exec(readme);
  assert.ok(block, 'the README has no Neovim 0.7 snippet');
  assert.ok(block[1].includes(SERVER_IN_README));
  return block[1].replace(SERVER_IN_README, packaged('dist/server.js'));
}
const dir = mkdtempSync(join(tmpdir(), 'neovim-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Session {
  error?: string;
  steps: {
    filetype: string;
    diagnostics: string[];
    completion: string[];
    quickfix: { applied: boolean; line: string };
    after_fix: string[];
    hover: { kind: string; value: string };
  };
}

test('Neovim 0.7+: diagnostics, completion, a quick fix right after an edit, and hover', { skip: !hasNeovim && !process.env.CI && 'nvim is not installed (apt-get install neovim)' }, async () => {
  const template = join(dir, 'create-lead.webhook');
  writeFileSync(template, KOREAN);
  const resultPath = join(dir, 'result.json');
  const init = join(dir, 'init.lua');
  writeFileSync(init, readmeInit());
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    execFile(
      'nvim',
      ['--headless', '-u', init, '-n', '-i', 'NONE', '-c', `luafile ${repoPath('test', 'neovim', 'lsp-session.lua')}`],
      // No user configuration or plugins: Neovim's own folders point into the temporary one.
      { cwd: dir, env: { ...process.env, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir, BRAZE_TEMPLATE: template, BRAZE_RESULT: resultPath }, timeout: 60_000, killSignal: 'SIGKILL' },
      (error, _stdout, stderr) => (error ? reject(new Error(`nvim: ${error.message}; ${stderr}`)) : resolve()),
    );
  });
  const session = JSON.parse(readFileSync(resultPath, 'utf8')) as Session;
  console.log(`Neovim session: ${Date.now() - started} ms`);
  assert.equal(session.error, undefined, session.error);
  const { steps } = session;
  assert.equal(steps.filetype, 'braze-webhook');
  // json-escape at 2 (warning), as the snippet's settings ask, not its default 3.
  // field-may-be-empty: the required LastName and Company have no | default: (a hint, 4).
  assert.deepEqual(steps.diagnostics, ['field-may-be-empty:4', 'field-unknown:1', 'json-escape:2']);
  assert.ok(steps.completion.includes('FirstName'), steps.completion.join(', '));
  assert.deepEqual(steps.quickfix, { applied: true, line: KOREAN.split('\n')[5].replace('"이름"', '"FirstName"').replace(/^/, '    ') });
  assert.deepEqual(steps.after_fix, ['field-may-be-empty:4', 'json-escape:2']);
  assert.equal(steps.hover.kind, 'markdown');
  assert.match(steps.hover.value, /LastName/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { repoPath } from '../../test/support/paths';

const ROOT = repoPath();
const MAIN = repoPath('salesforce-standin', 'src', 'main.ts');
const LIMIT_MS = 15_000;

function start(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no output within ${LIMIT_MS} ms`)), LIMIT_MS);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(out.slice(0, nl));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing`));
    });
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => reject(new Error(`did not exit within ${LIMIT_MS} ms`)), LIMIT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

test('main: prints the URL, serves the given client, exits 0 on SIGTERM', { timeout: 3 * LIMIT_MS }, async () => {
  const child = start(['--port', '0', '--client-id', 'cli-id', '--client-secret', 'cli-secret']);
  try {
    const line = await firstLine(child);
    const m = /^Salesforce stand-in listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
    assert.ok(m, line);
    const res = await fetch(`${m[1]}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=cli-id&client_secret=cli-secret',
      signal: AbortSignal.timeout(5000),
    });
    assert.equal(res.status, 200);
    child.kill('SIGTERM');
    assert.equal(await exitOf(child), 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test('main: a bad argument exits 2', { timeout: 2 * LIMIT_MS }, async () => {
  const child = start(['--port', 'abc']);
  try {
    assert.equal(await exitOf(child), 2);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

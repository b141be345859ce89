// braze-webhook-lint refuses what is not a template, and prints nothing a terminal would act on.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runNodeScript } from '../support/node-process';
import { packaged } from '../support/packaged';
import { AUTHORIZATION } from '../protocol/texts';

const CLI = packaged('dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'lint-input-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const lint = (...args: string[]) => runNodeScript(CLI, args, { cwd: dir, timeoutMs: 10_000 });

const TEMPLATE = `POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\n${AUTHORIZATION}\nContent-Type: application/json\n\n{"LastName": "x", "Company": "y"}\n`;

test('a FIFO named on the command line is refused at once, not read (it would block forever)', async () => {
  const fifo = join(dir, 'pipe.webhook');
  execFileSync('mkfifo', [fifo]);
  const out = await lint('pipe.webhook');
  assert.equal(out.exitCode, 2);
  assert.equal(out.stderr, 'braze-webhook-lint: cannot read "pipe.webhook": not a regular file (a FIFO)\n');
  const described = await lint('--describe', fifo, 'pipe.webhook');
  assert.equal(described.exitCode, 2);
  assert.match(described.stderr, /cannot read ".*pipe\.webhook": not a regular file \(a FIFO\)/);
});

test('a device such as /dev/zero is refused (it never ends)', async () => {
  const out = await lint('/dev/zero');
  assert.equal(out.exitCode, 2);
  assert.equal(out.stderr, 'braze-webhook-lint: cannot read "/dev/zero": not a regular file (a character device)\n');
});

test('a file over 2 MiB is refused before it is read', async () => {
  writeFileSync(join(dir, 'huge.webhook'), TEMPLATE + ' '.repeat(3 * 1024 * 1024));
  const out = await lint('huge.webhook');
  assert.equal(out.exitCode, 2);
  assert.equal(out.stderr, 'braze-webhook-lint: cannot read "huge.webhook": 3.0 MiB, larger than the 2.0 MiB a file may have\n');
});

test('binary content (a NUL byte) is refused', async () => {
  writeFileSync(join(dir, 'binary.webhook'), Buffer.concat([Buffer.from(TEMPLATE), Buffer.from([0, 1, 2])]));
  const out = await lint('binary.webhook');
  assert.equal(out.exitCode, 2);
  assert.match(out.stderr, /cannot read "binary\.webhook": binary content \(a NUL byte at offset \d+\), not a text file/);
});

test('a UTF-8 byte-order mark is skipped: the method is POST, the columns count from the first character', async () => {
  writeFileSync(join(dir, 'bom.webhook'), `\ufeff${TEMPLATE.replace('Content-Type: application/json', 'Content-Type application/json')}`);
  const out = await lint('--format', 'json', 'bom.webhook');
  const found = JSON.parse(out.stdout) as { code: string; range: { start: { line: number; character: number } } }[];
  assert.deepEqual(found.map((d) => [d.code, d.range.start]), [['header-syntax', { line: 2, character: 0 }]]);
});

test('terminal control characters from the file are printed escaped, in every format', async () => {
  writeFileSync(join(dir, 'ansi.webhook'), TEMPLATE.replace('Content-Type: application/json', 'X-\u001b[31mRed\u001b[0m\u202e application/json'));
  for (const format of ['human', 'json', 'github', 'junit', 'sarif']) {
    const out = await lint('--format', format, 'ansi.webhook');
    assert.doesNotMatch(out.stdout, /[\u001b\u202e]/, format);
    assert.match(out.stdout, format === 'human' || format === 'github' || format === 'junit' ? /X-\\x1b\[31mRed\\x1b\[0m\\u\{202e\}/ : /X-\\\\x1b\[31mRed\\\\x1b\[0m\\\\u\{202e\}/, format);
  }
});

test('a long quotation is cut: a 1 MB first line is not printed whole', async () => {
  writeFileSync(join(dir, 'long.webhook'), `${'X'.repeat(1024 * 1024)}\n${TEMPLATE}`);
  const out = await lint('long.webhook');
  assert.equal(out.exitCode, 1);
  const line = out.stdout.split('\n').find((l) => l.includes(' request-line: '))!;
  assert.ok(line.length < 400, `${line.length} characters`);
  assert.match(line, /"X{160}…"/);
});

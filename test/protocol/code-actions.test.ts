// Code actions over stdio, as Neovim, Emacs, Vim+ALE and VS Code ask for them.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { applyEdits, initializedServer, minimalClientCapabilities, open, type PublishedDiagnostic, type Range, type ServerUnderTest } from './lsp-client';
import { CREATE_LEAD, KOREAN } from './texts';

interface Action {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes: Record<string, { range: Range; newText: string }[]> };
  command?: { command: string };
}

const servers: ServerUnderTest[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function server(capabilities: object = minimalClientCapabilities, initializationOptions?: unknown) {
  const started = await initializedServer(capabilities, { initializationOptions });
  servers.push(started.server);
  return started;
}

const codeActions = (s: ServerUnderTest, uri: string, range: Range, diagnostics: PublishedDiagnostic[], only?: string[]) =>
  s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } }) as Promise<Action[]>;

const KEY_LINE = 5;

test('a quick fix asked for right after an edit lands on the current text, not where the old diagnostic was (Korean key, emoji before it)', async () => {
  const { server: s } = await server();
  const uri = 'file:///after-edit.webhook';
  const [stale] = (await open(s, uri, KOREAN)).diagnostics.filter((d) => d.code === 'field-unknown');
  // Indent the body line, then ask at once, echoing the diagnostic of version 1 with its data (as Neovim does).
  await s.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: KEY_LINE, character: 0 }, end: { line: KEY_LINE, character: 0 } }, text: '    ' }],
  });
  const v2 = KOREAN.split('\n').map((l, i) => (i === KEY_LINE ? `    ${l}` : l)).join('\n');
  const cursor = { line: KEY_LINE, character: v2.split('\n')[KEY_LINE].indexOf('이름') };
  const actions = await codeActions(s, uri, { start: cursor, end: cursor }, [stale]);
  const fix = actions.find((a) => a.title === 'Change the key to "FirstName"');
  assert.ok(fix, JSON.stringify(actions));
  assert.equal(applyEdits(v2, fix.edit!.changes[uri]), v2.replace('"이름"', '"FirstName"'));
});

test('UTF-8 positions: a client that counts bytes gets byte columns, and its edit lands right', async () => {
  const { server: s, capabilities } = await server({ ...minimalClientCapabilities, general: { positionEncodings: ['utf-8', 'utf-16'] } });
  assert.equal(capabilities.positionEncoding, 'utf-8');
  const uri = 'file:///utf8.webhook';
  const [key] = (await open(s, uri, KOREAN)).diagnostics.filter((d) => d.code === 'field-unknown');
  const line = KOREAN.split('\n')[KEY_LINE];
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  const at = line.indexOf('"이름"');
  assert.deepEqual(key.range, { start: { line: KEY_LINE, character: bytes(line.slice(0, at)) }, end: { line: KEY_LINE, character: bytes(line.slice(0, at + 4)) } });
  const [fix] = (await codeActions(s, uri, key.range, [])).filter((a) => a.title === 'Change the key to "FirstName"');
  assert.deepEqual(fix.edit!.changes[uri][0].range, { start: { line: KEY_LINE, character: bytes(line.slice(0, at + 1)) }, end: { line: KEY_LINE, character: bytes(line.slice(0, at + 3)) } });
});

test('a client that echoes no diagnostic data (Vim+ALE) gets the fixes of the requested range', async () => {
  const { server: s } = await server();
  const uri = 'file:///no-data.webhook';
  const [escape] = (await open(s, uri, KOREAN)).diagnostics.filter((d) => d.code === 'json-escape');
  const withoutData = { ...escape, data: undefined };
  const fromRange = await codeActions(s, uri, escape.range, []);
  const fromEcho = await codeActions(s, uri, escape.range, [withoutData]);
  for (const actions of [fromRange, fromEcho]) {
    const fix = actions.find((a) => a.title === 'Add | json_escape');
    assert.ok(fix, JSON.stringify(actions));
    assert.equal(applyEdits(KOREAN, fix.edit!.changes[uri]), KOREAN.replace('{{${last_name}}}', '{{${last_name} | json_escape}}'));
  }
});

test('each of the four placeholder errors of examples/create-lead.webhook has a plain edit, and no command the client lacks', async () => {
  const { server: s } = await server();
  const uri = 'file:///create-lead.webhook';
  const placeholders = (await open(s, uri, CREATE_LEAD)).diagnostics.filter((d) => d.code === 'placeholder');
  assert.equal(placeholders.length, 4);
  for (const d of placeholders) {
    const actions = await codeActions(s, uri, d.range, [d], ['quickfix']);
    assert.ok(actions.length > 0, `no action for ${d.message}`);
    for (const a of actions) {
      assert.equal(a.command, undefined, `${a.title}: a command outside VS Code`);
      const placeholder = CREATE_LEAD.slice(offsetOf(CREATE_LEAD, d.range.start), offsetOf(CREATE_LEAD, d.range.end));
      const after = applyEdits(CREATE_LEAD, a.edit!.changes[uri]);
      assert.ok(!after.includes(placeholder), `${a.title}: ${placeholder} is left`);
      assert.ok(after.includes(`{{content_blocks.\${${placeholder.slice('[insert_'.length, -1)}}}}`), after);
    }
  }
});

test('the VS Code extension, which says it has the command, gets the ask-for-the-value fix first', async () => {
  const { server: s } = await server(minimalClientCapabilities, { fillPlaceholderCommand: true });
  const uri = 'file:///create-lead-vscode.webhook';
  const [first] = (await open(s, uri, CREATE_LEAD)).diagnostics.filter((d) => d.code === 'placeholder');
  const actions = await codeActions(s, uri, first.range, [first], ['quickfix']);
  assert.deepEqual(actions.map((a) => [a.command?.command, a.isPreferred === true, a.edit !== undefined]), [
    ['brazeWebhooks.fillPlaceholder', true, false],
    [undefined, false, true],
  ]);
});

test('source.fixAll: one action with every safe fix', async () => {
  const { server: s } = await server();
  const uri = 'file:///fix-all.webhook';
  await open(s, uri, KOREAN);
  const actions = await codeActions(s, uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll');
  assert.equal(applyEdits(KOREAN, actions[0].edit!.changes[uri]), KOREAN.replace('"이름"', '"FirstName"').replace('{{${last_name}}}', '{{${last_name} | json_escape}}'));
});

function offsetOf(text: string, p: { line: number; character: number }): number {
  return text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
}

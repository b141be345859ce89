// What the server sends follows what the client said it takes: position encoding, snippets, markdown.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fullClientCapabilities, initializedServer, minimalClientCapabilities, open, positionOf, type Range, type ServerUnderTest } from './lsp-client';
import { CREATE_LEAD, KOREAN } from './texts';

interface Item {
  label: string;
  insertTextFormat?: number;
  documentation?: { kind: string; value: string };
  textEdit: { range: Range; newText: string };
}

const servers: ServerUnderTest[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function server(capabilities: object) {
  const started = await initializedServer(capabilities, { answers: { 'workspace/configuration': () => [null], 'client/registerCapability': () => null } });
  servers.push(started.server);
  return started;
}

const complete = (s: ServerUnderTest, uri: string, position: { line: number; character: number }) =>
  s.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }) as Promise<{ items: Item[] } | null>;

/** A namespace completion: `custom_attribute.\${${1:name}}` as a snippet. */
const NAMESPACE = CREATE_LEAD.replace('{{${first_name}}}', '{{cust}}');
const namespaceAt = positionOf(NAMESPACE, NAMESPACE.indexOf('{{cust}}') + 6);

test('the position encoding is negotiated: the first one offered that the server has, else UTF-16', async () => {
  assert.equal((await server({ ...minimalClientCapabilities, general: { positionEncodings: ['utf-32', 'utf-16'] } })).capabilities.positionEncoding, 'utf-32');
  assert.equal((await server({ ...minimalClientCapabilities, general: { positionEncodings: ['utf-8'] } })).capabilities.positionEncoding, 'utf-8');
  assert.equal((await server(minimalClientCapabilities)).capabilities.positionEncoding, 'utf-16');
});

test('without snippet support, a completion is plain text with each tab stop at its default (Emacs without yasnippet)', async () => {
  const plain = (await server(minimalClientCapabilities)).server;
  await open(plain, 'file:///plain.webhook', NAMESPACE);
  const item = (await complete(plain, 'file:///plain.webhook', namespaceAt))!.items.find((i) => i.label.startsWith('custom_attribute'))!;
  assert.equal(item.insertTextFormat, 1);
  assert.equal(item.textEdit.newText, 'custom_attribute.${name}');

  const snippets = (await server(fullClientCapabilities)).server;
  await open(snippets, 'file:///snippets.webhook', NAMESPACE);
  const snippet = (await complete(snippets, 'file:///snippets.webhook', namespaceAt))!.items.find((i) => i.label.startsWith('custom_attribute'))!;
  assert.equal(snippet.insertTextFormat, 2);
  assert.equal(snippet.textEdit.newText, 'custom_attribute.\\${${1:name}}');
});

test('without markdown support, hovers and completion documentation are plain text', async () => {
  for (const [capabilities, kind] of [
    [minimalClientCapabilities, 'plaintext'],
    [fullClientCapabilities, 'markdown'],
  ] as const) {
    const { server: s } = await server(capabilities);
    const uri = `file:///${kind}.webhook`;
    await open(s, uri, NAMESPACE);
    const hover = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(NAMESPACE, NAMESPACE.indexOf('"lastName"') + 2) })) as {
      contents: { kind: string; value: string };
    };
    const documented = (await complete(s, uri, namespaceAt))!.items.find((i) => i.documentation)!;
    assert.equal(hover.contents.kind, kind);
    assert.equal(documented.documentation!.kind, kind);
    if (kind === 'plaintext') {
      assert.doesNotMatch(hover.contents.value, /\*\*|\]\(/);
      assert.doesNotMatch(documented.documentation!.value, /\]\(https/);
    } else {
      assert.match(hover.contents.value, /\*\*LastName\*\*/);
    }
  }
});

test('completion triggers only where a completion starts: not on a space; each trigger character opens a list somewhere', async () => {
  const { server: s, capabilities } = await server(minimalClientCapabilities);
  const triggers = (capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters;
  assert.ok(!triggers.includes(' '), 'a space triggers completion');
  const places: Record<string, [string, string]> = {
    '{': ['{{${first_name}}}', '{{'],
    '%': ['{{${first_name}}}', '{%'],
    $: ['{{${first_name}}}', '{{$'],
    '.': ['{{result.access_token}}', '{{result.'],
    '|': ['{{${first_name}}}', '{{${first_name}|'],
    ':': ['    :method post', '    :'],
    '"': ['  "firstName"', '  "'],
    '/': ['/services/data/v60.0/sobjects/Lead/', '/services/data/'],
  };
  assert.deepEqual(triggers.slice().sort(), Object.keys(places).sort());
  for (const [trigger, [from, to]] of Object.entries(places)) {
    const text = CREATE_LEAD.replace(from, to);
    const uri = `file:///trigger-${encodeURIComponent(trigger)}.webhook`;
    await open(s, uri, text);
    const result = await complete(s, uri, positionOf(text, text.indexOf(to) + to.length));
    assert.ok((result?.items.length ?? 0) > 0, `nothing after "${trigger}"`);
  }
});

test('every completion range is valid and holds the cursor, in UTF-16 and UTF-8 columns, around Korean and emoji', async () => {
  const lines = KOREAN.split('\n');
  for (const encoding of ['utf-16', 'utf-8'] as const) {
    const { server: s } = await server({ ...minimalClientCapabilities, general: { positionEncodings: [encoding] } });
    const uri = `file:///ranges-${encoding}.webhook`;
    await open(s, uri, KOREAN);
    const units = (text: string) => (encoding === 'utf-8' ? Buffer.byteLength(text, 'utf8') : text.length);
    for (const line of [5, 6]) {
      const text = lines[line];
      // Each character boundary of the line, in the client's units.
      for (let i = 0; i <= text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) {
        const cursor = { line, character: units(text.slice(0, i)) };
        for (const item of (await complete(s, uri, cursor))?.items ?? []) {
          const { start, end } = item.textEdit.range;
          assert.ok(start.line === line && end.line === line, `${item.label}: another line`);
          assert.ok(start.character <= cursor.character && cursor.character <= end.character && end.character <= units(text), `${encoding} ${item.label} at ${cursor.character}: ${JSON.stringify(item.textEdit.range)}`);
        }
      }
    }
  }
});

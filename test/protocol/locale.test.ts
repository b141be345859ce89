// The server's language over stdio, as Neovim, Emacs or Helix ask for it: `initialize`'s `locale`,
// overridden by `initializationOptions.locale`; English when neither names a supported language.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { initializedServer, minimalClientCapabilities, open } from './lsp-client';
import { repoPath } from '../support/paths';

const ENGLISH = 'Placeholder "{0}" is still in the template: {1}; fill in {2}';
const bundle = (lang: string) => JSON.parse(readFileSync(repoPath('l10n', 'server', `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>;
const TEMPLATE = readFileSync(repoPath('examples', 'create-lead.webhook'), 'utf8').replaceAll('[insert_instance_name]', 'acme');

/** The placeholder finding on [insert_client_id] as the server publishes it in that language. */
async function placeholderMessage(options: { locale?: string; initializationOptions?: unknown }): Promise<string> {
  const { server } = await initializedServer(minimalClientCapabilities, options);
  try {
    const published = await open(server, 'file:///locale.webhook', TEMPLATE);
    const found = published.diagnostics.find((d) => d.code === 'placeholder' && String(d.message).includes('[insert_client_id]'));
    assert.ok(found, `no placeholder finding: ${JSON.stringify(published.diagnostics.map((d) => d.code))}`);
    return String(found.message);
  } finally {
    await server.stop();
  }
}

/** The start of the translated message, up to its first placeholder: what every language must show. */
const opening = (lang: string) => {
  const translated = bundle(lang)[ENGLISH];
  assert.ok(translated, `bundle.l10n.${lang}.json has the placeholder message`);
  return translated.slice(0, translated.indexOf('{0}'));
};

for (const lang of ['es', 'pt-br', 'fr', 'de', 'ko']) {
  test(`initialize with locale "${lang}": the placeholder diagnostic is published in that language, code and placeholder untouched`, async () => {
    const message = await placeholderMessage({ locale: lang });
    assert.ok(message.startsWith(`${opening(lang)}[insert_client_id]`), message);
    assert.doesNotMatch(message, /is still in the template/);
    assert.match(message, /\[insert_client_id\]/);
  });
}

test('a region tag picks its language (pt-BR, de-AT); initializationOptions.locale overrides locale; an unknown language is English', async () => {
  assert.ok((await placeholderMessage({ locale: 'pt-BR' })).startsWith(opening('pt-br')));
  assert.ok((await placeholderMessage({ locale: 'de-AT' })).startsWith(opening('de')));
  assert.ok((await placeholderMessage({ locale: 'en', initializationOptions: { locale: 'ko' } })).startsWith(opening('ko')));
  assert.match(await placeholderMessage({ locale: 'ja' }), /^Placeholder "\[insert_client_id\]" is still in the template/);
  assert.match(await placeholderMessage({}), /^Placeholder "\[insert_client_id\]" is still in the template/);
});

test("each diagnostic's code links to its entry in the checks' reference the VSIX ships, in the client's language, when the client shows such links", async () => {
  const linked = { ...minimalClientCapabilities, textDocument: { ...minimalClientCapabilities.textDocument, publishDiagnostics: { codeDescriptionSupport: true } } };
  const hrefOf = async (capabilities: object, locale?: string) => {
    const { server } = await initializedServer(capabilities, { locale });
    try {
      const published = await open(server, 'file:///links.webhook', TEMPLATE);
      const found = published.diagnostics.find((d) => d.code === 'placeholder');
      assert.ok(found);
      return (found as { codeDescription?: { href: string } }).codeDescription?.href;
    } finally {
      await server.stop();
    }
  };
  const ko = await hrefOf(linked, 'ko');
  assert.match(ko ?? '', /^file:\/\/.*\/docs\/checks\.ko\.md#placeholder$/);
  assert.ok(existsSync(fileURLToPath(ko!.replace(/#.*/, ''))), `${ko} is not a file of the unzipped VSIX`);
  assert.match((await hrefOf(linked)) ?? '', /\/docs\/checks\.md#placeholder$/);
  assert.equal(await hrefOf(minimalClientCapabilities, 'ko'), undefined, 'no link for a client that does not show them');
});

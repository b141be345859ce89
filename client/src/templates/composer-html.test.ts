import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composerFields, composerView } from './composer-fields';
import { composerHtml, readComposerMessage } from './composer-html';
import { escapeHtml } from './webview-html';

const NONCE = 'abcdefghijklmnopqrstuv0123456789';
const render = (text: string) => {
  const view = composerView(text);
  const fields = composerFields(view);
  return { html: composerHtml(view, fields, { nonce: NONCE, title: 'create-lead.webhook' }), fields };
};

describe('composerHtml', () => {
  test('a strict CSP with the nonce; every style and script carries it; nothing remote', () => {
    const { html } = render('POST https://acme.my.salesforce.com/x\nContent-Type: application/json\n\n{"LastName": "{{${last_name}}}"}\n');
    assert.match(html, new RegExp(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}';">`));
    assert.equal([...html.matchAll(/<script\b/g)].length, 1);
    assert.equal([...html.matchAll(/<script nonce="[^"]+">/g)].length, 1);
    assert.equal([...html.matchAll(/<style nonce="[^"]+">/g)].length, 1);
    assert.doesNotMatch(html, /\b(src|href)=/);
    assert.doesNotMatch(html, /https?:\/\/(?!acme\.my\.salesforce\.com)/);
    assert.doesNotMatch(html, /\bon[a-z]+=/i, 'no inline event handlers');
  });

  test('values are escaped, and each has a copy button with its id', () => {
    const { html, fields } = render('POST https://x.example/?a=1&b=<2>\nX-Note: "quoted" \'single\'\n\n{"Description": "</pre><script>alert(1)</script>"}\n');
    assert.ok(html.includes('https://x.example/?a=1&amp;b=&lt;2&gt;'));
    assert.ok(html.includes('&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&quot;quoted&quot; &#39;single&#39;'));
    for (const f of fields) assert.ok(html.includes(`data-id="${f.id}"`), f.id);
    assert.ok(html.includes('<b>JSON Key/Value Pairs</b>'));
  });

  test('a raw body says why; syntax problems are shown', () => {
    assert.match(render('POST https://x.example/\n\n{"n": 1}\n').html, /<b>Raw Text<\/b> \(&quot;n&quot; is not a string: key\/value pairs send strings only\)/);
    assert.match(render('POST https://x.example/\nAuthorization Bearer\n\n').html, /class="problems"/);
  });

  test('a bad nonce is refused', () => {
    const view = composerView('GET https://x.example/\n');
    assert.throws(() => composerHtml(view, composerFields(view), { nonce: "x' 'unsafe-inline", title: 't' }));
  });
});

describe('readComposerMessage / escapeHtml', () => {
  test('only a copy message with a known id is read', () => {
    const fields = composerFields(composerView('GET https://x.example/\n'));
    assert.equal(readComposerMessage({ type: 'copy', id: 'url' }, fields)?.value, 'https://x.example/');
    assert.equal(readComposerMessage({ type: 'copy', id: 'nope' }, fields), undefined);
    assert.equal(readComposerMessage({ type: 'copy', id: 1 }, fields), undefined);
    assert.equal(readComposerMessage({ type: 'paste', id: 'url' }, fields), undefined);
    assert.equal(readComposerMessage('url', fields), undefined);
    assert.equal(readComposerMessage(null, fields), undefined);
  });

  test('escapeHtml', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

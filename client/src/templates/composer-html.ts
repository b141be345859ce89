/**
 * The HTML of the "Copy for Braze Composer" webview: each composer box with its value (read-only)
 * and a copy button. The page loads nothing: one inline style and one inline script, both allowed
 * by a nonce in a Content-Security-Policy that forbids everything else. A button sends only the
 * field's id; the extension looks the value up and writes the clipboard. Pure: no vscode.
 */
import { leftoverPlaceholders, type ComposerField, type ComposerView } from './composer-fields';
import { escapeHtml, webviewPage } from './webview-html';
import { l10n } from '../l10n';

export interface ComposerMessage {
  type: 'copy';
  id: string;
}

/** A message from the webview, checked: only `{type: 'copy', id}` with an id of the page. */
export function readComposerMessage(message: unknown, fields: readonly ComposerField[]): ComposerField | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Partial<ComposerMessage>;
  if (m.type !== 'copy' || typeof m.id !== 'string') return undefined;
  return fields.find((f) => f.id === m.id);
}

/** Beside a value that still holds a placeholder: copying it asks first. */
function leftoverNote(f: ComposerField): string {
  const left = leftoverPlaceholders(f.value);
  // The placeholders go in after escaping the translated sentence, as code.
  const codes = left.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ');
  return left.length ? `<div class="leftover" id="leftover-${escapeHtml(f.id)}">${escapeHtml(l10n.t('Still holds {0}: fill it in before Braze gets it.', '\u0000')).replace('\u0000', codes)}</div>` : '';
}

/** Each section's heading, and where it goes in Braze's composer. */
const SECTIONS: Record<ComposerField['section'], () => { heading: string; help: string }> = {
  Template: () => ({ heading: l10n.t('Template'), help: l10n.t('Templates > Webhook Templates > + Create Webhook Template: the template name.') }),
  Request: () => ({ heading: l10n.t('Request'), help: l10n.t('Compose tab: Webhook URL and HTTP Method.') }),
  Headers: () => ({ heading: l10n.t('Headers'), help: l10n.t('Settings tab: + Add New Header, once per header (key, then value).') }),
  Body: () => ({ heading: l10n.t('Body'), help: l10n.t('Compose tab: Request Body.') }),
};

/** A string as a JavaScript literal inside an inline script: no `</script>` can close it. */
const scriptString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

export function composerHtml(view: ComposerView, fields: readonly ComposerField[], options: { nonce: string; title: string }): string {
  const { nonce } = options;
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(nonce)) throw new Error('the nonce must be at least 16 base64 characters');
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const sections: string[] = [];
  for (const section of ['Template', 'Request', 'Headers', 'Body'] as const) {
    const inSection = fields.filter((f) => f.section === section);
    if (inSection.length === 0 && section !== 'Body') continue;
    const rows = inSection
      .map(
        (f) =>
          `<div class="field"><div class="label">${escapeHtml(f.label)}</div>` +
          `<pre class="value" id="value-${escapeHtml(f.id)}">${escapeHtml(f.value)}</pre>` +
          `<button type="button" data-id="${escapeHtml(f.id)}" aria-label="${escapeHtml(l10n.t('Copy {0}', f.label))}">${escapeHtml(l10n.t('Copy'))}</button>${leftoverNote(f)}</div>`,
      )
      .join('\n');
    let note = '';
    if (section === 'Body') {
      // Braze's option names in bold, as the composer shows them.
      const bold = (text: string, option: string) => escapeHtml(text).replace(escapeHtml(option), `<b>${escapeHtml(option)}</b>`);
      if (view.body.mode === 'pairs') note = `<p class="note">${bold(l10n.t('Request Body: choose {0} and add one pair per member.', 'JSON Key/Value Pairs'), 'JSON Key/Value Pairs')}</p>`;
      else if (view.body.mode === 'raw') note = `<p class="note">${bold(view.body.reason ? l10n.t('Request Body: choose {0} ({1}).', 'Raw Text', view.body.reason) : l10n.t('Request Body: choose {0}.', 'Raw Text'), 'Raw Text')}</p>`;
      else note = `<p class="note">${escapeHtml(l10n.t('No request body.'))}</p>`;
    }
    const { heading, help } = SECTIONS[section]();
    sections.push(`<section><h2>${escapeHtml(heading)}</h2><p class="help">${escapeHtml(help)}</p>${note}\n${rows}</section>`);
  }
  const problems = view.problems.length
    ? `<div class="problems" role="alert"><b>${escapeHtml(l10n.t('This template has syntax problems; Braze may not get what you expect:'))}</b><ul>${view.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></div>`
    : '';
  return webviewPage({
    title: options.title,
    csp,
    nonce,
    css: `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 12px; }
h1 { font-size: 1.2em; } h2 { font-size: 1.05em; margin-top: 1.4em; border-bottom: 1px solid var(--vscode-panel-border); }
.help, .note { color: var(--vscode-descriptionForeground); margin: 4px 0; }
.field { display: grid; grid-template-columns: 11em 1fr auto; gap: 8px; align-items: start; margin: 6px 0; }
.label { font-weight: 600; padding-top: 4px; overflow-wrap: anywhere; }
.value { margin: 0; padding: 4px 6px; white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); border-radius: 3px; user-select: text; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 4px 10px; cursor: pointer; border-radius: 2px; }
button:hover { background: var(--vscode-button-hoverBackground); }
button.copied { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); }
.problems { border-left: 3px solid var(--vscode-editorWarning-foreground); padding: 4px 8px; margin: 8px 0; }
.leftover { grid-column: 2 / 4; color: var(--vscode-editorWarning-foreground); }
`,
    body: `<h1>${escapeHtml(options.title)}</h1>
${problems}
${sections.join('\n')}
<script nonce="${nonce}">
(function () {
  const COPY = ${scriptString(l10n.t('Copy'))};
  const COPIED = ${scriptString(l10n.t('Copied'))};
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', function (event) {
    const button = event.target instanceof Element ? event.target.closest('button[data-id]') : null;
    if (button) vscode.postMessage({ type: 'copy', id: button.getAttribute('data-id') });
  });
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (!message || message.type !== 'copied') return;
    document.querySelectorAll('button[data-id]').forEach(function (b) {
      const copied = b.getAttribute('data-id') === message.id;
      b.classList.toggle('copied', copied);
      b.textContent = copied ? COPIED : COPY;
    });
  });
})();
</script>`,
  });
}

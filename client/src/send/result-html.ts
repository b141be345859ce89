/**
 * The HTML of the result view (a read-only webview beside the editor): status and time, the
 * explanation with the fix, the new Lead's id, the request as sent, the Connected Content calls,
 * the answer's headers and body. No script at all: the Content-Security-Policy allows only the
 * one inline style (by nonce) and forbids everything else, so nothing is loaded and nothing runs.
 * The actions (re-send, copy as curl, save the answer, re-enter a refused credential) are command
 * links with the result's id as their only argument (the view allows just those commands).
 * Every text is escaped. The model is already masked (result-model.ts). Pure: no vscode.
 */
import { COMMANDS } from '../commands/ids';
import { escapeHtml, webviewPage } from '../templates/webview-html';
import { fieldName } from '../../../server/src/send';
import { l10n } from '../l10n';
import type { ModelCall, ModelExplanation, ModelHeader, ResultModel } from './result-model';

/** The commands the view's links run: the webview allows these and no other. */
export const RESULT_VIEW_COMMANDS = [COMMANDS.historyResend, COMMANDS.historyCopyAsCurl, COMMANDS.historySaveAnswer, COMMANDS.reenterPlaceholder];

/** A command link with `{ id }` as its argument. */
export function commandLink(command: string, id: string): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([{ id }]))}`;
}

export function resultHtml(m: ResultModel, options: { nonce: string }): string {
  const { nonce } = options;
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(nonce)) throw new Error('the nonce must be at least 16 base64 characters');
  const csp = `default-src 'none'; style-src 'nonce-${nonce}';`;
  const e = escapeHtml;
  const parts: string[] = [];
  const badge = m.ok ? 'ok' : m.outcome === 'cancelled' ? 'neutral' : 'error';
  const heading = m.kind === 'preview' ? l10n.t('Preview (not sent)') : m.status !== undefined ? `${m.status}${m.statusText ? ` ${m.statusText}` : ''}` : outcomeLabel(m.outcome);
  const link = (command: string, text: string) => `<a href="${e(commandLink(command, m.id))}">${e(text)}</a>`;
  // The top of the page: a new result opens at it (result-view.ts).
  parts.push(`<h1 id="top"><span class="badge ${badge}" id="status">${e(heading)}</span> <span id="title">${e(m.title)}</span></h1>`);
  if (m.credential) {
    const c = m.credential;
    parts.push(
      `<div class="problem" id="credential" role="alert"><p><b>${e(l10n.t('Probably wrong: {0}.', c.placeholder ? `${c.what} (${c.placeholder})` : c.what))}</b> ${e(l10n.t('Salesforce refused the token call with {0}.', c.code))}</p>` +
        (c.placeholder
          ? `<p>${link(COMMANDS.reenterPlaceholder, l10n.t('Forget {0} and enter it again', c.placeholder))} ${e(m.kind === 'preview' ? l10n.t('(then this is previewed again), or run Braze Webhooks: Forget Stored Placeholder Values.') : l10n.t('(then this is sent again), or run Braze Webhooks: Forget Stored Placeholder Values.'))}</p>`
          : `<p>${e(l10n.t('This is a setting of the org, not a value kept in VS Code: change it in Salesforce, then send again.'))}</p>`) +
        '</div>',
    );
  }
  if (m.warnings.length) parts.push(`<div class="problem" id="warnings" role="alert"><ul>${m.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul></div>`);
  const actions = [link(COMMANDS.historyResend, m.kind === 'preview' ? l10n.t('Preview again') : l10n.t('Send again'))];
  if (m.request) actions.push(link(COMMANDS.historyCopyAsCurl, l10n.t('Copy as curl')));
  if (m.response) actions.push(link(COMMANDS.historySaveAnswer, l10n.t('Save the answer…')));
  parts.push(`<p class="actions" id="actions">${actions.join(' · ')}</p>`);
  const facts: [string, string][] = [
    [l10n.t('Template'), `${m.file}${m.templateName ? ` (${m.templateName})` : ''}`],
    [l10n.t('Test user'), `${m.user}${m.userSource ? ` (${m.userSource})` : ''}`],
    [l10n.t('Started'), m.startedAt],
  ];
  if (m.durationMs !== undefined) facts.push([l10n.t('Time'), `${m.durationMs} ms`]);
  if (m.instanceUrlOverride) facts.push([l10n.t('Instance override'), m.instanceUrlOverride]);
  if (m.hosts.length) facts.push([l10n.t('Hosts'), m.hosts.join(', ')]);
  const createdLabel = m.created ? l10n.t('New {0} id', m.created.object) : undefined;
  if (m.created && createdLabel) facts.push([createdLabel, m.created.id]);
  parts.push(`<dl class="facts">${facts.map(([k, v]) => `<dt>${e(k)}</dt><dd${k === createdLabel ? ' id="created-id"' : ''}>${e(v)}</dd>`).join('')}</dl>`);
  if (m.explanation) parts.push(explanationHtml(m.explanation, 'explanation'));
  if (m.renderFailure) {
    const f = m.renderFailure;
    parts.push(`<section class="problem" role="alert"><h2>${e(l10n.t('Not rendered'))}</h2><p>${e(f.message)}</p>${f.field ? `<p>${e(l10n.t('Field: {0}', fieldName(f.field)))}</p>` : ''}${
      f.missingPlaceholders.length ? `<p>${e(l10n.t('Missing placeholder values:'))} ${f.missingPlaceholders.map((p) => `<code>${e(p)}</code>`).join(', ')}</p>` : ''
    }</section>`);
  }
  if (m.notes.length) parts.push(`<section><h2>${e(l10n.t('Notes'))}</h2><ul>${m.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul></section>`);
  if (m.request) {
    const r = m.request;
    parts.push(
      `<section id="request"><h2>${e(r.sent ? l10n.t('Request') : l10n.t('Request (not sent)'))}</h2>` +
        `<pre class="code">${e(`${r.method} ${r.url}`)}</pre>` +
        (r.renderedUrl ? `<p class="muted">${e(r.sent ? l10n.t('Rendered as {0} (sent to the instance override)', r.renderedUrl) : l10n.t('Rendered as {0} (would be sent to the instance override)', r.renderedUrl))}</p>` : '') +
        headersHtml(r.headers) +
        (r.body !== undefined ? `<h3>${e(l10n.t('Body'))}</h3><pre class="code">${e(r.body)}</pre>` : '') +
        '</section>',
    );
  }
  if (m.calls.length) parts.push(`<section id="calls"><h2>${e(l10n.t('Connected Content calls'))}</h2>${m.calls.map(callHtml).join('')}</section>`);
  if (m.response) {
    const r = m.response;
    parts.push(
      `<section id="response"><h2>${e(l10n.t('Answer'))}</h2>` +
        (r.redirectLocation ? `<p class="problem">${e(l10n.t('Redirect not followed. Location: {0}', r.redirectLocation))}</p>` : '') +
        headersHtml(r.headers) +
        `<h3>${e(l10n.t('Body'))}${r.json ? ' (JSON)' : ''}${r.truncated ? ` (${e(l10n.t('cut'))})` : ''}</h3><pre class="code">${r.body ? e(r.body) : `<span class="muted">(${e(l10n.t('empty'))})</span>`}</pre></section>`,
    );
  }
  return webviewPage({
    title: m.title,
    csp,
    nonce,
    css: `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 12px 24px; }
h1 { font-size: 1.15em; } h2 { font-size: 1.05em; margin-top: 1.4em; border-bottom: 1px solid var(--vscode-panel-border); } h3 { font-size: 1em; }
.badge { padding: 2px 8px; border-radius: 3px; font-weight: 600; }
.badge.ok { background: var(--vscode-testing-iconPassed, #2e7d32); color: var(--vscode-editor-background); }
.badge.error { background: var(--vscode-errorForeground); color: var(--vscode-editor-background); }
.badge.neutral { background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; } .facts dt { font-weight: 600; } .facts dd { margin: 0; overflow-wrap: anywhere; }
.code { margin: 4px 0; padding: 6px 8px; white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); border-radius: 3px; }
table { border-collapse: collapse; } td { padding: 1px 10px 1px 0; vertical-align: top; font-family: var(--vscode-editor-font-family); overflow-wrap: anywhere; } td:first-child { font-weight: 600; white-space: nowrap; }
.problem { border-left: 3px solid var(--vscode-errorForeground); padding: 4px 8px; }
.fine { border-left: 3px solid var(--vscode-testing-iconPassed, #2e7d32); padding: 4px 8px; }
.muted { color: var(--vscode-descriptionForeground); }
.call { margin: 8px 0 12px; }
`,
    body: `${parts.join('\n')}`,
  });
}

function outcomeLabel(o: ResultModel['outcome']): string {
  return { answer: l10n.t('Answer'), timeout: l10n.t('Timeout'), cancelled: l10n.t('Cancelled'), 'network-error': l10n.t('No answer'), refused: l10n.t('Not sent'), rendered: l10n.t('Rendered'), 'not-rendered': l10n.t('Not rendered') }[o];
}

function explanationHtml(x: ModelExplanation, id?: string): string {
  const e = escapeHtml;
  return (
    `<div class="${x.ok ? 'fine' : 'problem'}"${id ? ` id="${id}"` : ''}${x.ok ? '' : ' role="alert"'}><p><b>${e(x.summary)}</b></p>` +
    (x.details.length ? `<ul>${x.details.map((d) => `<li>${e(d)}</li>`).join('')}</ul>` : '') +
    (x.fixes.length ? `<p><b>${e(l10n.t('Fix:'))}</b></p><ul>${x.fixes.map((f) => `<li>${e(f)}</li>`).join('')}</ul>` : '') +
    '</div>'
  );
}

function headersHtml(headers: readonly ModelHeader[]): string {
  if (!headers.length) return '';
  return `<h3>${escapeHtml(l10n.t('Headers'))}</h3><table>${headers.map((h) => `<tr><td>${escapeHtml(h.name)}</td><td>${escapeHtml(h.value)}</td></tr>`).join('')}</table>`;
}

function callHtml(c: ModelCall): string {
  const e = escapeHtml;
  const status = c.status !== undefined ? String(c.status) : c.outcome;
  return (
    `<div class="call"><pre class="code">${e(`${c.method} ${c.url}`)}</pre>` +
    `<p class="muted">${e(callLine(c, status))}</p>` +
    (c.requestBody ? `<p class="muted">${e(l10n.t('Body sent:'))}</p><pre class="code">${e(c.requestBody)}</pre>` : '') +
    (c.answer && !c.fromCache ? `<p class="muted">${e(l10n.t('Answer:'))}</p><pre class="code">${e(c.answer)}</pre>` : '') +
    (c.notes.length ? `<ul>${c.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : '') +
    (c.explanation.ok ? '' : explanationHtml(c.explanation)) +
    '</div>'
  );
}

/** "In the header Authorization: 200 in 12 ms, saved as "result"". */
function callLine(c: ModelCall, status: string): string {
  const line = c.fromCache ? l10n.t('In the {0}: {1} from the cache', fieldName(c.field), status) : l10n.t('In the {0}: {1} in {2} ms', fieldName(c.field), status, c.durationMs);
  return c.savedAs ? l10n.t('{0}, saved as "{1}"', line, c.savedAs) : line;
}

/**
 * What the history shows of an entry besides the result view: the tree row, the text the diff
 * editor compares (the rendered request, then the answer), the request as a curl command and the
 * name offered when the answer is saved. Everything is made from the masked result model, so a
 * secret never reaches the clipboard or a file from here. Pure: no vscode.
 */
import { MASK } from '../../../server/src/core';
import { l10n } from '../l10n';
import type { ModelHeader, ResultModel } from '../send/result-model';

export interface TreeRow {
  label: string;
  description: string;
  tooltip: string;
  /** A codicon name. */
  icon: 'pass' | 'error' | 'eye' | 'circle-slash';
}

/** The tree row: when and which template (its file: a name such as "Salesforce Sales Cloud > Create Lead" would hide the rest), then user, status and time taken. */
export function treeRow(m: ResultModel, now: Date = new Date()): TreeRow {
  const started = new Date(m.startedAt);
  const template = m.file.split(/[\\/]/).pop() ?? m.file;
  const status = m.kind === 'preview' ? l10n.t('preview') : m.status !== undefined ? String(m.status) : m.outcome;
  const description = [m.user, status, m.durationMs !== undefined ? `${m.durationMs} ms` : undefined].filter(Boolean).join(' · ');
  const icon = m.outcome === 'cancelled' ? 'circle-slash' : !m.ok ? 'error' : m.kind === 'preview' ? 'eye' : 'pass';
  return {
    label: `${when(started, now)} ${template}`,
    description,
    tooltip: `${heading(m)}, ${m.startedAt}\n${m.title}`,
    icon,
  };
}

/** `14:05:09`, or `2026-12-01 14:05:09` when not today (local time). */
function when(d: Date, now: Date): string {
  if (Number.isNaN(d.getTime())) return '?';
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  const sameDay = d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  return sameDay ? time : `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${time}`;
}

/** The text the diff editor compares: a heading, the request as rendered (or sent), the answer. */
export function entryText(m: ResultModel): string {
  const out = [`# ${heading(m)}`, `# ${m.startedAt}: ${m.title}`, ''];
  if (m.request) {
    out.push(`${m.request.method} ${m.request.url}`, ...headerLines(m.request.headers));
    if (m.request.body !== undefined) out.push('', m.request.body);
    if (!m.request.sent) out.push('', `# (${l10n.t('not sent')})`);
  } else if (m.renderFailure) {
    out.push(`# ${l10n.t('Not rendered: {0}', m.renderFailure.message)}`);
  }
  if (m.response) {
    out.push('', `HTTP ${m.status ?? ''} ${m.statusText ?? ''}`.trimEnd(), ...headerLines(m.response.headers), '', m.response.body);
  } else if (m.kind === 'send' && m.outcome !== 'answer') {
    out.push('', `# ${l10n.t('No answer: {0}', m.title)}`);
  }
  return `${out.join('\n')}\n`;
}

/** "Send of create-lead.webhook (Create Lead) as jane (jane.json)". */
function heading(m: ResultModel): string {
  const file = m.templateName ? `${m.file} (${m.templateName})` : m.file;
  const user = m.userSource ? `${m.user} (${m.userSource})` : m.user;
  return m.kind === 'preview' ? l10n.t('Preview of {0} as {1}', file, user) : l10n.t('Send of {0} as {1}', file, user);
}

function headerLines(headers: readonly ModelHeader[]): string[] {
  return headers.map((h) => `${h.name}: ${h.value}`);
}

/** The request as a curl command (POSIX shell quoting), or undefined when it was not rendered. */
export function curlCommand(m: ResultModel): string | undefined {
  const r = m.request;
  if (!r) return undefined;
  const parts = [`curl -X ${r.method} ${shellQuote(r.url)}`, ...r.headers.map((h) => `-H ${shellQuote(`${h.name}: ${h.value}`)}`)];
  if (r.body !== undefined && r.body !== '') parts.push(`--data-raw ${shellQuote(r.body)}`);
  const command = parts.join(' \\\n  ');
  // The model is masked: say so, or the command fails with a literal ******** as the token.
  return command.includes(MASK) ? `# ${l10n.t('Secrets are masked ({0}): put them back before running this.', MASK)}\n${command}\n` : `${command}\n`;
}

export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The file name offered for the answer: `create-lead-201-20261202-140509.json`. */
export function answerFileName(m: ResultModel): string {
  const base = (m.file.split(/[\\/]/).pop() ?? 'answer').replace(/\.webhook$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'answer';
  const stamp = m.startedAt.replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
  return `${base}-${m.status ?? m.outcome}-${stamp}.${m.response?.json ? 'json' : 'txt'}`;
}

/**
 * The lines the "Braze Webhooks: Send" log records for a result: a summary at info level, the
 * request and the answer in full at debug level. Made from the (masked) result model, and
 * masked once more by log.ts. Pure: no vscode.
 */
import type { Destination } from './production-hosts';
import type { ModelCall, ResultModel } from './result-model';

export interface LogLine {
  level: 'info' | 'warn' | 'debug';
  text: string;
}

/** The lines for one result, in order. */
export function resultLogLines(m: ResultModel): LogLine[] {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => ({ push: (...texts: string[]) => lines.push(...texts.map((text) => ({ level, text }))) });
  const info = at('info');
  const warn = at('warn');
  const debug = at('debug');
  const verb = m.kind === 'preview' ? 'Preview' : 'Send';
  const who = `${m.user}${m.userSource ? ` (${m.userSource})` : ''}`;
  const target = m.request ? `${m.request.method} ${m.request.url}` : '(not rendered)';
  const time = m.durationMs !== undefined ? ` in ${m.durationMs} ms` : '';
  const line = `${verb} ${m.file} as ${who}: ${target} -> ${m.title}${time}`;
  (m.ok ? info : warn).push(line);
  if (m.instanceUrlOverride) info.push(`  instance URL override: ${m.instanceUrlOverride}`);
  if (m.hosts.length) info.push(`  hosts: ${m.hosts.join(', ')}`);
  for (const c of m.calls) (c.explanation.ok ? info : warn).push(`  ${callLine(c)}`);
  if (m.renderFailure?.missingPlaceholders.length) warn.push(`  missing placeholders: ${m.renderFailure.missingPlaceholders.join(', ')}`);
  if (m.explanation && !m.explanation.ok) {
    for (const d of m.explanation.details) warn.push(`  ${d}`);
    for (const f of m.explanation.fixes) warn.push(`  Fix: ${f}`);
  }
  for (const n of m.notes) info.push(`  note: ${n}`);
  if (m.request) {
    debug.push(`request: ${m.request.method} ${m.request.url}${m.request.renderedUrl ? ` (rendered as ${m.request.renderedUrl})` : ''}`);
    for (const h of m.request.headers) debug.push(`  ${h.name}: ${h.value}`);
    if (m.request.body !== undefined) debug.push(`  body: ${m.request.body}`);
  }
  if (m.response) {
    debug.push(`answer: ${m.status ?? ''} ${m.statusText ?? ''}`.trimEnd());
    for (const h of m.response.headers) debug.push(`  ${h.name}: ${h.value}`);
    if (m.response.body) debug.push(`  body: ${m.response.body}`);
  }
  return lines;
}

/** The line recorded before a send or a preview: each host the render would call, as fetch will reach it. */
export function destinationsLogLine(file: string, destinations: readonly Destination[]): LogLine {
  const each = destinations.map((d) => `${d.what} -> ${d.kind === 'unknown' ? `a host written in Liquid (${d.host})` : `${d.host} (${d.kind})`}${d.refused ? `, refused: ${d.refused}` : ''}`);
  return { level: destinations.some((d) => d.refused) ? 'warn' : 'info', text: `Destinations of ${file}: ${each.join('; ') || 'none'}` };
}

function callLine(c: ModelCall): string {
  const status = c.status !== undefined ? String(c.status) : c.outcome;
  const how = c.fromCache ? 'from the cache' : `in ${c.durationMs} ms`;
  return `connected_content ${c.method} ${c.url} (${c.field}) -> ${status} ${how}${c.explanation.ok ? '' : `: ${c.explanation.summary}`}`;
}

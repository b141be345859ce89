import { headerMatch } from '../analysis/header-names';
import { lineNumberAt } from '../analysis/lines';
import type { Header } from '../../syntax';
import { reportSyntaxProblems } from './syntax-problems';
import type { Check, CheckContext } from './types';

export const headerSyntax: Check = {
  meta: {
    code: 'header-syntax',
    severity: 'error',
    summary:
      'A header line has no colon or no name, the headers do not end with a blank line before the body, a header is duplicated, or a standard header is misspelt or translated.',
    docs:
      'Each header is `Name: value` on its own line; an indented line continues the header above it. A blank line ends the headers; ' +
      "the body follows. Braze's composer has one box per header key and value, and the keys must be written exactly " +
      '(`Content-Type`, `Authorization`): the translated versions of Braze\'s Salesforce page print `Tipo de contenido`, `Autorización`, ' +
      '`Autorisierung`, `콘텐츠-유형`, `승인`... and another page writes `Content_Type`, which Salesforce does not read. ' +
      'A header written twice sends one key with two values, or drops one. Source: Braze, "Creating a webhook" ' +
      '(https://www.braze.com/docs/user_guide/message_building_by_channel/webhooks/creating_a_webhook/).',
  },
  run(context) {
    reportSyntaxProblems(context, 'header-syntax');
    reportNames(context);
    reportDuplicates(context);
  },
};

function reportNames(context: CheckContext): void {
  for (const h of context.doc.headers) {
    if (h.colon === undefined || h.name.text === '') continue;
    const match = headerMatch(h);
    if (!match || match.kind === 'exact') continue;
    const what =
      match.kind === 'case'
        ? 'is written in other letter case'
        : match.kind === 'translation'
          ? `is a translation${match.variant?.language ? ` (${match.variant.language})` : ''}`
          : 'is misspelt';
    context.report({
      start: h.name.start,
      end: h.name.end,
      message: `Header "${h.name.text}" ${what}: Braze wants exactly "${match.standard}"`,
      severity: match.kind === 'case' ? 'warning' : undefined,
      fixes: [{ title: `Rename to "${match.standard}"`, edits: [{ start: h.name.start, end: h.name.end, newText: match.standard }], preferred: true }],
    });
  }
}

function reportDuplicates(context: CheckContext): void {
  const { doc } = context;
  const seen = new Map<string, Header>();
  for (const h of doc.headers) {
    if (h.colon === undefined || h.name.text === '') continue;
    const key = headerMatch(h)?.standard.toLowerCase() ?? h.name.text.toLowerCase();
    const first = seen.get(key);
    if (!first) {
      seen.set(key, h);
      continue;
    }
    const line = lineNumberAt(doc, first.start);
    let end = h.end;
    if (doc.text[end] === '\r') end++;
    if (doc.text[end] === '\n') end++;
    context.report({
      start: h.name.start,
      end: h.name.end,
      message: `Header "${h.name.text}" is set twice (first on line ${line}): keep one`,
      fixes: [{ title: `Remove this "${h.name.text}" header`, edits: [{ start: h.start, end, newText: '' }] }],
    });
  }
}

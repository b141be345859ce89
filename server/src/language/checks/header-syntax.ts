import { t } from '../../core';
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
    const name = h.name.text;
    const language = match.variant?.language;
    const message =
      match.kind === 'case'
        ? t('Header "{0}" is written in other letter case: Braze wants exactly "{1}"', name, match.standard)
        : match.kind === 'translation'
          ? language
            ? t('Header "{0}" is a translation ({1}): Braze wants exactly "{2}"', name, language, match.standard)
            : t('Header "{0}" is a translation: Braze wants exactly "{1}"', name, match.standard)
          : t('Header "{0}" is misspelt: Braze wants exactly "{1}"', name, match.standard);
    context.report({
      start: h.name.start,
      end: h.name.end,
      message,
      severity: match.kind === 'case' ? 'warning' : undefined,
      fixes: [{ title: t('Rename to "{0}"', match.standard), edits: [{ start: h.name.start, end: h.name.end, newText: match.standard }], preferred: true }],
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
      message: t('Header "{0}" is set twice (first on line {1}): keep one', h.name.text, line),
      fixes: [{ title: t('Remove this "{0}" header', h.name.text), edits: [{ start: h.start, end, newText: '' }] }],
    });
  }
}

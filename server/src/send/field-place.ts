/**
 * How a message names a field of the template. The renderer's labels (`URL`, `header
 * Authorization`, `body`) stay English as data (`RenderFailure.field`, `ConnectedContentCall.field`);
 * a message says them in the configured language, "in the ..." as one phrase so that each language
 * picks its own preposition and case.
 */
import { t } from '../core';

const HEADER = 'header ';

/** "in the body", "in the header Authorization". */
export function inField(label: string): string {
  if (label === 'URL') return t('in the URL');
  if (label === 'body') return t('in the body');
  if (label.startsWith(HEADER)) return t('in the header {0}', label.slice(HEADER.length));
  return t('in the {0}', label);
}

/** "body", "header Authorization": a label in a list. */
export function fieldName(label: string): string {
  if (label === 'URL') return t('URL');
  if (label === 'body') return t('body');
  if (label.startsWith(HEADER)) return t('header {0}', label.slice(HEADER.length));
  return label;
}

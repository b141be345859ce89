/** Test helper (not a test file): what a message should read in a language, computed from the bundle, not by t(). */
import assert from 'node:assert/strict';
import { bundleFor, type SupportedLocale } from '../../server/src/core';

/** The bundle's translation of `english` with `{n}` filled in. */
export function translated(locale: SupportedLocale, english: string, ...args: Array<string | number>): string {
  const message = bundleFor(locale)[english];
  assert.ok(message, `bundle.l10n.${locale}.json lacks "${english}"`);
  return message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}

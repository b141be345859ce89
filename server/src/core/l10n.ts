/**
 * The server's language: one bundle per supported locale, inlined by the bundler (JSON imports),
 * so the minified server needs no file lookup. `configureLocale()` must run before any message is
 * built (the LSP server calls it from `initialize`, the CLIs from `--locale` or LANG/LC_ALL).
 * English is the key and the fallback.
 */
import * as l10n from '@vscode/l10n';
import es from '../../../l10n/server/bundle.l10n.es.json';
import ptBr from '../../../l10n/server/bundle.l10n.pt-br.json';
import fr from '../../../l10n/server/bundle.l10n.fr.json';
import de from '../../../l10n/server/bundle.l10n.de.json';
import ko from '../../../l10n/server/bundle.l10n.ko.json';

export const SUPPORTED_LOCALES = ['es', 'pt-br', 'fr', 'de', 'ko'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const BUNDLES: Record<SupportedLocale, Record<string, string>> = { es, 'pt-br': ptBr, fr, de, ko };

let current: SupportedLocale | 'en' = 'en';

/** The supported locale a tag such as `pt-BR`, `ko_KR.UTF-8` or `de-AT` stands for, or `en`. */
export function resolveLocale(tag: string | undefined | null): SupportedLocale | 'en' {
  if (!tag) return 'en';
  const t = tag.split('.')[0].replace(/_/g, '-').toLowerCase();
  if (t === 'pt-br' || t === 'pt') return 'pt-br';
  const base = t.split('-')[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(base) ? (base as SupportedLocale) : 'en';
}

/** The locale of a process's environment (LC_ALL, then LC_MESSAGES, then LANG). */
export function localeFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}

/** Sets the language every later `t()` answers in; returns the locale chosen. */
export function configureLocale(tag: string | undefined | null): SupportedLocale | 'en' {
  current = resolveLocale(tag);
  l10n.config({ contents: current === 'en' ? {} : BUNDLES[current] });
  return current;
}

export function currentLocale(): SupportedLocale | 'en' {
  return current;
}

/** A message in the configured language; `{0}`, `{1}`... are replaced by the arguments. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  return l10n.t(message, ...args);
}

/** The bundles, for the catalogue test. */
export function bundleFor(locale: SupportedLocale): Readonly<Record<string, string>> {
  return BUNDLES[locale];
}

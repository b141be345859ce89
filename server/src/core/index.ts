/**
 * The core: every Braze and Salesforce rule that more than one part needs, written once: the
 * knowledge (Braze attributes, tags, filters, Connected Content; Salesforce objects, API versions,
 * hosts), how Braze's Liquid becomes liquidjs's, what a placeholder and a secret are, and which
 * URLs may be called. It imports no other part.
 */
export * from './knowledge';
export * from './liquid/braze-mask';
export * from './placeholders';
export * from './url/transport';
export * from './url/reader';
export * from './url/override';
export * from './mask';
export * from './snippet-text';
export { withArticle } from './article';
export * from './liquid/translate';
export { expandRubyFormats } from './liquid/strftime';
// The parser reads Liquid with the translation's own scanners.
export { isLiquidBlank, isLiquidDigit, isLiquidWord, skipLiquidBlank } from './liquid/chars';
export { DelimiterScanner, isQuote } from './liquid/delimiters';
export { liquidLines, type LiquidLine } from './liquid/tag-lines';
export * from './url/loopback';
export * from './url/data-path';
export { configureLocale, resolveLocale, localeFromEnv, currentLocale, t, bundleFor, SUPPORTED_LOCALES, type SupportedLocale } from './l10n';

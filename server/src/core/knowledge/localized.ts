/**
 * Translations of the built-in knowledge's own texts (attribute, namespace and member
 * descriptions, filter, tag and Connected Content option descriptions and notes, request header
 * descriptions), kept as data in `l10n/knowledge/<lang>.json` and inlined by the bundler (JSON
 * imports), as `../l10n.ts` does with its bundles. Each entry records the English it translates,
 * so a translation whose English has since changed is not shown: the current English is.
 */
import es from '../../../../l10n/knowledge/es.json';
import ptBr from '../../../../l10n/knowledge/pt-br.json';
import fr from '../../../../l10n/knowledge/fr.json';
import de from '../../../../l10n/knowledge/de.json';
import ko from '../../../../l10n/knowledge/ko.json';
import { currentLocale, type SupportedLocale } from '../l10n';
import type { LocalizedKind } from './localized-keys';

export interface KnowledgeTranslation {
  /** The English text this translates. */
  en: string;
  text: string;
}

const BUNDLES: Record<SupportedLocale, Record<string, KnowledgeTranslation>> = { es, 'pt-br': ptBr, fr, de, ko };

/** The key of a knowledge text in `l10n/knowledge/<lang>.json`: `filter:join`, `member:campaign.name`, `option::save`. */
export function knowledgeKey(kind: LocalizedKind, name: string): string {
  return `${kind}:${name}`;
}

/**
 * `english`, the text of the knowledge item `name` of `kind`, in the configured language: the
 * stored translation when it was made from this very English, else `english`.
 */
export function localized(kind: LocalizedKind, name: string, english: string): string;
export function localized(kind: LocalizedKind, name: string, english: string | undefined): string | undefined;
export function localized(kind: LocalizedKind, name: string, english: string | undefined): string | undefined {
  if (english === undefined) return undefined;
  const locale = currentLocale();
  if (locale === 'en') return english;
  const entry = BUNDLES[locale][knowledgeKey(kind, name)];
  return entry && entry.en === english ? entry.text : english;
}

/** The name under which a field's notes are translated: `Lead.Email` (`field-notes:Lead.Email`). */
export function fieldNotesName(objectName: string, fieldName: string): string {
  return `${objectName}.${fieldName}`;
}

/** The notes of a field of `objectName` in the configured language. */
export function localizedFieldNotes(objectName: string, field: { name: string; notes?: string }): string | undefined {
  return localized('field-notes', fieldNotesName(objectName, field.name), field.notes);
}

/** The translations of one language, for the completeness test. */
export function knowledgeTranslations(locale: SupportedLocale): Readonly<Record<string, KnowledgeTranslation>> {
  return BUNDLES[locale];
}

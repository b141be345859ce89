/**
 * The header names Braze's Salesforce templates need, and the misspellings and translations the
 * docs' translations printed instead of them.
 *
 * Braze: "Header keys must be exactly `Content-Type` and `Authorization`" (braze-docs,
 * `_docs/_user_guide/message_building_by_channel/webhooks/creating_a_webhook.md`). The translated
 * pages of "Managing leads with Salesforce Sales Cloud" (es, pt-br, fr, de, ko; braze-inc/braze-docs
 * `_lang/<lang>/_user_guide/get_started/b2b_use_cases/b2b_salesforce_sales_cloud.md`) translated the header keys of their tables; `lead_scoring.md` writes
 * `Content_Type`.
 */
import type { Header, WebhookDocument } from '../../syntax';
import { editDistance } from '../../core';

export const STANDARD_HEADERS = ['Content-Type', 'Authorization'] as const;
export type StandardHeader = (typeof STANDARD_HEADERS)[number];

export interface HeaderNameVariant {
  /** The name as written in a source. */
  name: string;
  standard: StandardHeader;
  kind: 'translation' | 'misspelling';
  /** BCP 47 language of a translation. */
  language?: string;
  /** Where it was seen. */
  source?: string;
}

const LANG_DIRS: Record<string, string> = { es: 'es', 'pt-br': 'pt_br', fr: 'fr_fr', de: 'de', ko: 'ko' };
const seed = (lang: string): string => `braze-inc/braze-docs:_lang/${LANG_DIRS[lang]}/_user_guide/get_started/b2b_use_cases/b2b_salesforce_sales_cloud.md`;

export const HEADER_NAME_VARIANTS: readonly HeaderNameVariant[] = [
  { name: 'Tipo de contenido', standard: 'Content-Type', kind: 'translation', language: 'es', source: seed('es') },
  { name: 'Autorización', standard: 'Authorization', kind: 'translation', language: 'es', source: seed('es') },
  { name: 'Tipo de Conteúdo', standard: 'Content-Type', kind: 'translation', language: 'pt-BR', source: seed('pt-br') },
  { name: 'Autorização', standard: 'Authorization', kind: 'translation', language: 'pt-BR', source: seed('pt-br') },
  { name: 'Type de contenu', standard: 'Content-Type', kind: 'translation', language: 'fr', source: seed('fr') },
  { name: 'Autorisation', standard: 'Authorization', kind: 'translation', language: 'fr', source: seed('fr') },
  { name: 'Content-Typ', standard: 'Content-Type', kind: 'translation', language: 'de', source: seed('de') },
  { name: 'Autorisierung', standard: 'Authorization', kind: 'translation', language: 'de', source: seed('de') },
  { name: 'Inhaltstyp', standard: 'Content-Type', kind: 'translation', language: 'de' },
  { name: '콘텐츠-유형', standard: 'Content-Type', kind: 'translation', language: 'ko', source: seed('ko') },
  { name: '승인', standard: 'Authorization', kind: 'translation', language: 'ko', source: seed('ko') },
  { name: '인증', standard: 'Authorization', kind: 'translation', language: 'ko' },
  { name: 'Tipo di contenuto', standard: 'Content-Type', kind: 'translation', language: 'it' },
  { name: 'Autorizzazione', standard: 'Authorization', kind: 'translation', language: 'it' },
  { name: 'コンテンツタイプ', standard: 'Content-Type', kind: 'translation', language: 'ja' },
  { name: '認証', standard: 'Authorization', kind: 'translation', language: 'ja' },
  { name: 'Content_Type', standard: 'Content-Type', kind: 'misspelling', source: 'braze-docs _docs/_user_guide/get_started/b2b_use_cases/lead_scoring.md' },
  { name: 'Authorisation', standard: 'Authorization', kind: 'misspelling' },
];

/** Lower case, without diacritics, blanks, hyphens or underscores: `Tipo de Conteúdo` gives `tipodeconteudo`. */
export function normalizeHeaderName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_-]+/g, '');
}

/** The variants by normalized name (the first listed wins), built once: every header of every document is looked up. */
const NORMALIZED_VARIANTS = new Map<string, HeaderNameVariant>();
for (const v of HEADER_NAME_VARIANTS) if (!NORMALIZED_VARIANTS.has(normalizeHeaderName(v.name))) NORMALIZED_VARIANTS.set(normalizeHeaderName(v.name), v);

export interface HeaderNameMatch {
  standard: StandardHeader;
  /** `exact`: as Braze wants it; `case`: other letter case; `translation`/`misspelling`: another name. */
  kind: 'exact' | 'case' | 'translation' | 'misspelling';
  variant?: HeaderNameVariant;
}

/** The standard header a name stands for, or undefined for any other header. */
export function standardHeaderFor(name: string): HeaderNameMatch | undefined {
  for (const standard of STANDARD_HEADERS) {
    if (name === standard) return { standard, kind: 'exact' };
    if (name.toLowerCase() === standard.toLowerCase()) return { standard, kind: 'case' };
  }
  const n = normalizeHeaderName(name);
  if (n === '') return undefined;
  const variant = NORMALIZED_VARIANTS.get(n);
  if (variant) return { standard: variant.standard, kind: variant.kind, variant };
  for (const standard of STANDARD_HEADERS) {
    const s = normalizeHeaderName(standard);
    // `content_type`, `Content Type`; or a typo of one or two letters that keeps the first letter.
    if (n === s || (n[0] === s[0] && editDistance(n, s, 2) <= 2)) return { standard, kind: 'misspelling' };
  }
  return undefined;
}

/** `standardHeaderFor` of a header's name, found once per parse: several checks ask it of every header. */
export function headerMatch(header: Header): HeaderNameMatch | undefined {
  let match = MATCHES.get(header);
  if (match === undefined) MATCHES.set(header, (match = standardHeaderFor(header.name.text) ?? null));
  return match ?? undefined;
}

const MATCHES = new WeakMap<Header, HeaderNameMatch | null>();

/** Headers that stand for a standard header, however they are spelt (translations and typos included). */
export function headersFor(doc: WebhookDocument, standard: StandardHeader): Header[] {
  return doc.headers.filter((h) => headerMatch(h)?.standard === standard);
}

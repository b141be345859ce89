/**
 * Translated and informal body keys, mapped to the Lead API names they stand for.
 *
 * The translated Braze pages "Managing leads with Salesforce Sales Cloud" (braze-inc/braze-docs
 * `_lang/{es,pt_br,fr_fr,de,ko}/_user_guide/get_started/b2b_use_cases/b2b_salesforce_sales_cloud.md`)
 * translated the body keys of the Create Lead template; Salesforce rejects those keys
 * (INVALID_FIELD). `fromSeed: true` marks the exact keys of those pages:
 *   es: firstName, apellido, correo electrónico, empresa
 *   fr: firstName, lastName, e-mail, entreprise
 *   de: Vorname, Nachname, E-Mail, Unternehmen
 *   ko: 이름, 성, 이메일, 회사
 *   pt-BR: primeiroNome, sobrenome, email, empresa
 * Keys that differ from an API name only in letter case (`firstName`, `email`) are not listed:
 * Salesforce matches body keys case-insensitively, so they work as they are.
 * The other entries are common variants in the same languages and in English.
 *
 * Keys are compared after `normalizeBodyKey`: Unicode NFC, lower case, accents removed, and
 * spaces, hyphens, underscores and dots dropped (`Correo Electronico` = `correo_electrónico`).
 */
import type { BodyKeyTranslation } from './schema';

/** Folds a body key for comparison (see the header). Hangul is kept intact. */
export function normalizeBodyKey(key: string): string {
  return key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-_.]+/g, '');
}

type Row = readonly [key: string, apiName: string, languages: readonly string[], fromSeed?: true];

const rows: readonly Row[] = [
  // From the translated seed pages
  ['apellido', 'LastName', ['es'], true],
  ['correo electrónico', 'Email', ['es'], true],
  ['empresa', 'Company', ['es', 'pt-BR'], true],
  ['e-mail', 'Email', ['fr', 'de', 'pt-BR', 'en'], true],
  ['entreprise', 'Company', ['fr'], true],
  ['Vorname', 'FirstName', ['de'], true],
  ['Nachname', 'LastName', ['de'], true],
  ['Unternehmen', 'Company', ['de'], true],
  ['이름', 'FirstName', ['ko'], true],
  ['성', 'LastName', ['ko'], true],
  ['이메일', 'Email', ['ko'], true],
  ['회사', 'Company', ['ko'], true],
  ['primeiroNome', 'FirstName', ['pt-BR'], true],
  ['sobrenome', 'LastName', ['pt-BR'], true],
  // Spanish
  ['nombre', 'FirstName', ['es']],
  ['primer nombre', 'FirstName', ['es']],
  ['segundo nombre', 'MiddleName', ['es']],
  ['apellidos', 'LastName', ['es']],
  ['correo', 'Email', ['es']],
  ['compañía', 'Company', ['es']],
  ['teléfono', 'Phone', ['es', 'fr']],
  ['móvil', 'MobilePhone', ['es']],
  ['celular', 'MobilePhone', ['es', 'pt-BR']],
  ['ciudad', 'City', ['es']],
  ['país', 'Country', ['es', 'pt-BR']],
  ['código postal', 'PostalCode', ['es', 'pt-BR']],
  ['cargo', 'Title', ['es', 'pt-BR']],
  ['puesto', 'Title', ['es']],
  ['calle', 'Street', ['es']],
  ['sitio web', 'Website', ['es']],
  ['descripción', 'Description', ['es']],
  ['industria', 'Industry', ['es', 'pt-BR']],
  // Portuguese
  ['nome', 'FirstName', ['pt-BR']],
  ['último nome', 'LastName', ['pt-BR']],
  ['correio eletrônico', 'Email', ['pt-BR']],
  ['companhia', 'Company', ['pt-BR']],
  ['telefone', 'Phone', ['pt-BR']],
  ['cidade', 'City', ['pt-BR']],
  ['cep', 'PostalCode', ['pt-BR']],
  ['rua', 'Street', ['pt-BR']],
  ['site', 'Website', ['pt-BR', 'fr']],
  ['descrição', 'Description', ['pt-BR']],
  // French
  ['prénom', 'FirstName', ['fr']],
  ['nom', 'LastName', ['fr']],
  ['nom de famille', 'LastName', ['fr']],
  ['courriel', 'Email', ['fr']],
  ['adresse e-mail', 'Email', ['fr']],
  ['société', 'Company', ['fr']],
  ['portable', 'MobilePhone', ['fr']],
  ['ville', 'City', ['fr']],
  ['pays', 'Country', ['fr']],
  ['code postal', 'PostalCode', ['fr']],
  ['fonction', 'Title', ['fr']],
  ['rue', 'Street', ['fr']],
  ['site web', 'Website', ['fr']],
  ['secteur', 'Industry', ['fr']],
  ['civilité', 'Salutation', ['fr']],
  // German
  ['Familienname', 'LastName', ['de']],
  ['E-Mail-Adresse', 'Email', ['de']],
  ['Firma', 'Company', ['de']],
  ['Telefon', 'Phone', ['de']],
  ['Mobiltelefon', 'MobilePhone', ['de']],
  ['Handy', 'MobilePhone', ['de']],
  ['Ort', 'City', ['de']],
  ['Stadt', 'City', ['de']],
  ['Land', 'Country', ['de']],
  ['Postleitzahl', 'PostalCode', ['de']],
  ['PLZ', 'PostalCode', ['de']],
  ['Straße', 'Street', ['de']],
  ['Bundesland', 'State', ['de']],
  ['Anrede', 'Salutation', ['de']],
  ['Webseite', 'Website', ['de']],
  ['Beschreibung', 'Description', ['de']],
  ['Branche', 'Industry', ['de']],
  // Korean
  ['전화', 'Phone', ['ko']],
  ['전화번호', 'Phone', ['ko']],
  ['휴대폰', 'MobilePhone', ['ko']],
  ['휴대전화', 'MobilePhone', ['ko']],
  ['도시', 'City', ['ko']],
  ['국가', 'Country', ['ko']],
  ['우편번호', 'PostalCode', ['ko']],
  ['직함', 'Title', ['ko']],
  ['웹사이트', 'Website', ['ko']],
  ['설명', 'Description', ['ko']],
  ['업종', 'Industry', ['ko']],
  // English informal spellings
  ['given name', 'FirstName', ['en']],
  ['fname', 'FirstName', ['en']],
  ['surname', 'LastName', ['en']],
  ['family name', 'LastName', ['en']],
  ['lname', 'LastName', ['en']],
  ['email address', 'Email', ['en']],
  ['mail', 'Email', ['en', 'de']],
  ['company name', 'Company', ['en']],
  ['organization', 'Company', ['en']],
  ['organisation', 'Company', ['en']],
  ['phone number', 'Phone', ['en']],
  ['mobile', 'MobilePhone', ['en', 'fr']],
  ['cell', 'MobilePhone', ['en']],
  ['zip', 'PostalCode', ['en']],
  ['zip code', 'PostalCode', ['en']],
  ['postcode', 'PostalCode', ['en']],
  ['job title', 'Title', ['en']],
  ['url', 'Website', ['en']],
  ['province', 'State', ['en']],
];

export const bodyKeyTranslations: readonly BodyKeyTranslation[] = rows.map(([key, apiName, languages, fromSeed]) => ({
  key,
  apiName,
  languages: [...languages],
  fromSeed: fromSeed === true,
}));

/**
 * Liquid filters Braze supports, and filters it does not.
 *
 * Sources: braze-docs `_docs/_user_guide/messaging/design_and_edit/personalize/liquid/filters.md`
 * (tables with a Supported column; the `time_zone` filter is described with the date filter) and
 * `_docs/_user_guide/personalization_and_dynamic_content/liquid/advanced_filters.md` (Braze's
 * encoding, URL, property accessor, number, JSON filters). An older `filters.md` also listed
 * `camelcase` and `handle` as unsupported; both names are kept.
 *
 * `braze: true` means the filter is not part of Shopify's open-source Liquid
 * (shopify.github.io/liquid), so a stock Liquid engine does not have it (or, for `money`, behaves
 * differently) and a renderer must add it.
 */
import type { FilterArg, LiquidFilter, UnsupportedFilter } from '../schema';
import { brazeDocs } from './docs';

const req = (name: string, type: FilterArg['type']): FilterArg => ({ name, type, optional: false });
const opt = (name: string, type: FilterArg['type']): FilterArg => ({ name, type, optional: true });

export const liquidFilters: readonly LiquidFilter[] = [
  // Array
  { name: 'join', category: 'array', description: 'Joins array items into one string with a separator.', docsUrl: brazeDocs.arrayFilters, args: [opt('separator', 'string')], braze: false, returns: 'string' },
  { name: 'first', category: 'array', description: 'Gives the first item of an array (the oldest value of an array attribute).', docsUrl: brazeDocs.arrayFilters, args: [], braze: false, returns: 'any' },
  { name: 'last', category: 'array', description: 'Gives the last item of an array (the newest value of an array attribute).', docsUrl: brazeDocs.arrayFilters, args: [], braze: false, returns: 'any' },
  { name: 'compact', category: 'array', description: 'Drops nil items from an array.', docsUrl: brazeDocs.arrayFilters, args: [opt('property', 'string')], braze: false, returns: 'array' },
  { name: 'concat', category: 'array', description: 'Appends the items of another array.', docsUrl: brazeDocs.arrayFilters, args: [req('array', 'array')], braze: false, returns: 'array' },
  { name: 'map', category: 'array', description: 'Collects one property from each item into a new array.', docsUrl: brazeDocs.arrayFilters, args: [req('property', 'string')], braze: false, returns: 'array' },
  { name: 'reverse', category: 'array', description: 'Reverses the order of an array.', docsUrl: brazeDocs.arrayFilters, args: [], braze: false, returns: 'array' },
  { name: 'size', category: 'array', description: 'Counts the characters of a string or the items of an array.', docsUrl: brazeDocs.arrayFilters, args: [], braze: false, returns: 'number' },
  { name: 'slice', category: 'array', description: 'Takes a substring or sub-array from a start index, one item by default.', docsUrl: brazeDocs.arrayFilters, args: [req('start', 'number'), opt('length', 'number')], braze: false, returns: 'any' },
  { name: 'sort', category: 'array', description: 'Sorts an array, optionally by a property of its items.', docsUrl: brazeDocs.arrayFilters, args: [opt('property', 'string')], braze: false, returns: 'array' },
  { name: 'sort_natural', category: 'array', description: 'Sorts an array without regard to letter case.', docsUrl: brazeDocs.arrayFilters, args: [opt('property', 'string')], braze: false, returns: 'array' },
  { name: 'uniq', category: 'array', description: 'Drops repeated items from an array.', docsUrl: brazeDocs.arrayFilters, args: [], braze: false, returns: 'array' },
  { name: 'where', category: 'array', description: 'Keeps the items whose property equals a value (or is truthy).', docsUrl: brazeDocs.arrayFilters, args: [req('property', 'string'), opt('value', 'any')], braze: false, returns: 'array' },
  // Math
  { name: 'abs', category: 'math', description: 'Gives the absolute value of a number.', docsUrl: brazeDocs.mathFilters, args: [], braze: false, returns: 'number' },
  { name: 'at_most', category: 'math', description: 'Caps a number at a maximum.', docsUrl: brazeDocs.mathFilters, args: [req('maximum', 'number')], braze: false, returns: 'number' },
  { name: 'at_least', category: 'math', description: 'Raises a number to a minimum.', docsUrl: brazeDocs.mathFilters, args: [req('minimum', 'number')], braze: false, returns: 'number' },
  { name: 'ceil', category: 'math', description: 'Rounds up to the next whole number.', docsUrl: brazeDocs.mathFilters, args: [], braze: false, returns: 'number' },
  { name: 'divided_by', category: 'math', description: 'Divides by a number; integer by integer rounds down, use 2.0 for a decimal result.', docsUrl: brazeDocs.mathFilters, args: [req('divisor', 'number')], braze: false, returns: 'number' },
  { name: 'floor', category: 'math', description: 'Rounds down to the whole number below.', docsUrl: brazeDocs.mathFilters, args: [], braze: false, returns: 'number' },
  { name: 'minus', category: 'math', description: 'Subtracts a number.', docsUrl: brazeDocs.mathFilters, args: [req('number', 'number')], braze: false, returns: 'number' },
  { name: 'plus', category: 'math', description: 'Adds a number (plus: 0 turns numeric text into a number).', docsUrl: brazeDocs.mathFilters, args: [req('number', 'number')], braze: false, returns: 'number' },
  { name: 'round', category: 'math', description: 'Rounds to the nearest whole number or to a number of decimals.', docsUrl: brazeDocs.mathFilters, args: [opt('decimals', 'number')], braze: false, returns: 'number' },
  { name: 'times', category: 'math', description: 'Multiplies by a number.', docsUrl: brazeDocs.mathFilters, args: [req('number', 'number')], braze: false, returns: 'number' },
  { name: 'modulo', category: 'math', description: 'Gives the remainder of a division.', docsUrl: brazeDocs.mathFilters, args: [req('divisor', 'number')], braze: false, returns: 'number' },
  // Money
  { name: 'money', category: 'money', description: 'Formats a number with two decimals (145 gives 145.00, unlike Shopify).', docsUrl: brazeDocs.moneyFilters, args: [], braze: true, returns: 'string', notes: 'Braze does not divide by 100 as Shopify does; remove commas and add plus: 0 first.' },
  // String
  { name: 'append', category: 'string', description: 'Adds text at the end of a string.', docsUrl: brazeDocs.stringFilters, args: [req('text', 'string')], braze: false, returns: 'string' },
  { name: 'prepend', category: 'string', description: 'Adds text at the start of a string.', docsUrl: brazeDocs.stringFilters, args: [req('text', 'string')], braze: false, returns: 'string' },
  { name: 'capitalize', category: 'string', description: 'Upper-cases the first character and lower-cases the rest.', docsUrl: brazeDocs.stringFilters, args: [], braze: false, returns: 'string' },
  { name: 'downcase', category: 'string', description: 'Lower-cases a string.', docsUrl: brazeDocs.stringFilters, args: [], braze: false, returns: 'string' },
  { name: 'upcase', category: 'string', description: 'Upper-cases a string.', docsUrl: brazeDocs.stringFilters, args: [], braze: false, returns: 'string' },
  { name: 'escape', category: 'string', description: 'Escapes HTML special characters.', docsUrl: brazeDocs.stringFilters, args: [], braze: false, returns: 'string', notes: 'HTML escaping, not JSON escaping: use json_escape inside a JSON body.' },
  { name: 'newline_to_br', category: 'string', description: 'Puts an HTML <br> before each line break.', docsUrl: brazeDocs.stringFilters, args: [], braze: false, returns: 'string' },
  { name: 'remove', category: 'string', description: 'Removes every occurrence of a substring.', docsUrl: brazeDocs.stringFilters, args: [req('substring', 'string')], braze: false, returns: 'string' },
  { name: 'remove_first', category: 'string', description: 'Removes the first occurrence of a substring.', docsUrl: brazeDocs.stringFilters, args: [req('substring', 'string')], braze: false, returns: 'string' },
  { name: 'replace', category: 'string', description: 'Replaces every occurrence of a substring.', docsUrl: brazeDocs.stringFilters, args: [req('substring', 'string'), req('replacement', 'string')], braze: false, returns: 'string' },
  { name: 'replace_first', category: 'string', description: 'Replaces the first occurrence of a substring.', docsUrl: brazeDocs.stringFilters, args: [req('substring', 'string'), req('replacement', 'string')], braze: false, returns: 'string' },
  { name: 'split', category: 'string', description: 'Splits a string into an array at a separator.', docsUrl: brazeDocs.stringFilters, args: [req('separator', 'string')], braze: false, returns: 'array' },
  { name: 'strip', category: 'string', description: 'Trims whitespace at both ends.', docsUrl: brazeDocs.stringFilters, args: [], braze: false, returns: 'string' },
  { name: 'strip_html', category: 'string', description: 'Removes HTML tags.', docsUrl: brazeDocs.stringFilters, args: [], braze: false, returns: 'string' },
  { name: 'strip_newlines', category: 'string', description: 'Removes line breaks.', docsUrl: brazeDocs.stringFilters, args: [], braze: false, returns: 'string' },
  { name: 'truncate', category: 'string', description: 'Shortens to a number of characters, ellipsis included.', docsUrl: brazeDocs.stringFilters, args: [opt('length', 'number'), opt('ellipsis', 'string')], braze: false, returns: 'string' },
  { name: 'truncatewords', category: 'string', description: 'Shortens to a number of words and adds an ellipsis.', docsUrl: brazeDocs.stringFilters, args: [opt('words', 'number'), opt('ellipsis', 'string')], braze: false, returns: 'string' },
  { name: 'hmac_sha256', category: 'string', description: 'Signs a string with HMAC-SHA256 and a secret key, as hex.', docsUrl: brazeDocs.stringFilters, args: [req('key', 'string')], braze: true, returns: 'string' },
  { name: 'hmac_sha512', category: 'string', description: 'Signs a string with HMAC-SHA512 and a secret key, as hex.', docsUrl: brazeDocs.stringFilters, args: [req('key', 'string')], braze: true, returns: 'string' },
  // General
  { name: 'date', category: 'date', description: "Formats a time with strftime codes; Braze adds %s for Unix seconds; 'now' is the send time.", docsUrl: brazeDocs.dateFilter, args: [req('format', 'string')], braze: false, returns: 'string' },
  { name: 'time_zone', category: 'date', description: 'Moves a time into a time zone (IANA name or offset) before date formats it.', docsUrl: brazeDocs.dateFilter, args: [req('zone', 'string')], braze: true, returns: 'time' },
  { name: 'default', category: 'general', description: 'Gives a fallback when the value is nil, false or empty.', docsUrl: brazeDocs.additionalFilters, args: [req('fallback', 'any')], braze: false, returns: 'any' },
  // Encoding (Braze)
  { name: 'md5', category: 'encoding', description: 'Hashes a string with MD5, as hex.', docsUrl: brazeDocs.encodingFilters, args: [], braze: true, returns: 'string' },
  { name: 'sha1', category: 'encoding', description: 'Hashes a string with SHA-1, as hex.', docsUrl: brazeDocs.encodingFilters, args: [], braze: true, returns: 'string' },
  { name: 'sha2', category: 'encoding', description: 'Hashes a string with SHA-256, as hex.', docsUrl: brazeDocs.encodingFilters, args: [], braze: true, returns: 'string' },
  { name: 'base64_encode', category: 'encoding', description: 'Encodes a string as Base64.', docsUrl: brazeDocs.encodingFilters, args: [], braze: true, returns: 'string' },
  { name: 'hmac_sha1_hex', category: 'encoding', description: 'Signs a string with HMAC-SHA1 and a secret key, as hex.', docsUrl: brazeDocs.encodingFilters, args: [req('key', 'string')], braze: true, returns: 'string', aliases: ['hmac_sha1'] },
  { name: 'hmac_sha1_base64', category: 'encoding', description: 'Signs a string with HMAC-SHA1 and a secret key, as Base64.', docsUrl: brazeDocs.encodingFilters, args: [req('key', 'string')], braze: true, returns: 'string' },
  { name: 'hmac_sha256_hex', category: 'encoding', description: 'Signs a string with HMAC-SHA256 and a secret key, as hex.', docsUrl: brazeDocs.encodingFilters, args: [req('key', 'string')], braze: true, returns: 'string' },
  { name: 'hmac_sha256_base64', category: 'encoding', description: 'Signs a string with HMAC-SHA256 and a secret key, as Base64.', docsUrl: brazeDocs.encodingFilters, args: [req('key', 'string')], braze: true, returns: 'string' },
  // URL (Braze page)
  { name: 'url_escape', category: 'url', description: 'Percent-escapes characters not allowed in URLs (keeps & and =).', docsUrl: brazeDocs.urlFilters, args: [], braze: true, returns: 'string' },
  { name: 'url_param_escape', category: 'url', description: 'Percent-escapes a value for a query parameter, & included.', docsUrl: brazeDocs.urlFilters, args: [], braze: true, returns: 'string', notes: 'Use it for attribute values in a URL or a form body (an @ in an email, for one).' },
  { name: 'url_encode', category: 'url', description: 'Form-encodes a string (spaces become +).', docsUrl: brazeDocs.urlFilters, args: [], braze: false, returns: 'string', notes: "Standard Liquid too; listed on Braze's advanced filters page." },
  // Hash and number (Braze)
  { name: 'property_accessor', category: 'general', description: 'Reads a hash value by a key that may itself come from Liquid.', docsUrl: brazeDocs.propertyAccessor, args: [req('key', 'string')], braze: true, returns: 'any' },
  { name: 'number_with_delimiter', category: 'number', description: 'Writes a number with thousands separators (123456 gives 123,456).', docsUrl: brazeDocs.numberFormatting, args: [], braze: true, returns: 'string' },
  // JSON (Braze)
  { name: 'json_escape', category: 'json', description: 'Escapes quotes and backslashes so a value is safe inside a JSON string.', docsUrl: brazeDocs.jsonEscape, args: [], braze: true, returns: 'string', notes: 'Braze advises it for every personalized string in a JSON webhook body.' },
  { name: 'json_parse', category: 'json', description: 'Turns JSON text into an object or array.', docsUrl: brazeDocs.jsonFormatting, args: [], braze: true, returns: 'any' },
  { name: 'as_json_string', category: 'json', description: 'Turns an object or array into JSON text.', docsUrl: brazeDocs.jsonFormatting, args: [], braze: true, returns: 'string' },
];

const colorReason = 'Shopify color filter; Braze lists color filters as not supported.';
const fontReason = 'Shopify font filter; Braze lists font filters as not supported.';

export const unsupportedFilters: readonly UnsupportedFilter[] = [
  { name: 'find_index', category: 'array', reason: 'Marked not supported in Braze\'s array filter table.', source: brazeDocs.arrayFilters, alternative: 'Index the array directly (items[0]) or loop with for.' },
  { name: 'camelize', category: 'string', reason: "Marked not supported in Braze's string filter table.", source: brazeDocs.stringFilters },
  { name: 'camelcase', category: 'string', reason: 'Older name of camelize; marked not supported on an earlier version of the page.', source: brazeDocs.stringFilters },
  { name: 'handleize', category: 'string', reason: "Marked not supported in Braze's string filter table.", source: brazeDocs.stringFilters, alternative: "downcase | replace: ' ', '-'" },
  { name: 'handle', category: 'string', reason: 'Other name of handleize; marked not supported on an earlier version of the page.', source: brazeDocs.stringFilters, alternative: "downcase | replace: ' ', '-'" },
  { name: 'pluralize', category: 'string', reason: "Marked not supported in Braze's string filter table.", source: brazeDocs.stringFilters, alternative: 'Pick the word with if count == 1.' },
  { name: 'lstrip', category: 'string', reason: "Marked not supported in Braze's string filter table.", source: brazeDocs.stringFilters, alternative: 'strip' },
  { name: 'rstrip', category: 'string', reason: "Marked not supported in Braze's string filter table.", source: brazeDocs.stringFilters, alternative: 'strip' },
  { name: 'money_with_currency', category: 'money', reason: "Marked not supported in Braze's money filter table.", source: brazeDocs.moneyFilters, alternative: "money, then append or prepend the currency." },
  { name: 'money_without_currency', category: 'money', reason: "Marked not supported in Braze's money filter table.", source: brazeDocs.moneyFilters, alternative: 'money' },
  { name: 'format_address', category: 'general', reason: "Marked not supported in Braze's additional filter table.", source: brazeDocs.additionalFilters },
  { name: 'highlight', category: 'general', reason: "Marked not supported in Braze's additional filter table.", source: brazeDocs.additionalFilters },
  ...(
    [
      'color_to_rgb',
      'color_to_hsl',
      'color_to_hex',
      'color_extract',
      'color_brightness',
      'color_modify',
      'color_lighten',
      'color_darken',
      'color_saturate',
      'color_desaturate',
      'color_mix',
      'color_contrast',
      'color_difference',
      'brightness_difference',
      'hex_to_rgba',
    ] as const
  ).map((name): UnsupportedFilter => ({ name, category: 'color', reason: colorReason, source: brazeDocs.colorFilters })),
  ...(['font_face', 'font_url', 'font_modify'] as const).map(
    (name): UnsupportedFilter => ({ name, category: 'font', reason: fontReason, source: brazeDocs.fontFilters }),
  ),
];

/**
 * liquidjs's character classes (its `TYPES` table is not exported), for the scanners that read
 * text the way its tokenizer does. `liquidjs-contract.test.ts` checks them against liquidjs.
 */

/** Past ASCII, liquidjs's blanks: no-break space, the Unicode spaces and line separators. */
const UNICODE_BLANKS = new Set([160, 5760, 6158, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288]);
/** `“` and `”`: punctuation to liquidjs, not word characters. */
const CURLY_DOUBLE_QUOTES = new Set([8220, 8221]);

/** What `skipBlank` skips: space, tab, line breaks, vertical tab, form feed, and `UNICODE_BLANKS`. */
export function isLiquidBlank(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const code = c.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code >= 160 && UNICODE_BLANKS.has(code));
}

/** A character of an identifier: letters, digits, `_`, `-`, `?`, and past ASCII whatever is no blank or `“”`. */
export function isLiquidWord(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  const code = c.charCodeAt(0);
  if (code >= 128) return !UNICODE_BLANKS.has(code) && !CURLY_DOUBLE_QUOTES.has(code);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 63;
}

export const isLiquidDigit = (c: string | undefined): boolean => c !== undefined && c.length > 0 && c.charCodeAt(0) >= 48 && c.charCodeAt(0) <= 57;

/** The first position at or after `p` (and before `end`) that is not blank. */
export function skipLiquidBlank(text: string, p: number, end: number): number {
  while (p < end && isLiquidBlank(text[p])) p++;
  return p;
}

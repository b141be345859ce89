/**
 * What is being typed before the cursor, read backwards from it. End-anchored regular
 * expressions (`/\w*$/`) would do the same, but retry from every character of a long word.
 */

const isWordChar = (c: string | undefined) => c !== undefined && /^\w$/.test(c);
const startsIdentifier = (c: string | undefined) => c !== undefined && /^[A-Za-z_]$/.test(c);

/** The start of the run of word characters (`\w`) that ends at `end`, not before `from`. */
export function wordStart(text: string, end: number, from = 0): number {
  let s = end;
  while (s > from && isWordChar(text[s - 1])) s--;
  return s;
}

/** The start of the identifier (`[A-Za-z_]\w*`) that ends at `end`: the first letter or `_` of the word there, or -1. */
export function identifierStart(text: string, end: number): number {
  for (let s = wordStart(text, end); s < end; s++) if (startsIdentifier(text[s])) return s;
  return -1;
}

/** `name.part` ending the text: the identifier before the last `.` and the word after it. */
export function memberBefore(text: string): { object: string; objectStart: number; part: string } | undefined {
  const partStart = wordStart(text, text.length);
  if (text[partStart - 1] !== '.') return undefined;
  const objectStart = identifierStart(text, partStart - 1);
  if (objectStart === -1) return undefined;
  return { object: text.slice(objectStart, partStart - 1), objectStart, part: text.slice(partStart) };
}

/** A `${` not closed before the end of the text, with the namespace written before it (`custom_attribute.${`). */
export function attributeBefore(text: string): { start: number; namespace?: string } | undefined {
  const dollar = text.indexOf('${', text.lastIndexOf('}') + 1);
  if (dollar === -1) return undefined;
  if (text[dollar - 1] === '.') {
    const start = identifierStart(text, dollar - 1);
    if (start !== -1) return { start, namespace: text.slice(start, dollar - 1) };
  }
  return { start: dollar };
}

import { isLiquidBlank, isLiquidWord, skipLiquidBlank } from './chars';

/** One line of a `{% liquid %}` tag: a tag without delimiters. */
export interface LiquidLine {
  /** The line without its blanks around it (and without a leading `-`). */
  start: number;
  end: number;
  /** The tag name; `#` for a comment line, empty when the line starts with no name. */
  name: string;
  nameStart: number;
  /** The arguments, from after the name and its blanks to the end of the line. */
  argsStart: number;
}

/**
 * The lines of a `{% liquid %}` tag's arguments, as liquidjs reads them (`readLiquidTagTokens`):
 * each run of text from a non-blank character to the next line break is a tag, named by its
 * first identifier, or `#` for a comment line.
 */
export function liquidLines(text: string, start: number, end: number): LiquidLine[] {
  const lines: LiquidLine[] = [];
  let p = start;
  while ((p = skipLiquidBlank(text, p, end)) < end) {
    let next = p;
    while (next < end && text[next] !== '\n') next++;
    if (next < end) next++;
    // liquidjs trims a line as it trims a tag's content: one `-` at either end, then blanks.
    let l = text[p] === '-' ? p + 1 : p;
    let r = text[next - 1] === '-' ? next - 1 : next;
    while (l < r && isLiquidBlank(text[l])) l++;
    while (r > l && isLiquidBlank(text[r - 1])) r--;
    let nameEnd = l;
    if (text[l] === '#') nameEnd = l + 1;
    else while (nameEnd < r && isLiquidWord(text[nameEnd])) nameEnd++;
    lines.push({ start: l, end: r, name: text.slice(l, nameEnd), nameStart: l, argsStart: skipLiquidBlank(text, nameEnd, r) });
    p = next;
  }
  return lines;
}

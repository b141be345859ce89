/**
 * The layout of the CLIs' help texts in any language: an option column, then its description
 * wrapped under it. Shared by both CLIs without either bundle taking in the other's code.
 */
import { currentLocale } from '../core';

/** The help's widest line, in terminal columns. */
const HELP_WIDTH = 101;

/**
 * `head` (an option and its gap) padded to `column`, then `text` wrapped at its spaces, the lines
 * after the first indented to `column` (a paragraph, whose head is empty, starts at 0), at most
 * HELP_WIDTH columns. English breaks where it always has: its line i is at most `widths[i]`
 * columns, the English lines' widths. A head wider than its column gets a line of its own.
 */
export function helpEntry(head: string, column: number, text: string, widths: readonly number[] = []): string {
  const english = currentLocale() === 'en';
  const pad = ' '.repeat(column);
  const ownLine = head.length > column;
  const lines: string[] = ownLine ? [head.trimEnd()] : [];
  let line = ownLine ? pad : head && head.padEnd(column);
  let first = true;
  // Never at the start of a line: a French space's : ; ! ? or », nor a path after its method (GET /services/...).
  for (const word of text.split(/ (?![:;!?»/])/)) {
    const width = (english ? widths[lines.length - (ownLine ? 1 : 0)] : undefined) ?? HELP_WIDTH;
    if (!first && columns(line) + 1 + columns(word) > width) {
      lines.push(line);
      line = pad + word;
    } else {
      line += first ? word : ` ${word}`;
    }
    first = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** The columns a terminal gives a text: two for a wide (Hangul, CJK, fullwidth) character. */
function columns(text: string): number {
  let n = 0;
  for (const c of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1;
  return n;
}

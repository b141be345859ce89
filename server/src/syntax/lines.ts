/** A line of the file: `start`..`end` excludes the line break; `next` is the offset after it. */
export interface Line {
  start: number;
  end: number;
  next: number;
}

/** Splits at `\n`, `\r\n` and `\r`, as editors do. */
export function* lines(text: string): Generator<Line> {
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = start;
    while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let next = end;
    if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) next += 2;
    else if (end < n) next += 1;
    else next = n + 1;
    yield { start, end, next };
    start = next;
  }
}

export const isBlankLine = (text: string, line: Line) => text.slice(line.start, line.end).trim() === '';

/** `#` or `//` at the start of a line (after optional blanks). */
export function commentPrefix(text: string, line: Line): number | undefined {
  let p = line.start;
  while (p < line.end && (text[p] === ' ' || text[p] === '\t')) p++;
  if (text[p] === '#') return p + 1;
  if (text[p] === '/' && text[p + 1] === '/') return p + 2;
  return undefined;
}

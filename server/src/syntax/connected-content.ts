import { TokenKind } from 'liquidjs';
import { t, tokenizeLiquid, type OutputToken } from '../core';
import type { ConnectedContent, ConnectedContentOption, SyntaxProblem, Word } from './ast';

export interface ParsedConnectedContent {
  connectedContent: ConnectedContent;
  /** `{{ }}` outputs inside the arguments (in the URL, `:body`, `:headers`). */
  outputs: OutputToken[];
  problems: SyntaxProblem[];
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isOptionStart = (text: string, p: number) => text[p] === ':' && /[A-Za-z_]/.test(text[p + 1] ?? '');

/**
 * Reads `URL :option value ...`. Braze's own syntax, not Liquid's, so no
 * library reads it: values are single words (Braze wants inline bodies
 * without spaces) except a `{ ... }` object (`:headers`), and `{{ }}` may
 * stand anywhere inside a word.
 */
export function parseConnectedContent(text: string, masked: string, start: number, end: number): ParsedConnectedContent {
  const problems: SyntaxProblem[] = [];
  const options: ConnectedContentOption[] = [];
  const cc: ConnectedContent = { options };
  let p = skipBlank(text, start, end);
  if (p < end && !isOptionStart(text, p)) {
    cc.url = readWord(text, p, end);
    p = cc.url.end;
  } else {
    problems.push({ start: Math.max(start - 1, 0), end: Math.max(start, p), code: 'liquid-syntax', kind: 'connected-content-syntax', message: t('connected_content needs a URL right after the tag name') });
  }
  while ((p = skipBlank(text, p, end)) < end) {
    if (!isOptionStart(text, p)) {
      const stray = readWord(text, p, end);
      problems.push({ start: stray.start, end: stray.end, code: 'liquid-syntax', kind: 'connected-content-syntax', message: t('unexpected "{0}" in connected_content: options are written ":name value"', stray.text) });
      p = stray.end;
      continue;
    }
    let q = p + 1;
    while (q < end && /\w/.test(text[q])) q++;
    const option: ConnectedContentOption = { start: p, end: q, name: { start: p + 1, end: q, text: text.slice(p + 1, q) } };
    const v = skipBlank(text, q, end);
    if (v < end && !isOptionStart(text, v)) {
      option.value = text[v] === '{' && text[v + 1] !== '{' ? readObject(text, v, end) : readWord(text, v, end);
      option.end = option.value.end;
    }
    options.push(option);
    p = option.end;
  }
  return { connectedContent: cc, outputs: nestedOutputs(masked, start, end, problems), problems };
}

function skipBlank(text: string, p: number, end: number): number {
  while (p < end && isBlank(text[p])) p++;
  return p;
}

/** A run up to the next blank outside `{{ }}`. */
function readWord(text: string, p: number, end: number): Word {
  let depth = 0;
  let q = p;
  while (q < end) {
    if (text.startsWith('{{', q)) { depth++; q += 2; continue; }
    if (depth > 0 && text.startsWith('}}', q)) { depth--; q += 2; continue; }
    if (depth === 0 && isBlank(text[q])) break;
    q++;
  }
  return { start: p, end: q, text: text.slice(p, q) };
}

/** A `{ ... }` object, braces balanced outside quoted strings. */
function readObject(text: string, p: number, end: number): Word {
  let depth = 0;
  let quote: string | undefined;
  let q = p;
  for (; q < end; q++) {
    const c = text[q];
    if (quote) {
      if (c === '\\') q++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) { q++; break; }
  }
  return { start: p, end: q, text: text.slice(p, q) };
}

function nestedOutputs(masked: string, start: number, end: number, problems: SyntaxProblem[]): OutputToken[] {
  const { tokens, problems: unclosed } = tokenizeLiquid(masked, start, end);
  for (const p of unclosed) problems.push({ start: p.start, end, code: 'liquid-syntax', kind: 'delimiter-unclosed', message: t('"{{" is not closed: add "}}"') });
  return tokens.filter((t): t is OutputToken => t.kind === TokenKind.Output);
}

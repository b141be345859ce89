/**
 * Braze's Liquid, as liquidjs reads it. One translation for the parser (which reads the tokens)
 * and the renderer (which gives the text to liquidjs), so whatever parses renders and whatever
 * renders parses. Offset for offset: a position in the translated text is the position in the
 * field's text.
 *
 * 1. `${name}` references become variables (`maskAttributes`);
 * 2. outputs nested as filter arguments lose their delimiters (`{{x | plus: {{n}}}}`);
 * 3. the field is tokenized without stopping at the first broken delimiter, in linear time;
 * 4. `{{ }}` inside tag arguments is dropped (`{% if {{x}} > 0 %}`), except in `connected_content`,
 *    whose tag renders the outputs of its URL and options itself (a line of `{% liquid %}` too);
 * 5. the body of a hidden block (`comment`) is blanked: Braze prints none of it, so none of it is Liquid.
 */
import { Tokenizer, TokenKind, defaultOptions, type TagToken } from 'liquidjs';
import { builtinTag } from '../knowledge';
import { blankInnerOutputs, blankNestedOutputs, maskAttributes, type MaskedAttribute, type UnclosedAttribute } from './braze-mask';
import { isLiquidBlank, isLiquidWord } from './chars';
import { DelimiterScanner } from './delimiters';
import { liquidLines } from './tag-lines';

export type OutputToken = ReturnType<Tokenizer['readOutputToken']>;
export type DelimitedToken = TagToken | OutputToken;

/** A delimiter the tokenizer could not close: where it opens, and what liquidjs said. */
export interface DelimiterProblem {
  kind: 'unclosed-output' | 'unclosed-tag' | 'unreadable';
  start: number;
  /** liquidjs's own words, for `unreadable`. */
  detail?: string;
}

export interface TranslatedLiquid {
  /** The text liquidjs reads. */
  text: string;
  attributes: MaskedAttribute[];
  /** `${` with no `}` before the end of the name. */
  unclosedAttributes: UnclosedAttribute[];
  /** The outputs and tags, in order (read from the text before step 4). */
  tokens: DelimitedToken[];
  problems: DelimiterProblem[];
}

/** The next `{% end... %}` (whitespace control allowed) at or after `from`. */
function endTagAfter(text: string, endTag: string, from: number): RegExpExecArray | null {
  const re = new RegExp(`\\{%-?\\s*${endTag}\\s*-?%\\}`, 'g');
  re.lastIndex = from;
  return re.exec(text);
}

export function translateBrazeLiquid(field: string): TranslatedLiquid {
  const mask = maskAttributes(field);
  const unnested = blankNestedOutputs(mask.masked);
  const { tokens, problems, hidden } = tokenizeLiquid(unnested);
  const text = blankSpans(blankInnerOutputs(unnested, innerOutputSpans(unnested, tokens)), hidden);
  return { text, attributes: mask.attributes, unclosedAttributes: mask.unclosed, tokens, problems };
}

export const isTag = (t: DelimitedToken): t is TagToken => t.kind === TokenKind.Tag;

/** The arguments of a tag: from after its name to before `%}`. */
export function argsSpan(token: TagToken): { start: number; end: number } {
  return { start: token.tokenizer.p, end: token.contentRange[1] };
}

/**
 * The tag arguments whose `{{ }}` Braze drops (step 4): every tag's but `connected_content`'s,
 * and in a `liquid` tag every line's but a `connected_content` line's.
 */
function innerOutputSpans(text: string, tokens: DelimitedToken[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const token of tokens) {
    if (!isTag(token)) continue;
    const args = argsSpan(token);
    const reads = builtinTag(token.name)?.arguments;
    if (reads === 'lines') {
      for (const line of liquidLines(text, args.start, args.end)) if (builtinTag(line.name)?.arguments !== 'connected-content') spans.push(line);
    } else if (reads !== 'connected-content') spans.push(args);
  }
  return spans;
}

export interface LiquidTokens {
  tokens: DelimitedToken[];
  problems: DelimiterProblem[];
  /** The bodies of hidden blocks (`comment`): not Liquid. */
  hidden: { start: number; end: number }[];
}

/**
 * The outputs and tags of `text` between `start` and `end`, read as liquidjs's tokenizer reads
 * them, without stopping at a delimiter that does not close: it is reported and reading goes on
 * after it. liquidjs builds only tokens known to close, so it never throws here (an error of
 * its would recount the text's lines).
 */
export function tokenizeLiquid(text: string, start = 0, end = text.length): LiquidTokens {
  const tokens: DelimitedToken[] = [];
  const problems: DelimiterProblem[] = [];
  const hidden: { start: number; end: number }[] = [];
  const scanner = new DelimiterScanner(text, start, end);
  const tk = new Tokenizer(text, undefined, undefined, [start, end]);
  // liquidjs's own flag (not in its typings): set by reading a `{% raw %}` tag, until its `{% endraw %}`.
  const raw = tk as unknown as { rawBeginAt: number };
  let p = start;
  while (p < end) {
    let token: DelimitedToken;
    if (raw.rawBeginAt > -1) {
      // Inside `{% raw %}`: liquidjs finds the `{% endraw %}`; with none, the rest of the field is raw.
      tk.p = p;
      try {
        const read = tk.readTopLevelToken(defaultOptions);
        p = tk.p;
        if (read.kind === TokenKind.HTML) continue;
        token = read as DelimitedToken;
      } catch {
        break;
      }
      const inner = innerOpening(scanner, isTag(token), token.contentRange);
      if (inner !== -1) {
        problems.push({ kind: text.startsWith('{%', token.begin) ? 'unclosed-tag' : 'unclosed-output', start: token.begin });
        p = inner;
        continue;
      }
    } else {
      const at = openingAt(scanner, p);
      if (at === -1) break;
      const opensTag = text[at + 1] === '%';
      const unclosed = opensTag ? 'unclosed-tag' : 'unclosed-output';
      const close = opensTag ? scanner.tagClose(at) : scanner.outputClose(at);
      if (close === -1) {
        problems.push({ kind: unclosed, start: at });
        p = at + 2;
        continue;
      }
      const content = contentRange(text, at, close);
      const [from, to] = content;
      if (opensTag && !(text[from] === '#' || (from < to && isLiquidWord(text[from])))) {
        problems.push({ kind: 'unreadable', start: at, detail: 'illegal tag syntax, tag name expected' });
        p = at + 2;
        continue;
      }
      const inner = innerOpening(scanner, opensTag, content);
      if (inner !== -1) {
        problems.push({ kind: unclosed, start: at });
        p = inner;
        continue;
      }
      // Only now, the token known to close and to be kept, does liquidjs read it: it cannot throw.
      tk.p = at;
      token = opensTag ? tk.readTagToken(defaultOptions) : tk.readOutputToken(defaultOptions);
    }
    tokens.push(token);
    p = tk.p;
    const known = isTag(token) ? builtinTag(token.name) : undefined;
    if (known?.body === 'hidden' && known.endTag) {
      const endTag = endTagAfter(text, known.endTag, p);
      const bodyEnd = endTag && endTag.index < end ? endTag.index : end;
      hidden.push({ start: p, end: bodyEnd });
      p = bodyEnd;
    }
  }
  return { tokens, problems, hidden };
}

/** The next `{{` or `{%` at or after `p` (liquidjs looks at the character after `{` even past the range's end). */
function openingAt(scanner: DelimiterScanner, p: number): number {
  let at = scanner.next('{', p);
  while (at !== -1 && scanner.text[at + 1] !== '{' && scanner.text[at + 1] !== '%') at = scanner.next('{', at + 1);
  return at;
}

/**
 * Where a second opening delimiter of the same kind stands in a token's content, or -1:
 * `{{ a {{ b }}`: liquidjs reads to the first closing delimiter, but the first opening one is what was left open.
 */
function innerOpening(scanner: DelimiterScanner, opensTag: boolean, [from, to]: readonly [number, number]): number {
  const inner = scanner.next(opensTag ? '{%' : '{{', from);
  return inner !== -1 && inner < to ? inner : -1;
}

/** The content of the delimiters from `at` to `close`, trimmed as liquidjs trims it: one `-` on each side, then blanks. */
function contentRange(text: string, at: number, close: number): [number, number] {
  let l = at + 2;
  let r = close - 2;
  if (text[l] === '-') l++;
  if (text[r - 1] === '-') r--;
  while (l < r && isLiquidBlank(text[l])) l++;
  while (r > l && isLiquidBlank(text[r - 1])) r--;
  return [l, r];
}

/** Every character of the spans (sorted) turned into a blank, line breaks kept. */
function blankSpans(text: string, spans: { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let copied = 0;
  for (const { start, end } of spans) {
    out += text.slice(copied, start) + text.slice(start, end).replace(/[^\n\r]/g, ' ');
    copied = end;
  }
  return out + text.slice(copied);
}

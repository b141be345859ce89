/**
 * Braze's Liquid, as liquidjs reads it. One translation for the parser (which reads the tokens)
 * and the renderer (which gives the text to liquidjs), so whatever parses renders and whatever
 * renders parses. Offset for offset: a position in the translated text is the position in the
 * field's text.
 *
 * 1. `${name}` references become variables (`maskAttributes`);
 * 2. outputs nested as filter arguments lose their delimiters (`{{x | plus: {{n}}}}`);
 * 3. the field is tokenized without stopping at the first broken delimiter;
 * 4. `{{ }}` inside tag arguments is dropped (`{% if {{x}} > 0 %}`), except in `connected_content`,
 *    whose tag renders the outputs of its URL and options itself;
 * 5. the body of a hidden block (`comment`) is blanked: Braze prints none of it, so none of it is Liquid.
 */
import { Tokenizer, TokenKind, TokenizationError, defaultOptions, type TagToken } from 'liquidjs';
import { builtinTag } from '../knowledge';
import { blankInnerOutputs, blankNestedOutputs, maskAttributes, type MaskedAttribute, type UnclosedAttribute } from './braze-mask';

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
  const { tokens, problems, comments } = tokenize(unnested);
  const argSpans = tokens.filter(isTag).filter((t) => builtinTag(t.name)?.arguments !== 'connected-content').map(argsSpan);
  const text = blankSpans(blankInnerOutputs(unnested, argSpans), comments);
  return { text, attributes: mask.attributes, unclosedAttributes: mask.unclosed, tokens, problems };
}

export const isTag = (t: DelimitedToken): t is TagToken => t.kind === TokenKind.Tag;

/** The arguments of a tag: from after its name to before `%}`. */
export function argsSpan(token: TagToken): { start: number; end: number } {
  return { start: token.tokenizer.p, end: token.contentRange[1] };
}

function tokenize(text: string): { tokens: DelimitedToken[]; problems: DelimiterProblem[]; comments: { start: number; end: number }[] } {
  const tokens: DelimitedToken[] = [];
  const problems: DelimiterProblem[] = [];
  const comments: { start: number; end: number }[] = [];
  const tk = new Tokenizer(text);
  while (tk.p < tk.N) {
    const at = tk.p;
    const kind = text.startsWith('{%', at) ? 'unclosed-tag' : 'unclosed-output';
    try {
      const token = tk.readTopLevelToken(defaultOptions);
      if (token.kind === TokenKind.HTML) continue;
      const inner = innerOpening(text, token as DelimitedToken);
      if (inner !== -1) {
        // `{{ a {{ b }}`: liquidjs reads to the first closing delimiter, but the first opening one is what was left open.
        problems.push({ kind, start: at });
        tk.p = inner;
        continue;
      }
      tokens.push(token as DelimitedToken);
      const hidden = token.kind === TokenKind.Tag ? builtinTag((token as TagToken).name) : undefined;
      if (hidden?.body === 'hidden' && hidden.endTag) {
        const end = endTagAfter(text, hidden.endTag, tk.p);
        const bodyEnd = end ? end.index : tk.N;
        comments.push({ start: tk.p, end: bodyEnd });
        tk.p = bodyEnd;
      }
    } catch (e) {
      const closed = e instanceof TokenizationError && /not closed/.test(e.message);
      problems.push(closed ? { kind, start: at } : { kind: 'unreadable', start: at, detail: e instanceof Error ? e.message : String(e) });
      tk.p = at + 2;
    }
  }
  return { tokens, problems, comments };
}

/** Where a second opening delimiter of the same kind stands inside a token, or -1. */
function innerOpening(text: string, token: DelimitedToken): number {
  const open = token.kind === TokenKind.Tag ? '{%' : '{{';
  const [from, to] = token.contentRange;
  const inner = text.indexOf(open, from);
  return inner !== -1 && inner < to ? inner : -1;
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

/**
 * The tolerant tokenizer reads the delimiters liquidjs reads, and the lines of a `{% liquid %}`
 * tag as liquidjs splits them: compared here with liquidjs itself, at random.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Tokenizer, TokenKind, TokenizationError, defaultOptions, type TagToken } from 'liquidjs';
import { liquidLines } from './tag-lines';
import { tokenizeLiquid, type DelimitedToken, type DelimiterProblem } from './translate';

const PIECES = ['{{', '}}', '{%', '%}', '{', '}', '%', '-', ' ', '\n', 'x', 'if', 'raw', 'endraw', 'comment', 'endcomment', '"', "'", '\\', '#', '5', '\u201C', '{%-', '-%}'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));

/**
 * liquidjs's tokenizer, asked again two characters after each delimiter it cannot read: what the
 * tolerant tokenizer must find, without liquidjs's cost (it rescans and recounts lines each time).
 */
function retriedByLiquidjs(text: string, start: number, end: number) {
  const tokens: DelimitedToken[] = [];
  const problems: DelimiterProblem[] = [];
  const tk = new Tokenizer(text, undefined, undefined, [start, end]);
  const inRaw = () => (tk as unknown as { rawBeginAt: number }).rawBeginAt > -1;
  while (tk.p < tk.N) {
    const at = tk.p;
    const kind = text.startsWith('{%', at) ? 'unclosed-tag' : 'unclosed-output';
    try {
      const token = tk.readTopLevelToken(defaultOptions);
      if (token.kind === TokenKind.HTML) continue;
      const open = token.kind === TokenKind.Tag ? '{%' : '{{';
      const [from, to] = (token as DelimitedToken).contentRange;
      const inner = text.indexOf(open, from);
      if (inner !== -1 && inner < to) {
        problems.push({ kind, start: at });
        tk.p = inner;
        continue;
      }
      tokens.push(token as DelimitedToken);
      const name = token.kind === TokenKind.Tag ? (token as TagToken).name : '';
      if (name === 'comment') {
        const close = /\{%-?\s*endcomment\s*-?%\}/g;
        close.lastIndex = tk.p;
        const found = close.exec(text);
        tk.p = found && found.index < end ? found.index : end;
      }
    } catch (e) {
      if (inRaw()) break;
      problems.push(e instanceof TokenizationError && /not closed/.test(e.message) ? { kind, start: at } : { kind: 'unreadable', start: at, detail: String(e instanceof Error ? e.message : e).replace(/, line:\d+, col:\d+$/, '') });
      tk.p = at + 2;
    }
  }
  return { tokens, problems };
}

const shape = (t: DelimitedToken) => [t.kind, t.begin, t.end, t.contentRange, t.kind === TokenKind.Tag ? (t as TagToken).name : ''];

test('the tokenizer finds the tokens and problems liquidjs finds, retried after each problem', () => {
  fc.assert(
    fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
      const start = Math.min(a, b) % (text.length + 1);
      const end = start + (Math.max(a, b) % (text.length - start + 1));
      const mine = tokenizeLiquid(text, start, end);
      const theirs = retriedByLiquidjs(text, start, end);
      assert.deepEqual(mine.tokens.map(shape), theirs.tokens.map(shape), JSON.stringify([text, start, end]));
      assert.deepEqual(mine.problems, theirs.problems, JSON.stringify([text, start, end]));
    }),
    { numRuns: 4000, seed: 3 },
  );
});

test('an unclosed {% raw %} makes the rest of the field raw: no problem at every other character', () => {
  const { tokens, problems } = tokenizeLiquid('{% raw %}{{ a {% b {{');
  assert.deepEqual(tokens.map(shape), [[TokenKind.Tag, 0, 9, [3, 6], 'raw']]);
  assert.deepEqual(problems, []);
});

test('the lines of a {% liquid %} tag are the tags liquidjs reads from it', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('echo x', 'assign a = 1', ' ', '\n', '\t', '-', '# note', 'if a', 'endif', '\u00A0', 'connected_content https://x :save r'), { maxLength: 12 }).map((a) => a.join('')), (args) => {
      const lines = liquidLines(args, 0, args.length);
      let theirs: { start: number; end: number; name: string; argsStart: number }[];
      try {
        theirs = new Tokenizer(args).readLiquidTagTokens(defaultOptions).map((t) => {
          const token = t as unknown as TagToken;
          return { start: token.contentRange[0], end: token.contentRange[1], name: token.name, argsStart: token.tokenizer.p };
        });
      } catch {
        // liquidjs refuses a line without a tag name: the reader gives it as one with an empty name.
        assert.ok(lines.some((l) => l.name === ''), JSON.stringify(args));
        return;
      }
      assert.deepEqual(lines.map(({ start, end, name, argsStart }) => ({ start, end, name, argsStart })), theirs, JSON.stringify(args));
    }),
    { numRuns: 3000, seed: 5 },
  );
});

/**
 * The value reader is liquidjs's `readValue` and `readOperator`, remembered per position: at any
 * position of any text it must give what liquidjs gives, the position liquidjs's cursor stops at
 * (after a value, or where liquidjs throws) included. Compared here with liquidjs itself.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Tokenizer, TokenKind } from 'liquidjs';
import { ValueReader, type Props, type Value } from './value-reader';

interface TokenLike {
  kind: number;
  begin: number;
  end: number;
  variable?: TokenLike;
  props?: TokenLike[];
  lhs?: TokenLike;
  rhs?: TokenLike;
}

const KINDS: Record<number, Value['kind']> = {
  [TokenKind.Literal]: 'literal',
  [TokenKind.Quoted]: 'quoted',
  [TokenKind.Number]: 'number',
  [TokenKind.Word]: 'word',
  [TokenKind.Range]: 'range',
  [TokenKind.PropertyAccess]: 'access',
};

function liquidjsShape(t: TokenLike | undefined): unknown {
  if (!t) return undefined;
  return { kind: KINDS[t.kind] ?? t.kind, begin: t.begin, end: t.end, variable: liquidjsShape(t.variable), props: t.props?.map(liquidjsShape), lhs: liquidjsShape(t.lhs), rhs: liquidjsShape(t.rhs) };
}

const list = (props: Props): Value[] => (props ? [props.head, ...list(props.tail)] : []);

function readerShape(v: Value | undefined): unknown {
  if (!v) return undefined;
  return {
    kind: v.kind,
    begin: v.begin,
    end: v.end,
    variable: v.kind === 'access' ? readerShape(v.variable) : undefined,
    props: v.kind === 'access' ? list(v.props).map(readerShape) : undefined,
    lhs: v.kind === 'range' ? readerShape(v.lhs) : undefined,
    rhs: v.kind === 'range' ? readerShape(v.rhs) : undefined,
  };
}

/** What liquidjs reads at `p` of `text` between `from` and `to`: the value and the cursor, or the cursor where it threw. */
function liquidjsRead(text: string, from: number, to: number, p: number): unknown {
  const tk = new Tokenizer(text, undefined, undefined, [from, to]);
  tk.p = p;
  try {
    const value = tk.readValue() as unknown as TokenLike | undefined;
    return { value: liquidjsShape(value), next: tk.p };
  } catch {
    return { failedAt: tk.p };
  }
}

const PIECES = ['a', 'b1', '1', '23', '-4', '+5', '.', '..', '[', ']', '(', ')', '"', "'", '\\', ' ', '\n', '|', ':', ',', 'true', 'nil', 'blank', 'emptyx', 'contains', 'and', '==', '>=', '<', '!', 'é', '\u201C', '\u00A0', '?', '_', '0.5', '1.', '1.2.3', '__x_', '"q"', "'s'"];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((a) => a.join(''));

test('the value reader reads what liquidjs reads, at every position, in any order', () => {
  fc.assert(
    fc.property(texts, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (text, picks) => {
      const reader = new ValueReader(text, 0, text.length);
      for (const pick of picks) {
        const p = pick % (text.length + 1);
        const read = reader.read(p);
        const mine = read.failedAt !== undefined ? { failedAt: read.failedAt } : { value: readerShape(read.value), next: read.next };
        assert.deepEqual(mine, liquidjsRead(text, 0, text.length, p), `${JSON.stringify(text)} at ${p}`);
      }
    }),
    { numRuns: 3000, seed: 42 },
  );
});

test('operators as liquidjs reads them, and a range that ends before the text does', () => {
  fc.assert(
    fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
      const to = a % (text.length + 1);
      const p = b % (to + 1);
      const tk = new Tokenizer(text, undefined, undefined, [0, to]);
      tk.p = p;
      const op = tk.readOperator();
      const reader = new ValueReader(text, 0, to);
      assert.equal(reader.operatorEnd(p), op ? tk.p : -1, `${JSON.stringify(text)} to ${to} at ${p}`);
      const read = reader.read(p);
      const mine = read.failedAt !== undefined ? { failedAt: read.failedAt } : { value: readerShape(read.value), next: read.next };
      assert.deepEqual(mine, liquidjsRead(text, 0, to, p));
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test('deep nesting is read without a deep stack: 100,000 "[" and "(" end in the error liquidjs would give', () => {
  const text = `${'['.repeat(50_000)}${'('.repeat(50_000)}x`;
  const reader = new ValueReader(text, 0, text.length);
  assert.deepEqual(reader.read(0), { failedAt: text.length, message: 'invalid range syntax' });
  const ranges = '(1..'.repeat(300) + '2' + ')'.repeat(300);
  assert.equal(new ValueReader(ranges, 0, ranges.length).read(0).failedAt, undefined);
});

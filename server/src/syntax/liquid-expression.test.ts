/**
 * The strict reading of an output and of a condition gives liquidjs's verdict and its words,
 * without asking liquidjs (whose errors cost more than the reading): compared here with it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Tokenizer } from 'liquidjs';
import { cleanMessage, readExpression, strictFilteredValueError } from './liquid-expression';
import { ValueReader } from './value-reader';

/** liquidjs's own reading of a filtered value, as the parser asked it before. */
function liquidjsVerdict(text: string): string | undefined {
  const tk = new Tokenizer(text);
  try {
    tk.readFilteredValue();
    tk.skipBlank();
    if (tk.p < text.length) return `unexpected "${text.slice(tk.p).trim()}"`;
    if (/\|\s*$/.test(text)) return 'a filter name is missing after "|"';
    return undefined;
  } catch (e) {
    return cleanMessage(e);
  }
}

/** Where liquidjs's `readExpression` stops and whether it read anything, or "throws". */
function liquidjsExpression(text: string): unknown {
  const tk = new Tokenizer(text);
  try {
    return { valid: tk.readExpression().valid(), next: tk.p };
  } catch {
    return 'throws';
  }
}

const PIECES = ['a', 'b.c', '1', '2.5', '-3', '"s"', "'t'", '[', ']', '(', ')', '..', '.', '|', ':', ',', ' ', 'default', 'plus', 'contains', 'and', '==', '>', '!', '__x_', '\u201C', 'nil', '-'];
const expressions = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((a) => a.join(''));

test('an output reads strictly as liquidjs reads it: the same verdict, in the same words', () => {
  fc.assert(
    fc.property(expressions, (text) => {
      assert.deepEqual(strictFilteredValueError(new ValueReader(text, 0, text.length))?.message, liquidjsVerdict(text), JSON.stringify(text));
    }),
    { numRuns: 20_000, seed: 11 },
  );
});

test('a condition reads as liquidjs\'s readExpression reads it', () => {
  fc.assert(
    fc.property(expressions, (text) => {
      const read = readExpression(new ValueReader(text, 0, text.length), 0);
      assert.deepEqual('failedAt' in read ? 'throws' : { valid: read.count > 0, next: read.next }, liquidjsExpression(text), JSON.stringify(text));
    }),
    { numRuns: 20_000, seed: 12 },
  );
});

/**
 * fast-check generators of `.webhook` texts: real templates (the examples and fixtures) cut into
 * fragments and put back together, mutated, and mixed with the inputs that make a scanner cost
 * more than linear time: long words, deep nesting, runs of unclosed delimiters, many keys, big
 * bodies.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { repoPath } from '../support/paths';

function webhookFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...webhookFiles(path));
    else if (name.endsWith('.webhook')) out.push(path);
  }
  return out;
}

/** The texts of `examples/*.webhook` and `test/fixtures/**\/*.webhook`. */
export const templates: readonly string[] = [...webhookFiles(repoPath('examples')), ...webhookFiles(repoPath('test', 'fixtures'))]
  .sort()
  .map((f) => readFileSync(f, 'utf8'));

/** Lines, Liquid delimiters with what they hold, JSON members and words of the real templates. */
export const fragments: readonly string[] = (() => {
  const found = new Set<string>();
  for (const t of templates) {
    for (const line of t.split(/\r?\n/)) if (line.trim()) found.add(line);
    for (const m of t.matchAll(/\{\{[^]*?\}\}|\{%[^]*?%\}|"[^"\n]*"\s*:\s*"[^"\n]*"|\$\{[^}\n]*\}|[^\s{}"]+/g)) found.add(m[0]);
  }
  return [...found].sort();
})();

const HEAD = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n';

/** Pieces that, repeated, make a careless scanner quadratic (or deeper). */
const HOSTILE = [
  '[', ']', '{', '}', '(', '"', "'", '\\', '{{', '{%', '}}', '%}', '${', '{{ x', '{% if', '{{ "', '| ', ':', ',', '.', '-', '\n', ' ', '\t',
  'a', '1', '`', '[insert_', '{% comment %}', '{% raw %}', '{% liquid ', 'connected_content ', ':save ', '\u201C', '\u2019', '{{{', '%}}',
  '{% else %}', '{% elsif a | size > 1 %}', '{% endif %}', '"k": 1, ', 'Bearer ', '&client_secret=x', 'x y ', '{{a}}', '{{${first_name}}}',
];

/** A run of one piece (or a few), `length` characters long at most. */
const run = (maxLength: number): fc.Arbitrary<string> =>
  fc.tuple(fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: maxLength })).map(([pieces, length]) => {
    const unit = pieces.join('');
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

/** One of the real templates, or fragments of them joined by line breaks and blanks. */
const base: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...templates),
  fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 40 }).chain((parts) =>
    fc.array(fc.constantFrom('\n', ' ', '', '\n\n'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')),
  ),
  fc.array(fc.constantFrom(...fragments), { maxLength: 20 }).map((parts) => `${HEAD}\n{\n${parts.map((p) => `  "F": "${p}",`).join('\n')}\n  "LastName": "x"\n}\n`),
);

/** Inserts, deletes or repeats a piece of `text` at a position. */
const mutation = (maxLength: number) =>
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(run(maxLength).map((s) => ({ insert: s })), fc.integer({ min: 1, max: 200 }).map((n) => ({ remove: n })), fc.integer({ min: 2, max: 50 }).map((n) => ({ repeat: n }))));

function mutate(text: string, [at, m]: [number, { insert?: string; remove?: number; repeat?: number }]): string {
  const p = Math.floor(at * text.length);
  if (m.insert !== undefined) return text.slice(0, p) + m.insert + text.slice(p);
  if (m.remove !== undefined) return text.slice(0, p) + text.slice(p + m.remove);
  const piece = text.slice(p, p + 40);
  return text.slice(0, p) + piece.repeat(m.repeat ?? 1) + text.slice(p);
}

/** A template of the real kind, mutated a few times; `maxRun` bounds each hostile run. */
export const webhookText = (maxRun = 2000): fc.Arbitrary<string> =>
  fc.tuple(base, fc.array(mutation(maxRun), { maxLength: 4 })).map(([text, ms]) => ms.reduce(mutate, text));

/** A big template: a real one with a hostile run or a repeated member that makes it `min` to `max` characters. */
export const bigWebhookText = (min: number, max: number): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...templates), fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(run(max), fc.constantFrom(...fragments).map((f) => `"F": "${f}", `)), fc.integer({ min, max })).map(
    ([text, at, piece, size]) => {
      const p = Math.floor(at * text.length);
      const filler = piece.repeat(Math.ceil(size / Math.max(piece.length, 1))).slice(0, size);
      return text.slice(0, p) + filler + text.slice(p);
    },
  );

import { builtinTag, t } from '../../core';
import { blockOpener, fieldTextOf, liveTags } from '../analysis/liquid-nodes';
import { fieldsOf } from '../analysis/fields';
import type { FilterCall, LiquidTag } from '../../syntax';
import type { Check, TextEdit } from './types';


export const liquidFilterInCondition: Check = {
  meta: {
    code: 'liquid-filter-in-condition',
    severity: 'error',
    summary: 'A filter inside an `if`, `elsif`, `unless`, `case`, `when` or `for` tag, which Braze rejects: assign the filtered value first.',
    docs:
      'Braze allows filters in `{{ }}` outputs and in `assign`, but not in the arguments of `if`, `elsif`, `unless`, `case`, `when` ' +
      'or `for`: write `{% assign x_size = x | size %}{% if x_size > 0 %}` instead of `{% if x | size > 0 %}`. ' +
      'Source: Braze, "Filters" (https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/filters/) and ' +
      '"Liquid FAQ" (https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/faq/).',
  },
  run(context) {
    const { doc } = context;
    const text = doc.text;
    for (const field of fieldsOf(doc)) {
      for (const tag of liveTags(field)) {
        if (builtinTag(tag.name.text)?.filters !== false || !tag.expression?.filters.length) continue;
        const opener = blockOpener(field, tag);
        for (const chain of filterChains(text, tag.expression.filters)) {
          const first = chain[0];
          const last = chain[chain.length - 1];
          const operand = operandBefore(text, tag, first.start);
          const start = operand?.start ?? first.start;
          const filtered = fieldTextOf(doc, field, start, last.end).trim();
          if (!operand || !opener) {
            context.report({
              start,
              end: last.end,
              message: t('Braze does not allow filters in "{0}": "{1}" must be assigned first with {2} before the tag', tag.name.text, filtered, '{% assign %}'),
            });
            continue;
          }
          const name = variableName(operand.text, last.name.text);
          const assign = `{% assign ${name} = ${filtered} %}`;
          const edits: TextEdit[] = [
            { start: opener.start, end: opener.start, newText: opener.liquidTag ? assignLine(text, opener.start, `assign ${name} = ${filtered}`) : assign },
            { start, end: last.end, newText: name },
          ];
          context.report({
            start,
            end: last.end,
            message: t('Braze does not allow filters in "{0}": "{1}" must be assigned first: write {2} before the "{3}" tag and use {4}', tag.name.text, filtered, assign, opener.name.text, name),
            fixes: [{ title: t('Move "{0}" into {1}', filtered, assign), edits, preferred: true }],
          });
        }
      }
    }
  },
};

/** In a `{% liquid %}` tag, a line to insert before the line at `at`, with its indentation. */
function assignLine(text: string, at: number, line: string): string {
  let p = at;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  return `${line}\n${text[p - 1] === '\n' ? text.slice(p, at) : ''}`;
}

/** Filters that follow one another (`x | downcase | size`) form one chain. */
function filterChains(text: string, filters: FilterCall[]): FilterCall[][] {
  const chains: FilterCall[][] = [];
  for (const f of [...filters].sort((a, b) => a.start - b.start)) {
    const current = chains[chains.length - 1];
    const prev = current?.[current.length - 1];
    if (prev && text.slice(prev.end, f.start).trim() === '') current.push(f);
    else chains.push([f]);
  }
  return chains;
}

/** The value right before a chain's first `|`: a variable (longest path) or a literal. */
function operandBefore(text: string, tag: LiquidTag, pipe: number): { start: number; text: string } | undefined {
  const expr = tag.expression!;
  let best: { start: number; end: number } | undefined;
  for (const v of expr.variables) {
    if (v.end <= pipe && text.slice(v.end, pipe).trim() === '' && (!best || v.start < best.start)) best = v;
  }
  if (best) return { start: best.start, text: text.slice(best.start, best.end) };
  const before = text.slice(tag.args.start, pipe);
  const m = /('[^']*'|"[^"]*"|-?\d+(?:\.\d+)?)\s*$/.exec(before);
  if (m) return { start: tag.args.start + m.index, text: m[1] };
  return undefined;
}

/** `custom_attribute.${Brands Viewed}` with `size` gives `brands_viewed_size`. */
function variableName(operand: string, filter: string): string {
  const parts = operand.split('.');
  let base = (parts[parts.length - 1] ?? '')
    .replace(/^\$\{|\}$/g, '')
    .replace(/\[.*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(base)) base = `value${base ? `_${base}` : ''}`;
  return `${base}_${filter.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

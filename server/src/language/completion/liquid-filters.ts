import { localized, t, type Knowledge } from '../../core';
import { docs, Kind, wordEnd, type Item } from './item';

/** After `|` in an output or an `assign`: the filters Braze supports. */
export function filterItems(before: string, offset: number, text: string, k: Knowledge): Item[] | undefined {
  const m = /\|\s*(\w*)$/.exec(before);
  if (!m) return undefined;
  const start = offset - m[1].length;
  const end = wordEnd(text, offset, /\w/);
  return k.braze.filters.map((f) => {
    const required = f.args.filter((a) => !a.optional);
    const args = required.map((a, i) => `\${${i + 1}:${a.name}}`).join(', ');
    return {
      label: f.name,
      kind: Kind.Function,
      detail: `${f.braze ? t('Braze filter') : t('filter')}${f.args.length ? `: ${f.args.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(', ')}` : ''} → ${f.returns}`,
      documentation: docs(localized('filter', f.name, f.description), f.docsUrl, localized('filter-notes', f.name, f.notes)),
      insertText: args ? `${f.name}: ${args}` : f.name,
      snippet: args.length > 0,
      start,
      end,
      sortText: f.name === 'json_escape' || f.name === 'default' ? `0_${f.name}` : `1_${f.name}`,
    };
  });
}

import { builtinTag, t } from '../../core';
import { isNestedInTag, liquidNodes } from '../analysis/liquid-nodes';
import type { FilterCall, LiquidNode, LiquidOutput, ProblemKind } from '../../syntax';
import type { Check, Offense } from './types';

/** Curly quotes and the straight quote each family stands for. */
const CURLY_DOUBLE = new Set(['\u201C', '\u201D', '\u201E', '\u201F']);
const CURLY_SINGLE = new Set(['\u2018', '\u2019', '\u201A', '\u201B']);
/** Whether a character code is one of the curly quotes above (U+2018 to U+201F): most nodes have none. */
const isCurly = (code: number) => code >= 0x2018 && code <= 0x201f;

/** How much of a node a filter's message quotes. */
const QUOTED_NODE_LENGTH = 80;

const STRUCTURAL: ReadonlySet<ProblemKind> = new Set(['block-unclosed', 'block-end-unopened', 'branch-outside-block']);

export const liquidSyntax: Check = {
  meta: {
    code: 'liquid-syntax',
    severity: 'error',
    summary: 'Liquid that Braze cannot parse: an unclosed `{{`, `{%` or `${`, curly quotes, an extra brace, a malformed filter, an unbalanced block.',
    docs:
      'Braze renders the URL, each header value and the body as separate Liquid templates, so every block (`if`, `for`, `capture`...) ' +
      'must open and close within one field. An unclosed delimiter or an unreadable expression makes Braze drop or abort the message. ' +
      'Braze\'s Liquid reads only straight quotes: curly quotes (“ ” ‘ ’), which word processors and some docs put in, break it; ' +
      'an output takes two braces, so `{{{custom_attribute.${x}}}}` is invalid; a filter is written `| name` or `| name: argument`. ' +
      'Braze-specific forms are accepted: `${attribute}` references (names may hold spaces), `{{ }}` inside tags, `abort_message()`. ' +
      'Source: Braze, "Liquid FAQ" and "Filters" ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/faq/, ' +
      'https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/filters/).',
  },
  run(context) {
    const { doc } = context;
    const specific: Offense[] = [];
    /** Nodes that got a specific offense: the parser's generic problem on them is dropped. */
    const covered: LiquidNode[] = [];
    for (const { field, node } of liquidNodes(doc)) {
      if (isNestedInTag(field, node)) continue;
      // A line of a `{% liquid %}` tag lies inside that tag, whose own reading finds its curly quotes.
      const curly = node.type === 'tag' && node.liquidTag ? [] : curlyQuotes(doc.text, node);
      // A curly quote derails the reading of the rest of the node: report it alone.
      const found = curly.length ? curly : [...(node.type === 'output' ? extraBraces(doc.text, node) : []), ...filterSyntax(doc.text, node)];
      if (found.length) {
        for (const o of found) specific.push(o);
        covered.push(node);
      }
    }
    const all: Offense[] = [...specific];
    const isCovered = coverage(covered);
    for (const p of doc.problems) {
      if (p.code !== 'liquid-syntax') continue;
      // Block structure (an unclosed `if`...) is another matter: keep those problems.
      if (!STRUCTURAL.has(p.kind) && isCovered(p)) continue;
      all.push({ start: p.start, end: p.end, message: p.message });
    }
    all.sort((a, b) => a.start - b.start);
    for (const o of all) context.report(o);
  },
};

/**
 * Whether a span lies in one of the nodes (sorted by start), its end allowed one past the node's:
 * a binary search for the last node that starts at or before it, and the furthest end up to there.
 */
function coverage(nodes: readonly LiquidNode[]): (span: { start: number; end: number }) => boolean {
  const reach: number[] = [];
  for (const n of nodes) reach.push(Math.max(n.end, reach[reach.length - 1] ?? -Infinity));
  return ({ start, end }) => {
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nodes[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && end <= reach[lo - 1] + 1;
  };
}

/** Each pair of curly quotes used as Liquid quotes (outside a straight-quoted string), with a fix. */
function curlyQuotes(text: string, node: LiquidNode): Offense[] {
  let first = node.start;
  while (first < node.end && !isCurly(text.charCodeAt(first))) first++;
  if (first === node.end) return [];
  const out: Offense[] = [];
  let straight: string | undefined;
  for (let i = node.start; i < node.end; i++) {
    const c = text[i];
    if (straight) {
      if (c === straight) straight = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      straight = c;
      continue;
    }
    const family = CURLY_DOUBLE.has(c) ? CURLY_DOUBLE : CURLY_SINGLE.has(c) ? CURLY_SINGLE : undefined;
    if (!family) continue;
    let j = i + 1;
    while (j < node.end && !family.has(text[j])) j++;
    const closed = j < node.end;
    const end = closed ? j + 1 : i + 1;
    const inner = closed ? text.slice(i + 1, j) : '';
    let quote = family === CURLY_DOUBLE ? '"' : "'";
    if (inner.includes(quote)) quote = quote === '"' ? "'" : '"';
    const written = text.slice(i, end);
    const fixed = closed ? quote + inner + quote : quote;
    out.push({
      start: i,
      end,
      message: t("Curly quotes in {0}: Braze's Liquid reads only straight quotes; write {1}", written, fixed),
      fixes: [
        {
          title: t('Use straight quotes: {0}', fixed),
          edits: closed
            ? [
                { start: i, end: i + 1, newText: quote },
                { start: j, end: j + 1, newText: quote },
              ]
            : [{ start: i, end: i + 1, newText: quote }],
          preferred: true,
        },
      ],
    });
    i = end - 1;
  }
  return out;
}

/** `{{{x}}}`: a third brace around an output (Handlebars' triple-stash), with a fix removing it. */
function extraBraces(text: string, node: LiquidOutput): Offense[] {
  let p = node.content.start;
  while (p < node.content.end && /\s/.test(text[p])) p++;
  if (text[p] !== '{' || text[p + 1] === '{' || text[p + 1] === '%') return [];
  const trailing = text[node.end] === '}';
  const end = trailing ? node.end + 1 : node.end;
  const written = text.slice(node.start, end);
  const edits = [{ start: p, end: p + 1, newText: '' }];
  if (trailing) edits.push({ start: node.end, end: node.end + 1, newText: '' });
  const inner = text.slice(node.content.start, p) + text.slice(p + 1, node.content.end);
  const fixed = `${text.slice(node.start, node.content.start)}${inner}${text.slice(node.content.end, node.end)}`;
  return [
    {
      start: node.start,
      end,
      message: t('{0} has an extra brace: a Braze output takes two braces on each side; write {1}', written, fixed),
      fixes: [{ title: t('Remove the extra braces: {0}', fixed), edits, preferred: true }],
    },
  ];
}

/** Malformed filters in an output or an `assign`/`echo`: no name, a name that is not one, a missing or empty colon. */
function filterSyntax(text: string, node: LiquidNode): Offense[] {
  if (node.type === 'tag') {
    const tag = builtinTag(node.name.text);
    if (!tag?.filters || (tag.arguments !== 'expression' && tag.arguments !== 'assignment')) return [];
  }
  const expr = node.expression;
  if (!expr) return [];
  const out: Offense[] = [];
  // Each malformed filter quotes the node: a long node is quoted by its start, or the messages grow as its square.
  const whole = text.slice(node.start, node.end);
  const written = whole.length > QUOTED_NODE_LENGTH ? `${whole.slice(0, QUOTED_NODE_LENGTH - 1)}…` : whole;
  expr.filters.forEach((f: FilterCall, i: number) => {
    const name = f.name.text;
    if (name === '') {
      let from = f.start;
      while (from > expr.start && /[ \t]/.test(text[from - 1])) from--;
      out.push({
        start: node.start,
        end: node.end,
        message: t('"|" in {0} has no filter name after it: write a filter (such as "{1}") or remove the "|"', written, "| default: 'x'"),
        fixes: [{ title: t('Remove the "|"'), edits: [{ start: from, end: f.start + 1, newText: '' }] }],
      });
      return;
    }
    if (!/^[A-Za-z_][\w-]*$/.test(name)) {
      out.push({ start: f.name.start, end: f.name.end, message: t('"{0}" after "|" in {1} is not a filter name: write a filter such as "default" or "json_escape"', name, written) });
      return;
    }
    if (f.args.length) return;
    const next = expr.filters[i + 1];
    const restEnd = next ? next.start : expr.end;
    // Braze allows `{{ }}` inside tags (`| property_accessor: {{${country} | downcase}}`): its braces are not arguments.
    const rest = text.slice(f.name.end, restEnd).replace(/\{\{|\}\}/g, '').trim();
    if (rest === '') return;
    if (rest.startsWith(':')) {
      out.push({
        start: f.start,
        end: Math.max(f.end, f.name.end + text.slice(f.name.end, restEnd).indexOf(':') + 1),
        message: t('The filter "{0}:" in {1} has nothing after its colon: write its argument ({2}) or remove the colon', name, written, `${name}: 'value'`),
      });
      return;
    }
    out.push({
      start: f.start,
      end: restEnd > f.name.end ? f.name.end + text.slice(f.name.end, restEnd).trimEnd().length : f.end,
      message: t('The filter "{0}" in {1} takes its arguments after a colon: write "{2}"', name, written, `${name}: ${rest}`),
      fixes: [{ title: t('Add ":" after {0}', name), edits: [{ start: f.name.end, end: f.name.end, newText: ':' }], preferred: true }],
    });
  });
  return out;
}


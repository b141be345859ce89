import { builtinKnowledge, t } from '../core';
import type { LiquidTag, SyntaxProblem } from './ast';

/** The block structure of the tags Braze knows, from the knowledge's tag table. */
function blockTable() {
  const blocks = new Map<string, string>();
  const middles = new Map<string, readonly string[]>();
  for (const tag of builtinKnowledge().braze.tags) {
    if (tag.kind === 'block' && tag.endTag) blocks.set(tag.name, tag.endTag);
    if (tag.kind === 'branch' && tag.parents) middles.set(tag.name, tag.parents);
  }
  return { blocks, openerOf: new Map([...blocks].map(([open, end]) => [end, open])), middles };
}
const { blocks: BLOCKS, openerOf: OPENER_OF, middles: MIDDLES } = blockTable();

/** Where a block must close: in its field, or in the `{% liquid %}` tag whose lines hold it. */
export type BlockScope = 'field' | 'liquid-tag';

export const LIQUID_TAG: BlockScope = 'liquid-tag';

/** A tag as its messages quote it: `{% name %}`, an argument, since `{0}` beside Liquid's braces would not be filled. */
const written = (name: string) => `{% ${name} %}`;

/**
 * Matches block tags within one field (or one `{% liquid %}` tag). Braze renders each field on
 * its own, so a block opened in a header cannot close in the body.
 */
export function checkBlocks(tags: LiquidTag[], scope: BlockScope = 'field'): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const stack: LiquidTag[] = [];
  // Open blocks by name, so "is an `if` open?" costs O(1) however deep the nesting.
  const open = new Map<string, number>();
  const isOpen = (name: string) => (open.get(name) ?? 0) > 0;
  const push = (tag: LiquidTag) => {
    stack.push(tag);
    open.set(tag.name.text, (open.get(tag.name.text) ?? 0) + 1);
  };
  const pop = () => {
    const tag = stack.pop()!;
    open.set(tag.name.text, open.get(tag.name.text)! - 1);
    return tag;
  };
  for (const tag of tags) {
    const name = tag.name.text;
    if (BLOCKS.has(name)) {
      push(tag);
      continue;
    }
    const opener = OPENER_OF.get(name);
    if (opener) {
      const top = stack[stack.length - 1];
      if (top?.name.text === opener) {
        pop();
      } else if (isOpen(opener)) {
        while (stack[stack.length - 1].name.text !== opener) problems.push(unclosed(pop(), scope));
        pop();
      } else {
        problems.push({ start: tag.start, end: tag.end, code: 'liquid-syntax', kind: 'block-end-unopened', message: unopenedMessage(name, opener, scope) });
      }
      continue;
    }
    const parents = MIDDLES.get(name);
    if (parents && !parents.some(isOpen)) {
      problems.push({ start: tag.start, end: tag.end, code: 'liquid-syntax', kind: 'branch-outside-block', message: outsideMessage(name, parents) });
    }
  }
  for (const tag of stack) problems.push(unclosed(tag, scope));
  return problems;
}

function unclosed(tag: LiquidTag, scope: BlockScope): SyntaxProblem {
  const name = tag.name.text;
  return {
    start: tag.start,
    end: tag.end,
    code: 'liquid-syntax',
    kind: 'block-unclosed',
    message:
      scope === 'field'
        ? t('"{0}" is not closed: add "{1}" in the same field (Braze renders each field on its own)', written(name), written(BLOCKS.get(name)!))
        : t('"{0}" is not closed: add "{1}" in the same {2} tag', written(name), written(BLOCKS.get(name)!), written('liquid')),
  };
}

function unopenedMessage(name: string, opener: string, scope: BlockScope): string {
  return scope === 'field'
    ? t('"{0}" has no "{1}" before it in this field', written(name), written(opener))
    : t('"{0}" has no "{1}" before it in this {2} tag', written(name), written(opener), written('liquid'));
}

/** A branch tag (`else`, `when`, `break`...) outside every block it may stand in: one sentence per number of those blocks (the tag table has one, two or four). */
function outsideMessage(name: string, parents: readonly string[]): string {
  const [a, b, c, d] = parents.map(written);
  switch (parents.length) {
    case 1:
      return t('"{0}" stands outside "{1}"', written(name), a);
    case 2:
      return t('"{0}" stands outside "{1}" or "{2}"', written(name), a, b);
    case 4:
      return t('"{0}" stands outside "{1}" or "{2}" or "{3}" or "{4}"', written(name), a, b, c, d);
    default:
      return t('"{0}" stands outside each of the blocks it belongs in: {1}', written(name), parents.map((p) => `"${written(p)}"`).join(', '));
  }
}

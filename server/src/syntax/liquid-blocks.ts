import { builtinKnowledge } from '../core';
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
export interface BlockScope {
  same: string;
  this: string;
}

const FIELD: BlockScope = { same: 'in the same field (Braze renders each field on its own)', this: 'in this field' };
export const LIQUID_TAG: BlockScope = { same: 'in the same {% liquid %} tag', this: 'in this {% liquid %} tag' };

/**
 * Matches block tags within one field (or one `{% liquid %}` tag). Braze renders each field on
 * its own, so a block opened in a header cannot close in the body.
 */
export function checkBlocks(tags: LiquidTag[], scope: BlockScope = FIELD): SyntaxProblem[] {
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
        problems.push({ start: tag.start, end: tag.end, code: 'liquid-syntax', kind: 'block-end-unopened', message: `"{% ${name} %}" has no "{% ${opener} %}" before it ${scope.this}` });
      }
      continue;
    }
    const parents = MIDDLES.get(name);
    if (parents && !parents.some(isOpen)) {
      problems.push({ start: tag.start, end: tag.end, code: 'liquid-syntax', kind: 'branch-outside-block', message: `"{% ${name} %}" stands outside ${parents.map((p) => `"{% ${p} %}"`).join(' or ')}` });
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
    message: `"{% ${name} %}" is not closed: add "{% ${BLOCKS.get(name)} %}" ${scope.same}`,
  };
}

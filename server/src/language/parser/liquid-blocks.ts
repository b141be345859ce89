import type { LiquidTag, SyntaxProblem } from './ast';

/** Liquid's block structure: which tag closes a block and which may stand inside it. */
const BLOCKS: Record<string, { end: string; middle: readonly string[] }> = {
  if: { end: 'endif', middle: ['elsif', 'else'] },
  unless: { end: 'endunless', middle: ['elsif', 'else'] },
  case: { end: 'endcase', middle: ['when', 'else'] },
  for: { end: 'endfor', middle: ['else', 'break', 'continue'] },
  tablerow: { end: 'endtablerow', middle: [] },
  capture: { end: 'endcapture', middle: [] },
  comment: { end: 'endcomment', middle: [] },
  raw: { end: 'endraw', middle: [] },
};
const OPENER_OF = new Map(Object.entries(BLOCKS).map(([open, b]) => [b.end, open]));
const MIDDLES = new Map<string, string[]>();
for (const [open, b] of Object.entries(BLOCKS)) for (const m of b.middle) MIDDLES.set(m, [...(MIDDLES.get(m) ?? []), open]);

export function isBlockOpener(name: string): boolean {
  return name in BLOCKS;
}

export function endTagOf(name: string): string | undefined {
  return BLOCKS[name]?.end;
}

/**
 * Matches block tags within one field. Braze renders each field on its own,
 * so a block opened in a header cannot close in the body.
 */
export function checkBlocks(tags: LiquidTag[]): SyntaxProblem[] {
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
    if (name in BLOCKS) {
      push(tag);
      continue;
    }
    const opener = OPENER_OF.get(name);
    if (opener) {
      const top = stack[stack.length - 1];
      if (top?.name.text === opener) {
        pop();
      } else if (isOpen(opener)) {
        while (stack[stack.length - 1].name.text !== opener) problems.push(unclosed(pop()));
        pop();
      } else {
        problems.push({ start: tag.start, end: tag.end, code: 'liquid-syntax', message: `"{% ${name} %}" has no "{% ${opener} %}" before it in this field` });
      }
      continue;
    }
    const parents = MIDDLES.get(name);
    if (parents && !parents.some(isOpen)) {
      problems.push({ start: tag.start, end: tag.end, code: 'liquid-syntax', message: `"{% ${name} %}" stands outside ${parents.map((p) => `"{% ${p} %}"`).join(' or ')}` });
    }
  }
  for (const tag of stack) problems.push(unclosed(tag));
  return problems;
}

function unclosed(tag: LiquidTag): SyntaxProblem {
  const name = tag.name.text;
  return {
    start: tag.start,
    end: tag.end,
    code: 'liquid-syntax',
    message: `"{% ${name} %}" is not closed: add "{% ${BLOCKS[name].end} %}" in the same field (Braze renders each field on its own)`,
  };
}

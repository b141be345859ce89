import type { Piece } from './branches';
import type { Decision } from './enumerate';

/**
 * The body as one path renders it, for a reader: the branches its decisions take, each output
 * left as written (`{{${last_name}}}`) or dropped where the path has it blank. The checks read
 * the sampled text instead (`RenderedPath.text`), whose outputs are stand-ins.
 */
export function displayPath(fileText: string, pieces: readonly Piece[], decisions: readonly Decision[]): string {
  const arms = new Map<number, number>();
  const blanks = new Set<number>();
  for (const d of decisions) {
    if (d.type === 'arm') arms.set(d.block.tag.start, d.arm);
    else blanks.add(d.output.start);
  }
  let out = '';
  // Nesting is bounded by MAX_BLOCK_DEPTH (branches.ts): recursion per level is safe here.
  const render = (list: readonly Piece[]): void => {
    for (const p of list) {
      if (p.type === 'text') out += fileText.slice(p.start, p.end);
      else if (p.type === 'output') out += blanks.has(p.node.start) ? '' : fileText.slice(p.node.start, p.node.end);
      else if (p.type === 'block') {
        const arm = arms.get(p.tag.start) ?? -1;
        if (arm >= 0) render(p.arms[arm].pieces);
      }
    }
  };
  render(pieces);
  return out;
}

import { builtinTag } from '../../../core';
import type { Field, LiquidNode, LiquidTag } from '../../../syntax';

/**
 * The branching structure of one field: its text as a list of pieces, where a
 * piece is literal text, an output, or a branching block (`if`/`unless`/`case`)
 * whose arms are pieces again. Other tags render nothing here (`assign`...);
 * silent blocks (`capture`, `comment`, `raw`) are dropped whole.
 */
export type Piece =
  | { type: 'text'; start: number; end: number }
  | { type: 'output'; node: LiquidNode & { type: 'output' } }
  | { type: 'block'; tag: LiquidTag; arms: Arm[]; hasElse: boolean }
  /** A tag that cancels the send (`abort_message`): a path through it sends nothing. */
  | { type: 'cancel' };

export interface Arm {
  /** The tag that opens the arm (`if`, `elsif`, `else`, `when`). */
  tag: LiquidTag;
  pieces: Piece[];
}

const OPENERS = new Set(['if', 'unless', 'case']);
const ENDS: Record<string, string> = { if: 'endif', unless: 'endunless', case: 'endcase' };
const ARMS: Record<string, Set<string>> = { if: new Set(['elsif', 'else']), unless: new Set(['elsif', 'else']), case: new Set(['when', 'else']) };
/** Blocks nested deeper than this are not followed (a real webhook nests a few): the walk recurses per level. */
export const MAX_BLOCK_DEPTH = 64;
const SILENT: Record<string, string> = { capture: 'endcapture', comment: 'endcomment', raw: 'endraw' };

/** Why a field cannot be followed (a `{% liquid %}` tag, a loop, an unclosed block), or the pieces. */
export type Structure = { ok: true; pieces: Piece[] } | { ok: false; reason: string };

/** `connected_content` with `:save` keeps the answer in a variable; without it, Braze inserts the answer where the tag stands. */
const savesAnswer = (tag: LiquidTag) => !!tag.connectedContent?.options.some((o) => o.name.text === 'save');
/** Why a tag that is not a branch stops the walk: it inserts text no path can know, or repeats. */
function unfollowable(tag: LiquidTag): string | undefined {
  const name = tag.name.text;
  if (name === 'for' || name === 'tablerow') return `a {% ${name} %} loop`;
  if (name === 'echo' || (name === 'connected_content' && !savesAnswer(tag))) return `a {% ${name} %} that inserts text`;
  return undefined;
}

/**
 * Why the lines of the `{% liquid %}` tag at `at` (the nodes right after it) stop the walk, as the
 * same tags written plain would; lines that set a variable (`assign`, a saved `connected_content`) do not.
 */
function linesReason(nodes: readonly LiquidNode[], at: number): string | undefined {
  for (let j = at + 1; j < nodes.length && nodes[j].start < nodes[at].end; j++) {
    const line = nodes[j];
    if (line.type !== 'tag' || line.liquidTag?.start !== nodes[at].start || line.name.text === 'assign' || savesAnswer(line)) continue;
    return unfollowable(line) ?? 'a {% liquid %} tag';
  }
  return undefined;
}

export function fieldStructure(field: Field): Structure {
  const nodes = field.liquid;
  let i = 0;
  let pos = field.start;
  const fail = (reason: string): Structure => ({ ok: false, reason });

  function seq(stopAt: Set<string> | undefined, depth: number): Piece[] | string {
    if (depth > MAX_BLOCK_DEPTH) return `blocks nested more than ${MAX_BLOCK_DEPTH} deep`;
    const pieces: Piece[] = [];
    while (i < nodes.length) {
      const n = nodes[i];
      if (n.start < pos) {
        i++;
        continue;
      }
      if (n.start > pos) pieces.push({ type: 'text', start: pos, end: n.start });
      if (n.type === 'output') {
        pieces.push({ type: 'output', node: n });
        pos = n.end;
        i++;
        continue;
      }
      const name = n.name.text;
      const reason = name === 'liquid' ? linesReason(nodes, i) : unfollowable(n);
      if (reason) return reason;
      if (stopAt?.has(name)) return pieces;
      if (SILENT[name]) {
        const endName = SILENT[name];
        let j = i + 1;
        while (j < nodes.length && !(nodes[j].type === 'tag' && (nodes[j] as LiquidTag).name.text === endName)) j++;
        if (j >= nodes.length) return `an unclosed {% ${name} %}`;
        pos = nodes[j].end;
        i = j + 1;
        continue;
      }
      i++;
      pos = n.end;
      if (builtinTag(name)?.cancelsSend) pieces.push({ type: 'cancel' });
      if (OPENERS.has(name)) {
        const stop = new Set([...ARMS[name], ENDS[name]]);
        const arms: Arm[] = [];
        let armTag: LiquidTag = n;
        let hasElse = false;
        // `case`: text before the first `when` renders nothing.
        for (;;) {
          const body = seq(stop, depth + 1);
          if (typeof body === 'string') return body;
          const closer = nodes[i] as LiquidTag | undefined;
          if (!closer) return `an unclosed {% ${name} %}`;
          if (!(name === 'case' && armTag === n)) arms.push({ tag: armTag, pieces: body });
          i++;
          pos = closer.end;
          if (closer.name.text === ENDS[name]) break;
          if (closer.name.text === 'else') hasElse = true;
          armTag = closer;
        }
        pieces.push({ type: 'block', tag: n, arms, hasElse });
      }
    }
    return stopAt ? `an unclosed block` : pieces;
  }
  const out = seq(undefined, 0);
  if (typeof out === 'string') return fail(out);
  if (pos < field.end) out.push({ type: 'text', start: pos, end: field.end });
  return { ok: true, pieces: out };
}

/** The arm tags an offset of the field lies in, outermost first (each of `elsif`, `else`, `when` as its own arm). */
export function enclosingArms(pieces: readonly Piece[], offset: number): LiquidTag[] {
  const found: LiquidTag[] = [];
  // Nesting is bounded by MAX_BLOCK_DEPTH: recursion per level is safe here.
  const within = (list: readonly Piece[]): boolean => {
    for (const p of list) {
      if (p.type === 'text' && p.start <= offset && offset < p.end) return true;
      if (p.type === 'output' && p.node.start <= offset && offset < p.node.end) return true;
      if (p.type !== 'block') continue;
      for (const arm of p.arms) {
        found.push(arm.tag);
        if (within(arm.pieces)) return true;
        found.pop();
      }
    }
    return false;
  };
  within(pieces);
  return found;
}

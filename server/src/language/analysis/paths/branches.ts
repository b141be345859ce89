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

/**
 * Why a field cannot be followed: a loop, a tag that inserts text (`echo`, `connected_content`
 * without `:save`), a `{% liquid %}` tag whose lines render, an unclosed block, blocks nested
 * deeper than `MAX_BLOCK_DEPTH`. Data, so each reader words it.
 */
export type Unfollowed = { kind: 'loop' | 'inserts' | 'liquid-lines' | 'unclosed'; tag: string } | { kind: 'depth'; limit: number };

/** The pieces of a field, or why it cannot be followed. */
export type Structure = { ok: true; pieces: Piece[] } | { ok: false; reason: Unfollowed };

/** `connected_content` with `:save` keeps the answer in a variable; without it, Braze inserts the answer where the tag stands. */
const savesAnswer = (tag: LiquidTag) => !!tag.connectedContent?.options.some((o) => o.name.text === 'save');
/** Why a tag that is not a branch stops the walk: it inserts text no path can know, or repeats. */
function unfollowable(tag: LiquidTag): Unfollowed | undefined {
  const name = tag.name.text;
  if (name === 'for' || name === 'tablerow') return { kind: 'loop', tag: name };
  if (name === 'echo' || (name === 'connected_content' && !savesAnswer(tag))) return { kind: 'inserts', tag: name };
  return undefined;
}

/**
 * Why the lines of the `{% liquid %}` tag at `at` (the nodes right after it) stop the walk, as the
 * same tags written plain would; lines that set a variable (`assign`, a saved `connected_content`) do not.
 */
function linesReason(nodes: readonly LiquidNode[], at: number): Unfollowed | undefined {
  for (let j = at + 1; j < nodes.length && nodes[j].start < nodes[at].end; j++) {
    const line = nodes[j];
    if (line.type !== 'tag' || line.liquidTag?.start !== nodes[at].start || line.name.text === 'assign' || savesAnswer(line)) continue;
    return unfollowable(line) ?? { kind: 'liquid-lines', tag: 'liquid' };
  }
  return undefined;
}

export function fieldStructure(field: Field): Structure {
  const nodes = field.liquid;
  let i = 0;
  let pos = field.start;
  function seq(stopAt: Set<string> | undefined, depth: number): Piece[] | Unfollowed {
    if (depth > MAX_BLOCK_DEPTH) return { kind: 'depth', limit: MAX_BLOCK_DEPTH };
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
        if (j >= nodes.length) return { kind: 'unclosed', tag: name };
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
          // The walk ran out inside this block: it is the unclosed one.
          if (!Array.isArray(body)) return body.kind === 'unclosed' && body.tag === '' ? { kind: 'unclosed', tag: name } : body;
          const closer = nodes[i] as LiquidTag | undefined;
          if (!closer) return { kind: 'unclosed', tag: name };
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
    // Named by the block whose arms the walk was reading.
    return stopAt ? { kind: 'unclosed', tag: '' } : pieces;
  }
  const out = seq(undefined, 0);
  if (!Array.isArray(out)) return { ok: false, reason: out };
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

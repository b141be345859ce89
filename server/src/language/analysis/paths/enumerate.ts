import type { LiquidNode } from '../../../syntax';
import type { Piece } from './branches';

/** At most this many paths are rendered in the file's order; past it `PATH_SAMPLES` more are sampled and a note says so. */
export const PATH_CAP = 64;
/** Paths drawn at random (seeded, so a text always gets the same ones) once `PATH_CAP` is reached. */
export const PATH_SAMPLES = 16;
/** At most this many characters are rendered over all paths, so that a large body with branches stays fast. */
export const PATH_TEXT_BUDGET = 2 * 1024 * 1024;

/** One choice a path makes: which arm of a block it takes, or that an output renders blank. */
export type Decision =
  | { type: 'arm'; block: Piece & { type: 'block' }; arm: number }
  | { type: 'blank'; output: LiquidNode & { type: 'output' } };

/** One rendering of a field: its text, where each run of it came from, and the choices that made it. */
export interface RenderedPath {
  text: string;
  /** Runs of `text` copied from the file: rendered offset -> file offset. */
  segments: { at: number; fileStart: number; length: number }[];
  decisions: Decision[];
  /** How deep its `{`/`[` nest outside strings (jsonc-parser recurses per level). */
  maxDepth: number;
  /** True for a path drawn at random past the cap. */
  sampled?: boolean;
}

export interface Enumeration {
  paths: RenderedPath[];
  /** True when more paths exist than were rendered in order: `sampled` of the rest were drawn at random. */
  capped: boolean;
  sampled: number;
}

/** An output can render nothing unless a `default` filter gives it a value. */
export function canBeBlank(output: LiquidNode & { type: 'output' }): boolean {
  const e = output.expression;
  if (!e) return false;
  if (e.filters.some((f) => f.name.text === 'default')) return false;
  return e.variables.length > 0 || e.attributes.length > 0;
}

interface State {
  text: string;
  /** Newest run first, shared between paths (copying would be quadratic on long bodies). */
  segments: SegList;
  /** Newest first and shared, as the runs: a path of hundreds of choices must not copy them at each. */
  decisions: DecList;
  inString: boolean;
  depth: number;
  maxDepth: number;
}
type SegList = { seg: RenderedPath['segments'][number]; prev: SegList } | undefined;
type DecList = { d: Decision; prev: DecList } | undefined;
type Frame = { list: Piece[]; i: number };
/** A path begun: its state so far and the piece lists still to render, innermost last. */
type Partial = { s: State; rest: Frame[] };

function toArray(l: SegList): RenderedPath['segments'] {
  const out: RenderedPath['segments'] = [];
  for (let n = l; n; n = n.prev) out.push(n.seg);
  return out.reverse();
}

function decisionsOf(l: DecList): Decision[] {
  const out: Decision[] = [];
  for (let n = l; n; n = n.prev) out.push(n.d);
  return out.reverse();
}

function append(s: State, chunk: string, fileStart?: number): State {
  let { inString, depth, maxDepth } = s;
  for (let k = 0; k < chunk.length; k++) {
    const c = chunk[k];
    if (inString) {
      if (c === '\\') k++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') maxDepth = Math.max(maxDepth, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  const segments: SegList = fileStart === undefined || !chunk ? s.segments : { seg: { at: s.text.length, fileStart, length: chunk.length }, prev: s.segments };
  return { text: s.text + chunk, segments, decisions: s.decisions, inString, depth, maxDepth };
}

/** A small seeded generator (mulberry32): the same text draws the same sample on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Renders `p` until it ends (returns the path), is cancelled by `abort_message` (undefined), or
 * reaches a choice: then `choose` gets the ways on and returns the one to follow (the others are
 * the caller's to keep). An explicit loop: a body of thousands of pieces must not recurse per piece.
 */
function follow(fileText: string, p: Partial, choose: (ways: Partial[]) => Partial): RenderedPath | undefined {
  let { s, rest: stack } = p;
  for (;;) {
    while (stack.length && stack[stack.length - 1].i >= stack[stack.length - 1].list.length) stack = stack.slice(0, -1);
    if (!stack.length) return { text: s.text, segments: toArray(s.segments), decisions: decisionsOf(s.decisions), maxDepth: s.maxDepth };
    const top = stack[stack.length - 1];
    const piece = top.list[top.i];
    const next = [...stack.slice(0, -1), { list: top.list, i: top.i + 1 }];
    // Braze sends nothing for a user whose rendering cancels: no path to check.
    if (piece.type === 'cancel') return undefined;
    let ways: Partial[];
    if (piece.type === 'text') ways = [{ s: append(s, fileText.slice(piece.start, piece.end), piece.start), rest: next }];
    else if (piece.type === 'output') {
      ways = [{ s: append(s, s.inString ? 'x' : '1'), rest: next }];
      if (!s.inString && canBeBlank(piece.node)) ways.push({ s: { ...s, decisions: { d: { type: 'blank', output: piece.node }, prev: s.decisions } }, rest: next });
    } else {
      ways = piece.arms.map((arm, index) => ({
        s: { ...s, decisions: { d: { type: 'arm', block: piece, arm: index }, prev: s.decisions } },
        rest: [...next, { list: arm.pieces, i: 0 }],
      }));
      if (!piece.hasElse) ways.push({ s: { ...s, decisions: { d: { type: 'arm', block: piece, arm: -1 }, prev: s.decisions } }, rest: next });
    }
    ({ s, rest: stack } = ways.length === 1 ? ways[0] : choose(ways));
  }
}

const signature = (p: RenderedPath) => p.decisions.map((d) => (d.type === 'arm' ? `${d.block.tag.start}:${d.arm}` : `${d.output.start}:b`)).join(',');

/**
 * Every path through `pieces` (each arm of each block, no arm where there is no `else`, each
 * unquoted output present or blank), depth first, up to `cap` paths or `PATH_TEXT_BUDGET`
 * characters; past the cap, up to `samples` more drawn at random. An output inside a JSON string
 * renders `x`, outside one `1` (present) or nothing (blank): JSON validity does not depend on more.
 * A path through `abort_message` is dropped: Braze sends nothing for it.
 */
export function enumeratePaths(fileText: string, pieces: Piece[], cap = PATH_CAP, samples = PATH_SAMPLES): Enumeration {
  const paths: RenderedPath[] = [];
  const start: Partial = { s: { text: '', segments: undefined, decisions: undefined, inString: false, depth: 0, maxDepth: 0 }, rest: [{ list: pieces, i: 0 }] };
  const todo: Partial[] = [start];
  let rendered = 0;
  while (todo.length && paths.length < cap && rendered < PATH_TEXT_BUDGET) {
    const path = follow(fileText, todo.pop()!, (ways) => {
      for (let k = ways.length - 1; k > 0; k--) todo.push(ways[k]);
      return ways[0];
    });
    if (!path) continue;
    paths.push(path);
    rendered += path.text.length;
  }
  const capped = todo.length > 0;
  let sampled = 0;
  if (capped) {
    const seen = new Set(paths.map(signature));
    const random = seeded(fileText.length);
    for (let tries = 0; sampled < samples && tries < samples * 4 && rendered < PATH_TEXT_BUDGET; tries++) {
      const path = follow(fileText, start, (ways) => ways[Math.floor(random() * ways.length)]);
      if (!path || seen.has(signature(path))) continue;
      seen.add(signature(path));
      paths.push({ ...path, sampled: true });
      rendered += path.text.length;
      sampled++;
    }
  }
  return { paths, capped, sampled };
}

/** The file offset of a rendered offset: the run it falls in, or the end of the last run before it. */
export function fileOffset(path: RenderedPath, at: number): number {
  const segs = path.segments;
  // The last run that starts at or before `at` (runs are in rendered order): a binary search, as
  // checks ask for every member of every path.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].at <= at) lo = mid + 1;
    else hi = mid;
  }
  const seg = segs[lo - 1];
  return seg ? seg.fileStart + Math.min(at - seg.at, seg.length) : (segs[0]?.fileStart ?? 0);
}

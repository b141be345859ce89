/**
 * Pure queries over the Liquid of a webhook, shared by the Liquid checks: every node with its
 * field, the expressions a node holds, "did you mean" by edit distance.
 */
import { builtinTag, editDistance } from '../../core';
import { toTextOffset, type Field, type LiquidNode, type LiquidTag, type WebhookDocument } from '../../syntax';
import { fieldsOf } from './fields';

export interface NodeInField {
  field: Field;
  node: LiquidNode;
}

/** Every Liquid node of the file with the field it belongs to, in file order. */
export function liquidNodes(doc: WebhookDocument): NodeInField[] {
  const out: NodeInField[] = [];
  for (const field of fieldsOf(doc)) for (const node of field.liquid) out.push({ field, node });
  return out;
}

/** True when `node` is an output nested inside a tag of the same field (`connected_content`'s URL). */
export function isNestedInTag(field: Field, node: LiquidNode): boolean {
  if (node.type !== 'output') return false;
  let nested = NESTED.get(field);
  if (!nested) {
    // Nodes are sorted by start, and an output nested in a tag comes right after it: one sweep.
    nested = new Set();
    let tagEnd = -1;
    for (const n of field.liquid) {
      if (n.type === 'tag') tagEnd = Math.max(tagEnd, n.end);
      else if (n.start < tagEnd) nested.add(n);
    }
    NESTED.set(field, nested);
  }
  return nested.has(node);
}

const NESTED = new WeakMap<Field, Set<LiquidNode>>();

/**
 * The text Braze sees for a file span of a field (continuation lines of a header joined with one
 * space), or the file text when the span does not map.
 */
export function fieldTextOf(doc: WebhookDocument, field: Field, start: number, end: number): string {
  const s = toTextOffset(field.map, start);
  const e = toTextOffset(field.map, end);
  if (s === undefined || e === undefined || e < s) return doc.text.slice(start, end);
  return field.text.slice(s, e);
}

/** The candidate nearest to `name` (edit distance, ties to the first listed), or undefined when none is close. */
export function closestName(name: string, candidates: Iterable<string>, maxDistance?: number): string | undefined {
  const max = maxDistance ?? Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(lower, c.toLowerCase(), max);
    if (d <= max && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** For a block whose body is not Liquid (`raw`, `comment`), its end tag; else undefined. */
export function notLiquidBody(tagName: string): string | undefined {
  const tag = builtinTag(tagName);
  return tag?.body === 'raw' || tag?.body === 'hidden' ? tag.endTag : undefined;
}

/** The tags of a field that are not inside a `raw` or `comment` block (their text is not Liquid). */
export function liveTags(field: Field): LiquidTag[] {
  const out: LiquidTag[] = [];
  let quietUntil: string | undefined;
  for (const n of field.liquid) {
    if (n.type !== 'tag') continue;
    if (quietUntil) {
      if (n.name.text === quietUntil) quietUntil = undefined;
      continue;
    }
    quietUntil = notLiquidBody(n.name.text);
    out.push(n);
  }
  return out;
}

/**
 * For a branch tag (`elsif`, `when`, `else`) the block tag that opens it; for any other tag the
 * tag itself. Undefined when the block is not open in this field.
 */
export function blockOpener(field: Field, tag: LiquidTag): LiquidTag | undefined {
  if (builtinTag(tag.name.text)?.kind !== 'branch') return tag;
  let openers = OPENERS.get(field);
  if (!openers) OPENERS.set(field, (openers = branchOpeners(field)));
  return openers.get(tag);
}

const OPENERS = new WeakMap<Field, Map<LiquidTag, LiquidTag | undefined>>();

/** One pass over a field's tags: each branch gets the innermost block open before it, when the branch belongs to it. */
function branchOpeners(field: Field): Map<LiquidTag, LiquidTag | undefined> {
  const openers = new Map<LiquidTag, LiquidTag | undefined>();
  const open: LiquidTag[] = [];
  for (const n of field.liquid) {
    if (n.type !== 'tag') continue;
    const name = n.name.text;
    const known = builtinTag(name);
    if (known?.kind === 'branch') {
      const top = open[open.length - 1];
      openers.set(n, top && known.parents?.includes(top.name.text) ? top : undefined);
    }
    // Any `end...` tag closes the innermost block, whatever its name, as a reading backwards would match them.
    if (name.startsWith('end') && name !== 'end') open.pop();
    else if (known?.kind === 'block') open.push(n);
  }
  return openers;
}

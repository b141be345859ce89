/**
 * Liquid variables of one field: where each is set (`assign`, `capture`, loop variables,
 * `connected_content :save`, `catalog_items`, `increment`) and where each is read. Braze renders
 * each field of a webhook on its own, so these are per field. Pure.
 */
import { builtinTag, CATALOG_ITEMS_VARIABLE, DEFAULT_SAVE_VARIABLE, type Knowledge } from '../../core';
import type { Field, LiquidTag, Span } from '../../syntax';
import { liveTags, notLiquidBody } from './liquid-nodes';

export interface VariableDefinition extends Span {
  name: string;
  tag: LiquidTag;
}

export interface VariableUse extends Span {
  name: string;
  /** The whole path as written: `result.access_token`. */
  path: string[];
}

/** Names Liquid itself provides: never a user's variable. */
const LIQUID_GLOBALS = new Set(['forloop', 'tablerowloop', 'blank', 'empty', 'nil', 'null', 'true', 'false']);

/** The variables a field sets, in order. */
export function definitionsOf(field: Field): VariableDefinition[] {
  const defs: VariableDefinition[] = [];
  for (const tag of liveTags(field)) {
    const sets = builtinTag(tag.name.text)?.sets;
    if (sets === 'named' && tag.assigns) {
      defs.push({ name: tag.assigns.text, start: tag.assigns.start, end: tag.assigns.end, tag });
    } else if (sets === 'saved-answer') {
      const save = tag.connectedContent?.options.find((o) => o.name.text === 'save');
      if (save?.value?.text) defs.push({ name: save.value.text, start: save.value.start, end: save.value.end, tag });
      else defs.push({ name: DEFAULT_SAVE_VARIABLE, start: tag.start, end: tag.end, tag });
    } else if (sets === 'items') {
      defs.push({ name: CATALOG_ITEMS_VARIABLE, start: tag.start, end: tag.end, tag });
    } else if (sets === 'counter') {
      const v = tag.expression?.variables[0];
      if (v?.path[0]) defs.push({ name: v.path[0], start: v.start, end: v.end, tag });
    }
  }
  return defs;
}

/**
 * The variables a field reads (outputs, tag arguments), without attribute references, Braze
 * namespaces and Liquid's own names.
 */
export function usesOf(field: Field, knowledge: Knowledge): VariableUse[] {
  let namespaces = NAMESPACES.get(knowledge);
  if (!namespaces) NAMESPACES.set(knowledge, (namespaces = new Set(knowledge.braze.namespaces.map((n) => n.name))));
  const quiet = quietSpans(field);
  const uses: VariableUse[] = [];
  // Nodes and quiet spans are both sorted by start, the spans apart: the only span that may hold a node is the last that starts before it.
  let q = 0;
  for (const node of field.liquid ?? []) {
    while (q + 1 < quiet.length && quiet[q + 1].start <= node.start) q++;
    if (q < quiet.length && quiet[q].start <= node.start && node.end <= quiet[q].end) continue;
    if (node.type === 'tag' && builtinTag(node.name.text)?.sets === 'counter') continue;
    for (const v of node.expression?.variables ?? []) {
      const name = v.path[0];
      if (!name || name.startsWith('${') || namespaces.has(name) || LIQUID_GLOBALS.has(name)) continue;
      if (!/^[A-Za-z_][\w-]*$/.test(name)) continue;
      uses.push({ name, path: v.path, start: v.start, end: v.end });
    }
  }
  return uses;
}

/** The namespace names of each knowledge: every field asks. */
const NAMESPACES = new WeakMap<Knowledge, Set<string>>();

/** Spans between a block whose body is not Liquid (`raw`, `comment`) and its end tag. */
function quietSpans(field: Field): Span[] {
  const spans: Span[] = [];
  let open: { tag: LiquidTag; endTag: string } | undefined;
  for (const n of field.liquid ?? []) {
    if (n.type !== 'tag') continue;
    const endTag = open ? undefined : notLiquidBody(n.name.text);
    if (endTag) open = { tag: n, endTag };
    else if (open && n.name.text === open.endTag) {
      spans.push({ start: open.tag.end, end: n.start });
      open = undefined;
    }
  }
  if (open) spans.push({ start: open.tag.end, end: field.end });
  return spans;
}

/**
 * Liquid variables of one field: where each is set (`assign`, `capture`, loop variables,
 * `connected_content :save`, `catalog_items`, `increment`) and where each is read. Braze renders
 * each field of a webhook on its own, so these are per field. Pure.
 */
import { DEFAULT_SAVE_VARIABLE, type Knowledge } from '../../core';
import type { Field, LiquidTag, Span } from '../../syntax';
import { liveTags } from './liquid-nodes';

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
    const name = tag.name.text;
    if (tag.assigns && ['assign', 'capture', 'for', 'tablerow'].includes(name)) {
      defs.push({ name: tag.assigns.text, start: tag.assigns.start, end: tag.assigns.end, tag });
    } else if (name === 'connected_content') {
      const save = tag.connectedContent?.options.find((o) => o.name.text === 'save');
      if (save?.value?.text) defs.push({ name: save.value.text, start: save.value.start, end: save.value.end, tag });
      else defs.push({ name: DEFAULT_SAVE_VARIABLE, start: tag.start, end: tag.end, tag });
    } else if (name === 'catalog_items' || name === 'catalog_selection_items') {
      defs.push({ name: 'items', start: tag.start, end: tag.end, tag });
    } else if (name === 'increment' || name === 'decrement') {
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
  const namespaces = new Set(knowledge.braze.namespaces.map((n) => n.name));
  const quiet = quietSpans(field);
  const uses: VariableUse[] = [];
  for (const node of field.liquid ?? []) {
    if (quiet.some((q) => q.start <= node.start && node.end <= q.end)) continue;
    if (node.type === 'tag' && (node.name.text === 'increment' || node.name.text === 'decrement')) continue;
    for (const v of node.expression?.variables ?? []) {
      const name = v.path[0];
      if (!name || name.startsWith('${') || namespaces.has(name) || LIQUID_GLOBALS.has(name)) continue;
      if (!/^[A-Za-z_][\w-]*$/.test(name)) continue;
      uses.push({ name, path: v.path, start: v.start, end: v.end });
    }
  }
  return uses;
}

/** Spans between `raw`/`comment` and their end tags. */
function quietSpans(field: Field): Span[] {
  const spans: Span[] = [];
  let open: LiquidTag | undefined;
  for (const n of field.liquid ?? []) {
    if (n.type !== 'tag') continue;
    if (!open && (n.name.text === 'raw' || n.name.text === 'comment')) open = n;
    else if (open && n.name.text === `end${open.name.text}`) {
      spans.push({ start: open.end, end: n.start });
      open = undefined;
    }
  }
  if (open) spans.push({ start: open.end, end: field.end });
  return spans;
}

/**
 * Every URL a render will call, known before anything is called: the webhook URL and each
 * `connected_content` tag of the parse tree, in any field and inside any tag that holds tags
 * (`{% liquid %}`...), with the placeholders filled. The production confirmation lists their
 * hosts, and the renderer refuses them all at once, before any call, when one of them is
 * hidden behind another host or the instance override cannot contain it.
 */
import { checkDestination, fillPlaceholders, type DestinationCheck, type DestinationOptions } from '../core';
import type { LiquidNode, LiquidTag, WebhookDocument } from '../syntax';

export interface PlannedCall {
  /** `the webhook URL`, `the connected_content call in the header Authorization`. */
  what: string;
  /** The field label of a connected_content call (`header Authorization`); none for the webhook URL. */
  field?: string;
  /** The URL with the placeholders filled; Liquid may be left in it. */
  url: string;
  /** True when Liquid stands in the URL: where it goes is known only once rendered. */
  liquid: boolean;
}

/** The webhook URL and each connected_content URL, in file order. */
export function plannedCalls(doc: WebhookDocument, placeholders: Readonly<Record<string, string>>): PlannedCall[] {
  const plan = (what: string, text: string, field?: string): PlannedCall => {
    const url = fillPlaceholders(text, placeholders).text.trim();
    return { what, url, liquid: /\{\{|\{%/.test(url), ...(field ? { field } : {}) };
  };
  const out: PlannedCall[] = [];
  const rl = doc.requestLine?.url;
  if (rl) out.push(plan('the webhook URL', rl.text));
  const fields = [...(rl ? [{ label: 'URL', liquid: rl.liquid }] : []), ...doc.headers.map((h) => ({ label: `header ${h.name.text}`, liquid: h.value.liquid })), ...(doc.body ? [{ label: 'body', liquid: doc.body.liquid }] : [])];
  for (const { label, liquid } of fields) {
    for (const tag of tagsWithin(liquid)) {
      const url = tag.name.text === 'connected_content' ? tag.connectedContent?.url : undefined;
      if (url) out.push(plan(`the connected_content call in the ${label}`, url.text, label));
    }
  }
  return out;
}

/** The first planned call the render must not make (hidden host, or out of the override's reach), with why. */
export function refusedCall(calls: readonly PlannedCall[], options: DestinationOptions): { call: PlannedCall; check: Extract<DestinationCheck, { ok: false }> } | undefined {
  for (const call of calls) {
    if (call.liquid) continue;
    const check = checkDestination(call.url, options);
    if (!check.ok && check.reason !== 'transport') return { call, check };
  }
  return undefined;
}

const isLiquidNode = (v: unknown): v is LiquidNode => v !== null && typeof v === 'object' && ((v as LiquidNode).type === 'tag' || (v as LiquidNode).type === 'output');

/** Each tag of a field, and each tag held by another (whatever member of the tag holds them), once. */
function* tagsWithin(nodes: readonly LiquidNode[], seen = new Set<LiquidNode>()): Generator<LiquidTag> {
  for (const n of nodes) {
    if (n.type !== 'tag' || seen.has(n)) continue;
    seen.add(n);
    yield n;
    for (const v of Object.values(n)) if (Array.isArray(v)) yield* tagsWithin(v.filter(isLiquidNode), seen);
  }
}

import type { Field, LiquidNode, LiquidOutput, LiquidTag, WebhookDocument } from '../../syntax';

/** The fields Braze renders one by one: the URL, each header value, the body. */
export function fieldsOf(doc: WebhookDocument): Field[] {
  const fields: Field[] = [];
  if (doc.requestLine?.url) fields.push(doc.requestLine.url);
  for (const h of doc.headers) fields.push(h.value);
  if (doc.body) fields.push(doc.body);
  return fields;
}

export const tagsOf = (field: Field): LiquidTag[] => field.liquid.filter((n): n is LiquidTag => n.type === 'tag');
export const outputsOf = (field: Field): LiquidOutput[] => field.liquid.filter((n): n is LiquidOutput => n.type === 'output');

/** The Liquid node of a field that contains `offset`, innermost first (an output nested in a tag wins). */
export function liquidAt(field: Field, offset: number): LiquidNode | undefined {
  let found: LiquidNode | undefined;
  for (const n of field.liquid) if (n.start <= offset && offset <= n.end && (!found || n.start >= found.start)) found = n;
  return found;
}


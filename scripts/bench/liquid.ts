/** The yardsticks: liquidjs's own parse of a template's Liquid, and jsonc-parser's of its body. */
import { parseTree } from 'jsonc-parser';
import { Liquid } from 'liquidjs';
import { translateBrazeLiquid } from '../../server/src/core';
import { parseWebhook, type Field } from '../../server/src/syntax';

const engine = new Liquid();
for (const tag of ['connected_content', 'abort_message', 'catalog_items', 'catalog_selection_items', 'message_extras', 'promotion', 'translation', 'endtranslation']) {
  engine.registerTag(tag, { parse() {}, render() {} });
}

/** The Liquid liquidjs reads in each field (the renderer's translation), and the body's text. */
export function yardsticks(text: string): { liquid: string[]; body: string } {
  const doc = parseWebhook(text);
  const fields = [doc.requestLine?.url, ...doc.headers.map((h) => h.value), doc.body].filter((f): f is Field => f !== undefined);
  return { liquid: fields.map((f) => translateBrazeLiquid(f.text).text), body: doc.body?.text ?? '' };
}

/** liquidjs's `parse` of each field's Liquid (a field it refuses costs what its refusal costs). */
export function liquidjsParse(liquid: string[]): void {
  for (const text of liquid) {
    try {
      engine.parse(text);
    } catch {
      // The figure is the time; a template liquidjs refuses still took that long.
    }
  }
}

export const jsoncParse = (body: string): void => void parseTree(body, [], { disallowComments: true });

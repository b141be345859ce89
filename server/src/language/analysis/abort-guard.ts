/**
 * Stopping a message for users without a value: `abort_message` inside an `if value == blank`
 * (Braze, "Aborting messages",
 * https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/aborting_messages/).
 * The Liquid a quick fix writes, and whether a template already has it. Pure.
 */
import type { LiquidTag, WebhookDocument } from '../../syntax';
import { liquidNodes } from './liquid-nodes';

const EMPTY = String.raw`(?:blank|empty|nil|''|"")`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The guard that aborts when `value` is blank; the reason is plain text (Braze takes no Liquid there). */
export function abortWhenBlankText(value: string, reason: string): string {
  return `{% if ${value} == blank %}{% abort_message('${reason}') %}{% endif %}`;
}

/** True when `tag` opens an arm that runs when `value` is blank: `if value == blank` (or `empty`, `nil`, `''`), `unless value`. */
function opensWhenBlank(tag: LiquidTag, value: string): boolean {
  const args = tag.argsText.trim();
  const v = escape(value);
  if (tag.name.text === 'if' || tag.name.text === 'elsif') return args.split(/\bor\b/).some((p) => new RegExp(`^(?:${v}\\s*==\\s*${EMPTY}|${EMPTY}\\s*==\\s*${v})$`).test(p.trim()));
  if (tag.name.text === 'unless') return new RegExp(`^(?:${v}|${v}\\s*!=\\s*${EMPTY})$`).test(args);
  return false;
}

/**
 * True when some field aborts the message for users without `value`: an `abort_message` whose
 * innermost `if`/`unless` arm (in the same field) runs when `value` is blank. One pass.
 */
export function abortsWhenBlank(doc: WebhookDocument, value: string): boolean {
  let field: unknown;
  const arms: LiquidTag[] = [];
  for (const { field: f, node } of liquidNodes(doc)) {
    if (f !== field) {
      field = f;
      arms.length = 0;
    }
    if (node.type !== 'tag') continue;
    const name = node.name.text;
    if (name === 'if' || name === 'unless') arms.push(node);
    else if ((name === 'elsif' || name === 'else') && arms.length) arms[arms.length - 1] = node;
    else if (name === 'endif' || name === 'endunless') arms.pop();
    else if (name === 'abort_message' && arms.length && opensWhenBlank(arms[arms.length - 1], value)) return true;
  }
  return false;
}

import type { LiquidTag } from '../../../syntax';

const EMPTY = String.raw`(?:blank|empty|nil|''|"")`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether an arm opened by `tag` runs only when `value` (`${last_name}`, as written) is present:
 * `{% if value %}`, `{% if value != blank %}` (or `empty`, `nil`, `''`), `{% unless value == blank %}`,
 * alone or joined to other conditions by `and`. An `or`, an `else` or a `when` guards nothing.
 */
export function guardsValue(tag: LiquidTag, value: string): boolean {
  const name = tag.name.text;
  if (name !== 'if' && name !== 'elsif' && name !== 'unless') return false;
  const args = tag.argsText.trim();
  if (/\bor\b/.test(args)) return false;
  const v = escape(value);
  const present = name === 'unless' ? [new RegExp(`^${v}\\s*==\\s*${EMPTY}$`), new RegExp(`^${EMPTY}\\s*==\\s*${v}$`)] : [new RegExp(`^${v}$`), new RegExp(`^${v}\\s*!=\\s*${EMPTY}$`), new RegExp(`^${EMPTY}\\s*!=\\s*${v}$`)];
  // `unless a and b` runs when either is false: only a lone condition guards there.
  const parts = name === 'unless' ? [args] : args.split(/\band\b/).map((p) => p.trim());
  return parts.some((p) => present.some((r) => r.test(p)));
}

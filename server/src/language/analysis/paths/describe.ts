import type { LiquidNode } from '../../../syntax';
import type { Decision, RenderedPath } from './enumerate';

/** `${phone_number}`, `custom_attribute.${employees}`: the value an output prints, before its filters (a guard tests that). */
export function valueName(fileText: string, output: LiquidNode & { type: 'output' }): string {
  const e = output.expression;
  const a = e?.attributes[0];
  if (a) return fileText.slice(a.namespace?.start ?? a.start, a.end);
  if (e) return fileText.slice(e.start, e.filters[0]?.start ?? e.end).trim();
  return fileText.slice(output.content.start, output.content.end).trim();
}

function tagText(fileText: string, tag: { start: number; end: number }): string {
  return fileText.slice(tag.start, tag.end).replace(/\s+/g, ' ');
}

/** One decision in a marketer's words. */
export function describeDecision(fileText: string, d: Decision): string {
  if (d.type === 'blank') return `${valueName(fileText, d.output)} is blank`;
  const { block, arm } = d;
  if (arm === -1) return block.arms.length > 1 ? `no branch of \`${tagText(fileText, block.tag)}\` applies` : `\`${tagText(fileText, block.tag)}\` does not hold`;
  const t = block.arms[arm].tag;
  if (t.name.text === 'else') return `no branch above \`${tagText(fileText, t)}\` of \`${tagText(fileText, block.tag)}\` applies`;
  return `\`${tagText(fileText, t)}\` holds`;
}

/**
 * The path in words, keeping only the decisions that matter: those that skip a branch or blank a
 * value ("when ${phone_number} is blank and `{% if x %}` does not hold"); "for every user" when none.
 */
export function describePath(fileText: string, path: RenderedPath): string {
  const words = path.decisions
    .filter((d) => d.type === 'blank' || d.arm === -1 || d.block.arms[d.arm].tag.name.text === 'else' || path.decisions.length <= 2)
    .map((d) => describeDecision(fileText, d));
  return words.length ? `when ${words.join(' and ')}` : 'for every user';
}

import type { LiquidNode } from '../../../syntax';
import { t } from '../../../core';
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

/**
 * One decision in a marketer's words: a clause that reads after "when" (`t('when {0}')`), whole in
 * each language (German puts its verb last there). The tag is an argument: its braces stay out of the message.
 */
export function describeDecision(fileText: string, d: Decision): string {
  if (d.type === 'blank') return t('{0} is blank', valueName(fileText, d.output));
  const { block, arm } = d;
  if (arm === -1) return block.arms.length > 1 ? t('no branch of `{0}` applies', tagText(fileText, block.tag)) : t('`{0}` does not hold', tagText(fileText, block.tag));
  const tag = block.arms[arm].tag;
  if (tag.name.text === 'else') return t('no branch above `{0}` of `{1}` applies', tagText(fileText, tag), tagText(fileText, block.tag));
  return t('`{0}` holds', tagText(fileText, tag));
}

/**
 * The path in words, keeping only the decisions that matter: those that skip a branch or blank a
 * value ("when ${phone_number} is blank and `{% if x %}` does not hold"); "for every user" when none.
 */
export function describePath(fileText: string, path: RenderedPath): string {
  const kept = path.decisions.filter((d) => d.type === 'blank' || d.arm === -1 || d.block.arms[d.arm].tag.name.text === 'else' || path.decisions.length <= 2);
  // A path through hundreds of branches is named by its first choices: a message stays readable.
  const words = kept.slice(0, MAX_CLAUSES).map((d) => describeDecision(fileText, d));
  if (kept.length > MAX_CLAUSES) words.push(t('{0} more conditions hold', kept.length - MAX_CLAUSES));
  return words.length ? t('when {0}', words.reduce((a, b) => t('{0} and {1}', a, b))) : t('for every user');
}

const MAX_CLAUSES = 3;

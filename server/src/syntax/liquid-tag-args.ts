import { Tokenizer } from 'liquidjs';
import { builtinTag, t } from '../core';
import type { LiquidTag, ProblemKind, SyntaxProblem } from './ast';
import { readExpression, scanExpression, type AttributeIndex } from './liquid-expression';
import { ValueReader } from './value-reader';

/** Reads a tag's arguments into `tag.expression` / `tag.assigns`, the way its entry in the tag table says. A tag is quoted as an argument (`{% if %}`): `{0}` beside Liquid's braces would not be filled. */
export function parseTagArguments(tag: LiquidTag, masked: string, text: string, index: AttributeIndex, problems: SyntaxProblem[]): void {
  const name = tag.name.text;
  const known = builtinTag(name);
  if (!known) return;
  const { start, end } = tag.args;
  const empty = masked.slice(start, end).trim() === '';
  const problem = (message: string, kind: ProblemKind = 'tag-argument-missing') => problems.push({ start: tag.start, end: tag.end, code: 'liquid-syntax', kind, message });

  if (known.arguments === 'condition' || known.arguments === 'expression') {
    if (empty && known.sets !== 'counter') return void problem(known.arguments === 'condition' ? t('"{0}" needs a condition', `{% ${name} %}`) : t('"{0}" needs a value', `{% ${name} %}`));
    const reader = new ValueReader(masked, start, end);
    tag.expression = scanExpression(reader, text, index);
    if (known.arguments === 'condition') checkCondition(reader, text, problem);
    return;
  }
  if (known.arguments === 'assignment' || known.arguments === 'name') {
    const tk = new Tokenizer(masked, undefined, undefined, [start, end]);
    tk.skipBlank();
    const id = tk.readIdentifier();
    if (!id.size()) return void problem(t('"{0}" needs a variable name', `{% ${name} %}`));
    tag.assigns = { start: id.begin, end: id.end, text: text.slice(id.begin, id.end) };
    if (!known.keyword) return;
    tk.skipBlank();
    if (!masked.startsWith(known.keyword, tk.p)) return void problem(t('"{0}" needs "{1}" after the variable name', `{% ${name} ${tag.assigns.text} %}`, known.keyword));
    const words = known.argumentWords ? new Set(known.argumentWords) : undefined;
    tag.expression = scanExpression(new ValueReader(masked, tk.p + known.keyword.length, end), text, index, words);
  }
}

/** Whatever follows a complete condition must be a filter (reported by its own check) or nothing. */
function checkCondition(reader: ValueReader, text: string, problem: (m: string, kind: ProblemKind) => void): void {
  const { from: start, to: end } = reader;
  const invalid = () => problem(t('the condition "{0}" is not a valid expression', text.slice(start, end).trim()), 'condition-invalid');
  const expr = readExpression(reader, start);
  if ('failedAt' in expr || expr.count === 0) return invalid();
  const p = reader.skipBlank(expr.next);
  if (p < end && reader.text[p] !== '|') problem(t('unexpected "{0}" in the condition', text.slice(p, end).trim()), 'condition-invalid');
}

import { Tokenizer } from 'liquidjs';
import type { LiquidTag, SyntaxProblem } from './ast';
import { scanExpression, type AttributeIndex } from './liquid-expression';

const CONDITIONS = new Set(['if', 'elsif', 'unless', 'case', 'when']);
const EXPRESSIONS = new Set(['echo', 'cycle', 'increment', 'decrement', 'render', 'include']);
const LOOP_WORDS: ReadonlySet<string> = new Set(['limit', 'offset', 'reversed', 'cols']);

/** Reads the arguments of the standard tags into `tag.expression` / `tag.assigns`. */
export function parseTagArguments(tag: LiquidTag, masked: string, text: string, index: AttributeIndex, problems: SyntaxProblem[]): void {
  const name = tag.name.text;
  const { start, end } = tag.args;
  const empty = masked.slice(start, end).trim() === '';
  const problem = (message: string) => problems.push({ start: tag.start, end: tag.end, code: 'liquid-syntax', message });

  if (CONDITIONS.has(name) || EXPRESSIONS.has(name)) {
    if (empty && name !== 'increment' && name !== 'decrement') return void problem(`"{% ${name} %}" needs ${CONDITIONS.has(name) ? 'a condition' : 'a value'}`);
    tag.expression = scanExpression(masked, text, start, end, index);
    if (name === 'if' || name === 'elsif' || name === 'unless') checkCondition(masked, text, start, end, problem);
    return;
  }
  if (name === 'assign' || name === 'capture' || name === 'for' || name === 'tablerow') {
    const tk = new Tokenizer(masked, undefined, undefined, [start, end]);
    tk.skipBlank();
    const id = tk.readIdentifier();
    if (!id.size()) return void problem(`"{% ${name} %}" needs a variable name`);
    tag.assigns = { start: id.begin, end: id.end, text: text.slice(id.begin, id.end) };
    if (name === 'capture') return;
    tk.skipBlank();
    const keyword = name === 'assign' ? '=' : 'in';
    if (!masked.startsWith(keyword, tk.p)) return void problem(`"{% ${name} ${tag.assigns.text} %}" needs "${keyword}" after the variable name`);
    tag.expression = scanExpression(masked, text, tk.p + keyword.length, end, index, name === 'assign' ? undefined : LOOP_WORDS);
  }
}

/** Whatever follows a complete condition must be a filter (reported by its own check) or nothing. */
function checkCondition(masked: string, text: string, start: number, end: number, problem: (m: string) => void): void {
  const tk = new Tokenizer(masked, undefined, undefined, [start, end]);
  try {
    const expr = tk.readExpression();
    if (!expr.valid()) return problem(`the condition "${text.slice(start, end).trim()}" is not a valid expression`);
    tk.skipBlank();
    if (tk.p < end && masked[tk.p] !== '|') problem(`unexpected "${text.slice(tk.p, end).trim()}" in the condition`);
  } catch {
    problem(`the condition "${text.slice(start, end).trim()}" is not a valid expression`);
  }
}

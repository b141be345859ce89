import type { ProblemCode } from '../../syntax';
import type { CheckContext } from './types';

/** Reports the parser's problems of one kind: the syntax checks start from these. */
export function reportSyntaxProblems(context: CheckContext, code: ProblemCode): void {
  for (const p of context.doc.problems) if (p.code === code) context.report({ start: p.start, end: p.end, message: p.message });
}

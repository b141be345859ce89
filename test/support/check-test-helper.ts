import { builtinKnowledge, type Knowledge } from '../../server/src/core/knowledge';
import { parseWebhook } from '../../server/src/syntax/parse';
import type { Check, Fix, Offense } from '../../server/src/language/checks/types';

export interface FoundOffense extends Offense {
  /** The text the offense covers. */
  slice: string;
}

/** Runs one check over a literal template and returns what it reports, with the covered text. */
export function runCheck(check: Check, text: string, knowledge: Knowledge = builtinKnowledge()): FoundOffense[] {
  const found: FoundOffense[] = [];
  check.run({ doc: parseWebhook(text), knowledge, report: (o) => found.push({ ...o, slice: text.slice(o.start, o.end) }) });
  return found;
}

/** The text after a fix's edits (applied from the end, so offsets stay valid). */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  for (const e of edits) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}

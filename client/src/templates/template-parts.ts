/**
 * A template as text and tab stops, so one description gives both the plain text (for tests and
 * the language service) and the snippet the editor inserts (the user tabs through the stops).
 * Pure: no vscode.
 */
import { escapeSnippetText } from '../../../server/src/core';

/** A tab stop: `${stop:default}`, or `${stop|a,b|}` with choices. Stop 0 is the final cursor. */
export interface Slot {
  stop: number;
  default: string;
  choices?: readonly string[];
}

export type Part = string | Slot;

export interface BuiltTemplate {
  /** The text with every tab stop at its default. */
  text: string;
  /** The same as a snippet body (`SnippetString`): the user tabs through what is left to fill. */
  snippet: string;
}

export const buildTemplate = (parts: readonly Part[]): BuiltTemplate => ({ text: renderText(parts), snippet: renderSnippet(parts) });

/** Numbers tab stops in the order a template asks for them: 1, 2, 3... */
export function stopCounter(): () => number {
  let n = 0;
  return () => ++n;
}

/** The text with every tab stop at its default (a choice at its first option). */
export function renderText(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.choices?.[0] ?? p.default)).join('');
}

/**
 * The snippet body: literal text escaped (`}` too inside a default); the first occurrence of a stop carries its default,
 * later ones mirror it (`$1`).
 */
export function renderSnippet(parts: readonly Part[]): string {
  const seen = new Set<number>();
  return parts
    .map((p) => {
      if (typeof p === 'string') return escapeTopLevel(p);
      if (seen.has(p.stop)) return `$${p.stop}`;
      seen.add(p.stop);
      if (p.choices && p.choices.length > 0) return `\${${p.stop}|${p.choices.map(escapeChoice).join(',')}|}`;
      if (p.stop === 0 || p.default === '') return `$${p.stop}`;
      return `\${${p.stop}:${escapeSnippetText(p.default)}}`;
    })
    .join('');
}

/** Outside a placeholder only `$` and `\\` need a backslash (a lone `}` is text there). */
const escapeTopLevel = (s: string): string => s.replace(/[\\$]/g, (c) => `\\${c}`);
const escapeChoice = (s: string): string => s.replace(/[\\$},|]/g, (c) => `\\${c}`);

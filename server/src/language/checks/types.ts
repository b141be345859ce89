import type { Knowledge } from '../../core';
import type { WebhookDocument } from '../../syntax';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface CheckMeta {
  /** Stable code, shown with each diagnostic and used in settings and disable comments. */
  code: string;
  /** Former codes of the check, still accepted in `brazeWebhooks.checks` and in disable comments. */
  aliases?: readonly string[];
  severity: Severity;
  /** One line: what the check catches. */
  summary: string;
  /** A longer explanation for `docs/checks.md`, with the source of the fact behind it. */
  docs: string;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * A command the editor runs instead of (or after) the edits, for fixes that
   * need the user: filling a placeholder asks for the value and may keep it
   * in the editor's secret storage rather than in the file.
   */
  command?: { title: string; command: string; arguments?: unknown[] };
  /** The fix a user would want by default (`isPreferred` in LSP). */
  preferred?: boolean;
}

export interface Offense {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  /**
   * For a check whose findings differ in weight (a deprecated API version warns, a retired one is
   * an error): overrides the check's default severity. A severity set in settings wins over both.
   */
  severity?: Severity;
}

export interface CheckContext {
  doc: WebhookDocument;
  /** Built-in knowledge, or the workspace's (its describe files, its custom attributes). */
  knowledge: Knowledge;
  report(offense: Offense): void;
}

/** A check is data plus one function: it reads the tree and reports offenses. */
export interface Check {
  meta: CheckMeta;
  run(context: CheckContext): void;
}

import type { WebhookDocument } from '../parser/ast';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface CheckMeta {
  /** Stable code, shown with each diagnostic and used in settings and disable comments. */
  code: string;
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
}

export interface Offense {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
}

export interface CheckContext {
  doc: WebhookDocument;
  report(offense: Offense): void;
}

/** A check is data plus one function: it reads the tree and reports offenses. */
export interface Check {
  meta: CheckMeta;
  run(context: CheckContext): void;
}

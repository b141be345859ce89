import type { Diagnostic } from 'vscode-languageserver-types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One finding as every output format prints it; positions 0-based, in UTF-16 code units. */
export interface JsonDiagnostic {
  file: string;
  range: Diagnostic['range'];
  severity: Severity;
  code: string;
  message: string;
}

/** From the most to the least severe: `--fail-level` fails on its level and those before it. */
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export const atLeast = (severity: Severity, level: Severity) => SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(level);

/** `file:line:col: severity code: message`, 1-based: the human format, and the problem matcher's. */
export const humanLine = (r: JsonDiagnostic) => `${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1}: ${r.severity} ${r.code}: ${r.message}`;

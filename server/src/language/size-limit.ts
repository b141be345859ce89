import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { allChecks } from './checks';
import type { Check, CheckMeta } from './checks/types';
import { DIAGNOSTIC_SOURCE } from './validation';
import { t } from '../core';

/**
 * Above this many characters (512 KiB) only the syntax is checked: the other checks grow with
 * the template, and a real webhook is a few KiB. Documented in the README ("Other editors").
 */
export const FULL_CHECK_LIMIT = 512 * 1024;

export const SIZE_LIMIT_CODE = 'size-limit';

/** The notice's description, as a check's, for the outputs that list their rules (SARIF). */
export const sizeLimitMeta: CheckMeta = {
  code: SIZE_LIMIT_CODE,
  severity: 'information',
  summary: `The template is over ${FULL_CHECK_LIMIT / 1024} KiB: only its syntax is checked.`,
  docs: `Above ${FULL_CHECK_LIMIT / 1024} KiB the request line, the headers, the Liquid and the JSON are checked, the other checks are not, so that the editor stays responsive.`,
};

/** The checks that report the parser's own problems: cheap, and what a huge file needs most. */
const SYNTAX_CHECKS: ReadonlySet<string> = new Set(['request-line', 'header-syntax', 'liquid-syntax', 'json-invalid']);

/** The checks to run on a text of this length, and the notice that says when some were left out. */
export function checksForSize(length: number): { checks: readonly Check[]; notice?: Diagnostic } {
  if (length <= FULL_CHECK_LIMIT) return { checks: allChecks };
  return {
    checks: allChecks.filter((c) => SYNTAX_CHECKS.has(c.meta.code)),
    notice: {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: SIZE_LIMIT_CODE,
      source: DIAGNOSTIC_SOURCE,
      message: t('This template has {0} KiB: above {1} KiB only its syntax is checked (request line, headers, Liquid, JSON)', Math.ceil(length / 1024), FULL_CHECK_LIMIT / 1024),
    },
  };
}

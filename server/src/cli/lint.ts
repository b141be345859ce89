import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { t } from '../core';
import { helpEntry } from './help-layout';
import { allChecks, getLanguageService, sizeLimitMeta } from '../language';
import { toGithub } from './lint-github';
import { configureCliLocale } from './locale';
import { MAX_TEMPLATE_BYTES, readTextFile } from './lint-input';
import { toJunit } from './lint-junit';
import { readLintKnowledge } from './lint-knowledge';
import { atLeast, humanLine, type JsonDiagnostic, type Severity } from './lint-results';
import { toSarif } from './lint-sarif';
import { printable } from './lint-text';

export type { JsonDiagnostic } from './lint-results';

const FORMATS = ['human', 'json', 'sarif', 'github', 'junit'] as const;
type Format = (typeof FORMATS)[number];
const FAIL_LEVELS = ['error', 'warning', 'information'] as const;

/** The help text, in the configured language: built when asked for, never at module load. */
export function usage(): string {
  const option = (name: string, text: string, widths?: readonly number[]) => helpEntry(`  ${name}  `, 20, text, widths);
  const value = (name: string, text: string) => helpEntry(`${' '.repeat(20)}${name}: `, 20 + name.length + 2, text);
  return [
    t('Usage: {0}', 'braze-webhook-lint [--format human|json|sarif|github|junit] [--fail-level error|warning|information] [--describe FILE] [--locale LANG] FILES...'),
    t('Checks Braze webhook templates (.webhook files; globs accepted).'),
    option('--format FORMAT', t('{0} (default): {1}', 'human', 'file:line:col: severity code: message')),
    value('json', t('one array of {0}, 0-based positions', '{file, range, severity, code, message}')),
    value('sarif', t('SARIF 2.1.0, for code scanning')),
    value('github', t('GitHub Actions annotations (10 errors, 10 warnings, 10 notices per step)')),
    value('junit', t('JUnit XML, a test suite per file')),
    option('--fail-level L', t('exit 1 when a finding of level L or above is found (default: error)')),
    option(
      '--describe FILE',
      t(
        "an org's describe JSON ({0}), of any object; repeat it for several. A FILE named {1} must describe that object. Default: every {2} of the current folder. Its fields replace the object's built-in ones (or make a custom object known); a malformed file is a warning.",
        'GET /services/data/vXX.X/sobjects/<Object>/describe',
        '<Object>.describe.json',
        '.salesforce/*.describe.json',
      ),
      [97, 93, 96, 99],
    ),
    option('--locale LANG', t('es, pt-br, fr, de or ko (default: LC_ALL, LC_MESSAGES or LANG; else English)')),
    helpEntry('', 0, t('A file must be a regular text file of at most {0} MiB; a UTF-8 byte-order mark is skipped.', MAX_TEMPLATE_BYTES / 1024 / 1024)),
    helpEntry('', 0, t('Exit code: 1 when a finding at the fail level is found, 2 on bad usage or an unreadable file, else 0.')),
  ].join('\n');
}

export interface LintOutput {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 2;
}

const SEVERITY_NAMES: Record<DiagnosticSeverity, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

const usageError = (message: string): LintOutput => ({ stdout: '', stderr: `braze-webhook-lint: ${message}\n${usage()}\n`, exitCode: 2 });

/** The command line, as a function of its arguments and working folder; lint-main.ts writes its output and exit code. */
export async function runLint(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<LintOutput> {
  // Before any message is built: --locale, else the environment's.
  configureCliLocale(args, env);
  let format: Format = 'human';
  let failLevel: Severity = 'error';
  const describes: string[] = [];
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i]);
    if (arg === '--help' || arg === '-h') return { stdout: `${usage()}\n`, stderr: '', exitCode: 0 };
    if (arg === '--locale' || arg.startsWith('--locale=')) {
      if (!value()) return usageError(t('--locale needs a language (es, pt-br, fr, de or ko)'));
      continue;
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const v = value();
      if (!(FORMATS as readonly string[]).includes(v)) return usageError(t('--format takes "human", "json", "sarif", "github" or "junit", not "{0}"', printable(v ?? '')));
      format = v as Format;
    } else if (arg === '--fail-level' || arg.startsWith('--fail-level=')) {
      const v = value();
      if (!(FAIL_LEVELS as readonly string[]).includes(v)) return usageError(t('--fail-level takes "error", "warning" or "information", not "{0}"', printable(v ?? '')));
      failLevel = v as Severity;
    } else if (arg === '--describe' || arg.startsWith('--describe=')) {
      const v = value();
      if (!v) return usageError(t('--describe needs a file name'));
      describes.push(v);
    } else if (arg.startsWith('-')) {
      return usageError(t('unknown option "{0}"', printable(arg)));
    } else {
      patterns.push(arg);
    }
  }
  if (patterns.length === 0) return usageError(t('no files given'));

  const files: string[] = [];
  for (const pattern of patterns) {
    const matches = existsSync(resolve(cwd, pattern)) ? [pattern] : await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) return { stdout: '', stderr: `braze-webhook-lint: ${t('no file matches "{0}"', printable(pattern))}\n`, exitCode: 2 };
    files.push(...matches.sort());
  }

  const read = readLintKnowledge(cwd, describes);
  if ('error' in read) return { stdout: '', stderr: `braze-webhook-lint: ${printable(read.error)}\n`, exitCode: 2 };
  const stderr = read.warnings.map((w) => `braze-webhook-lint: ${t('warning: {0}', printable(w))}\n`).join('');
  const service = getLanguageService({ knowledge: read.knowledge });
  const results: JsonDiagnostic[] = [];
  for (const file of files) {
    const template = readTextFile(resolve(cwd, file), MAX_TEMPLATE_BYTES);
    if ('error' in template) return { stdout: '', stderr: `${stderr}braze-webhook-lint: ${t('cannot read "{0}": {1}', printable(file), template.error)}\n`, exitCode: 2 };
    const document = TextDocument.create(`file:///${encodeURIComponent(file)}`, 'braze-webhook', 0, template.text);
    for (const d of service.doValidation(document)) {
      const message = typeof d.message === 'string' ? d.message : d.message.value;
      results.push({ file: printable(file), range: d.range, severity: SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error], code: String(d.code), message: printable(message) });
    }
  }
  const exitCode = results.some((r) => atLeast(r.severity, failLevel)) ? 1 : 0;
  return { stdout: formatted(format, results, files.map(printable), failLevel), stderr, exitCode };
}

function formatted(format: Format, results: JsonDiagnostic[], files: string[], failLevel: Severity): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(results, null, 2)}\n`;
    case 'sarif':
      return toSarif(results, [...allChecks.map((c) => c.meta), sizeLimitMeta]);
    case 'github':
      return toGithub(results);
    case 'junit':
      return toJunit(results, files, failLevel);
    case 'human':
      return human(results, files.length);
  }
}

function human(results: JsonDiagnostic[], fileCount: number): string {
  const lines = results.map(humanLine);
  const errors = results.filter((r) => r.severity === 'error').length;
  lines.push(summary(fileCount, errors, results.length - errors));
  return `${lines.join('\n')}\n`;
}

/** The last line of the human format, one whole sentence per plural case. */
function summary(files: number, errors: number, others: number): string {
  if (files === 1) {
    if (errors === 1) return others === 1 ? t('1 file checked: 1 error, 1 other finding.') : t('1 file checked: 1 error, {0} other findings.', others);
    return others === 1 ? t('1 file checked: {0} errors, 1 other finding.', errors) : t('1 file checked: {0} errors, {1} other findings.', errors, others);
  }
  if (errors === 1) return others === 1 ? t('{0} files checked: 1 error, 1 other finding.', files) : t('{0} files checked: 1 error, {1} other findings.', files, others);
  return others === 1 ? t('{0} files checked: {1} errors, 1 other finding.', files, errors) : t('{0} files checked: {1} errors, {2} other findings.', files, errors, others);
}

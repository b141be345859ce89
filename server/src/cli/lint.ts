import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../language';
import { readLintKnowledge } from './lint-knowledge';

export const USAGE = `Usage: braze-webhook-lint [--format human|json] [--describe FILE] FILES...
Checks Braze webhook templates (.webhook files; globs accepted).
  --describe FILE   the org's Lead describe JSON (GET /services/data/vXX.X/sobjects/Lead/describe);
                    default: .salesforce/Lead.describe.json in the current folder when it exists.
                    Its fields replace the built-in Lead fields; a malformed file is a warning.
Exit code: 1 when an error is found, 2 on bad usage or an unreadable file, else 0.`;

export interface LintOutput {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 2;
}

export interface JsonDiagnostic {
  file: string;
  range: Diagnostic['range'];
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
}

const SEVERITY_NAMES: Record<DiagnosticSeverity, JsonDiagnostic['severity']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

const usageError = (message: string): LintOutput => ({ stdout: '', stderr: `braze-webhook-lint: ${message}\n${USAGE}\n`, exitCode: 2 });

/** The command line, as a function of its arguments and working folder; lint-main.ts writes its output and exit code. */
export async function runLint(args: string[], cwd: string): Promise<LintOutput> {
  let format: 'human' | 'json' = 'human';
  let describe: string | undefined;
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value !== 'human' && value !== 'json') return usageError(`--format takes "human" or "json", not "${value ?? ''}"`);
      format = value;
    } else if (arg === '--describe' || arg.startsWith('--describe=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!value) return usageError('--describe needs a file name');
      describe = value;
    } else if (arg.startsWith('-')) {
      return usageError(`unknown option "${arg}"`);
    } else {
      patterns.push(arg);
    }
  }
  if (patterns.length === 0) return usageError('no files given');

  const files: string[] = [];
  for (const pattern of patterns) {
    const matches = existsSync(resolveIn(cwd, pattern)) ? [pattern] : await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) return { stdout: '', stderr: `braze-webhook-lint: no file matches "${pattern}"\n`, exitCode: 2 };
    files.push(...matches.sort());
  }

  const read = readLintKnowledge(cwd, describe);
  if ('error' in read) return { stdout: '', stderr: `braze-webhook-lint: ${read.error}\n`, exitCode: 2 };
  const stderr = read.warnings.map((w) => `braze-webhook-lint: warning: ${w}\n`).join('');
  const service = getLanguageService({ knowledge: read.knowledge });
  const results: JsonDiagnostic[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(resolveIn(cwd, file), 'utf8');
    } catch (e) {
      return { stdout: '', stderr: `${stderr}braze-webhook-lint: cannot read "${file}": ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`, exitCode: 2 };
    }
    const document = TextDocument.create(`file:///${encodeURIComponent(file)}`, 'braze-webhook', 0, text);
    for (const d of service.doValidation(document)) {
      results.push({ file, range: d.range, severity: SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error], code: String(d.code), message: typeof d.message === 'string' ? d.message : d.message.value });
    }
  }
  const exitCode = results.some((r) => r.severity === 'error') ? 1 : 0;
  return { stdout: format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : human(results, files.length), stderr, exitCode };
}

const resolveIn = (cwd: string, file: string): string => resolve(cwd, file);

function human(results: JsonDiagnostic[], fileCount: number): string {
  const lines = results.map((r) => `${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1}: ${r.severity} ${r.code}: ${r.message}`);
  const errors = results.filter((r) => r.severity === 'error').length;
  lines.push(`${fileCount} file${fileCount === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${results.length - errors} other finding${results.length - errors === 1 ? '' : 's'}.`);
  return `${lines.join('\n')}\n`;
}

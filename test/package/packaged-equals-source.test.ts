// The VSIX's minified command line finds what the language service finds from the sources, on
// every template of the repository: a difference is a bundling or minification bug (such as one
// that depends on class names, which the minifier renames).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { test } from 'node:test';
import { globSync } from 'tinyglobby';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { JsonDiagnostic } from '../../server/src/cli/lint';
import { getLanguageService } from '../../server/src/language';
import { runNodeScript } from '../support/node-process';
import { packaged } from '../support/packaged';
import { repoPath } from '../support/paths';

type Compared = Pick<JsonDiagnostic, 'range' | 'severity' | 'code' | 'message'>;

const SEVERITY: Record<DiagnosticSeverity, JsonDiagnostic['severity']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

const files = globSync(['test/fixtures/**/*.webhook', 'examples/*.webhook', 'test/workspace/*.webhook'], { cwd: repoPath(), absolute: true }).sort();

/** One run of the packaged command over every file, from an empty folder: the built-in knowledge, as the source side below. */
const fromPackage: Promise<Map<string, Compared[]>> = (async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'packaged-equals-source-'));
  const out = await runNodeScript(packaged('dist/cli.js'), ['--format', 'json', ...files], { cwd, timeoutMs: 60_000 }).finally(() => rmSync(cwd, { recursive: true, force: true }));
  assert.ok(out.exitCode === 0 || out.exitCode === 1, `dist/cli.js exited with ${out.exitCode}: ${out.stderr}`);
  const byFile = new Map<string, Compared[]>(files.map((f) => [f, []]));
  for (const { file, range, severity, code, message } of JSON.parse(out.stdout) as JsonDiagnostic[]) byFile.get(file)?.push({ range, severity, code, message });
  return byFile;
})();

const service = getLanguageService();
/** What the language service finds from the sources, in the command line's terms (server/src/cli/lint.ts). */
function fromSource(file: string): Compared[] {
  const document = TextDocument.create(`file:///${encodeURIComponent(file)}`, 'braze-webhook', 0, readFileSync(file, 'utf8'));
  return service.doValidation(document).map((d) => ({
    range: d.range,
    severity: SEVERITY[d.severity ?? DiagnosticSeverity.Error],
    code: String(d.code),
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}

/** Field by field: the range's four numbers, the severity, the code, the message. */
function same(a: Compared | undefined, b: Compared | undefined): boolean {
  if (!a || !b) return a === b;
  return isDeepStrictEqual(a.range, b.range) && a.severity === b.severity && a.code === b.code && a.message === b.message;
}

test('every template of the repository is compared', () => {
  assert.ok(files.length >= 60, `only ${files.length} templates found`);
  for (const dir of ['test/fixtures/valid-liquid/', 'test/fixtures/seeds/', 'examples/', 'test/workspace/']) {
    assert.ok(files.some((f) => f.includes(`/${dir}`)), `no template from ${dir}`);
  }
});

for (const file of files) {
  const name = file.slice(repoPath().length + 1);
  test(`${name}: the packaged dist/cli.js finds what the sources find`, async () => {
    const packagedFound = (await fromPackage).get(file) ?? [];
    const sourceFound = fromSource(file);
    const at = Array.from({ length: Math.max(packagedFound.length, sourceFound.length) }, (_, i) => i).find((i) => !same(packagedFound[i], sourceFound[i]));
    if (at === undefined) return;
    const show = (d: Compared | undefined) => (d ? JSON.stringify(d) : '(none)');
    assert.fail(
      `${name}: diagnostic ${at + 1} differs (${packagedFound.length} from the package, ${sourceFound.length} from the sources)\n` +
        `  packaged: ${show(packagedFound[at])}\n  sources:  ${show(sourceFound[at])}`,
    );
  });
}

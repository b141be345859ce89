/**
 * The parts of liquidjs that are not its documented API but that the parser and the renderer use:
 * its Tokenizer's reading methods, the shapes of the tokens they return, told apart by `kind`
 * (never by class name, which minification renames), and the engine hooks the Braze tags use.
 * liquidjs is pinned to one version in package.json; a new version must pass this file first.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Liquid, Tokenizer, TokenKind, TokenizationError, defaultOptions, filters, type TagToken } from 'liquidjs';
import { isLiquidBlank, isLiquidWord } from '../core';
import { repoPath } from '../../../test/support/paths';

const pkg = require(repoPath('package.json')) as { dependencies: Record<string, string> };
const installed = require(repoPath('node_modules', 'liquidjs', 'package.json')) as { version: string };

test('liquidjs is pinned to one exact version, and that version is installed', () => {
  assert.match(pkg.dependencies.liquidjs, /^\d+\.\d+\.\d+$/, 'package.json must name an exact version (no ^ or ~)');
  assert.equal(installed.version, pkg.dependencies.liquidjs);
});

test('readValue gives a PropertyAccess token whose props are Word tokens (identifiers) or nested values', () => {
  const tk = new Tokenizer('result.access_token[key]');
  const value = tk.readValue() as unknown as { kind: number; begin: number; end: number; props: { kind: number; begin: number; end: number }[]; variable?: unknown };
  assert.equal(value.kind, TokenKind.PropertyAccess);
  assert.equal(value.variable, undefined);
  assert.deepEqual(value.props.map((p) => p.kind), [TokenKind.Word, TokenKind.Word, TokenKind.PropertyAccess]);
  assert.deepEqual([value.begin, value.end], [0, 24]);
  assert.equal(tk.p, 24);
});

test('readValue gives a Range token with lhs and rhs; quoted and number literals have their own kinds', () => {
  const range = new Tokenizer('(1..n)').readValue() as unknown as { kind: number; lhs: { kind: number }; rhs: { kind: number } };
  assert.equal(range.kind, TokenKind.Range);
  assert.equal(range.lhs.kind, TokenKind.Number);
  assert.equal(range.rhs.kind, TokenKind.PropertyAccess);
  assert.equal((new Tokenizer("'x'").readValue() as unknown as { kind: number }).kind, TokenKind.Quoted);
});

test('readFilteredValue gives a FilteredValue token: initial.postfix, then filters with name and args', () => {
  const tk = new Tokenizer("a | default: 'x' | json_escape");
  const v = tk.readFilteredValue() as unknown as { kind: number; initial: { postfix: { kind: number }[] }; filters: { name: string; args: unknown[]; begin: number; end: number }[] };
  assert.equal(v.kind, TokenKind.FilteredValue);
  assert.equal(v.initial.postfix[0].kind, TokenKind.PropertyAccess);
  assert.deepEqual(v.filters.map((f) => [f.name, f.args.length]), [['default', 1], ['json_escape', 0]]);
});

test('the reading methods the parser calls exist, with a cursor `p` and a length `N`', () => {
  const tk = new Tokenizer('{{ a }}{% if b %}x{% endif %}');
  for (const method of ['readTopLevelToken', 'readValue', 'readFilteredValue', 'readOperator', 'readIdentifier', 'readExpression', 'skipBlank'] as const) {
    assert.equal(typeof tk[method], 'function', method);
  }
  assert.equal(tk.N, 29);
  const output = tk.readTopLevelToken(defaultOptions) as unknown as { kind: number; begin: number; end: number; contentRange: [number, number] };
  assert.equal(output.kind, TokenKind.Output);
  assert.deepEqual([output.begin, output.end, output.contentRange], [0, 7, [3, 4]], 'contentRange is the trimmed content');
  const tag = tk.readTopLevelToken(defaultOptions) as TagToken;
  assert.equal(tag.kind, TokenKind.Tag);
  assert.equal(tag.name, 'if');
  assert.equal(tag.args, 'b');
  assert.equal(tag.tokenizer.p, 13, 'the tag\'s own tokenizer stands at its arguments');
  assert.equal(tk.readTopLevelToken(defaultOptions).kind, TokenKind.HTML);
});

test('an unclosed delimiter throws a TokenizationError that says "not closed"', () => {
  const tk = new Tokenizer('{{ a ');
  assert.throws(() => tk.readTopLevelToken(defaultOptions), (e: unknown) => e instanceof TokenizationError && /not closed/.test(e.message));
});

test('the engine hooks the Braze tags and filters use: registerTag, registerFilter, renderer.renderTemplates, context.bottom(), filters.date', async () => {
  const engine = new Liquid();
  engine.registerFilter('twice', (v: unknown) => `${v}${v}`);
  assert.equal(typeof engine.renderer.renderTemplates, 'function');
  assert.equal(typeof filters.date, 'function');
  assert.equal(await engine.parseAndRender('{{ "a" | twice }}'), 'aa');
  // divided_by reads whether its divisor was written as a float from the filter's argument token.
  engine.registerFilter('argText', function (this: unknown) {
    const arg = (this as { token: { args: { kind: number; getText(): string }[] } }).token.args[0];
    return `${arg.kind === TokenKind.Number}:${arg.getText()}`;
  });
  assert.equal(await engine.parseAndRender('{{ 1 | argText: 100.00 }}'), 'true:100.00');
  const ctx = { bottom: undefined as unknown };
  engine.registerTag('probe', {
    render(c: { bottom(): Record<string, unknown> }) {
      ctx.bottom = c.bottom();
      c.bottom().saved = 'yes';
    },
  });
  assert.equal(await engine.parseAndRender('{% probe %}{{ saved }}'), 'yes');
  assert.equal(typeof ctx.bottom, 'object');
});

test('the character classes the scanners mirror: identifier characters and blanks, for every UTF-16 code unit', () => {
  for (let code = 0; code < 0x10000; code++) {
    const c = String.fromCharCode(code);
    assert.equal(isLiquidWord(c), new Tokenizer(`a${c}`).readIdentifier().getText().length === 2, `word ${code}`);
    const tk = new Tokenizer(`${c}a`);
    tk.skipBlank();
    assert.equal(isLiquidBlank(c), tk.p === 1, `blank ${code}`);
  }
});

test('reading a {% raw %} tag sets the tokenizer\'s rawBeginAt, which its next read follows to {% endraw %}', () => {
  const tk = new Tokenizer('{% raw %}{{ x }}{% endraw %}');
  const raw = tk as unknown as { rawBeginAt: number };
  assert.equal(raw.rawBeginAt, -1);
  tk.readTopLevelToken(defaultOptions);
  assert.equal(raw.rawBeginAt, 0);
  assert.equal(tk.readTopLevelToken(defaultOptions).kind, TokenKind.HTML);
  assert.equal((tk.readTopLevelToken(defaultOptions) as TagToken).name, 'endraw');
  assert.equal(raw.rawBeginAt, -1);
});

/**
 * Tokenizes text with the extension's TextMate grammar, the way VS Code does:
 * vscode-textmate + the Oniguruma WebAssembly build, line by line, each line
 * starting from the rule stack the previous one ended with.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';
import { OnigScanner, OnigString, loadWASM } from 'vscode-oniguruma';

export const ROOT = path.resolve(__dirname, '..', '..');
export const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'braze-webhook.tmLanguage.json');
export const SCOPE_NAME = 'source.braze-webhook';
export const FIXTURES = path.join(__dirname, 'fixtures');

export interface Token {
  /** 0-based line number. */
  line: number;
  startIndex: number;
  endIndex: number;
  text: string;
  /** Outermost first, as vscode-textmate reports them. */
  scopes: string[];
}

let onigReady: Promise<void> | undefined;
let grammarPromise: Promise<IGrammar> | undefined;

function loadOniguruma(): Promise<void> {
  if (!onigReady) {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    onigReady = loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  }
  return onigReady;
}

/** The grammar, loaded once per process from `syntaxes/`. */
export function loadGrammar(): Promise<IGrammar> {
  grammarPromise ??= (async () => {
    const registry = new Registry({
      onigLib: loadOniguruma().then(() => ({
        createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
        createOnigString: (s: string) => new OnigString(s),
      })),
      loadGrammar: async (scopeName: string) =>
        scopeName === SCOPE_NAME ? parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const grammar = await registry.loadGrammar(SCOPE_NAME);
    if (!grammar) throw new Error(`grammar ${SCOPE_NAME} did not load`);
    return grammar;
  })();
  return grammarPromise;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Tokens of every line of `text`, carrying the rule stack from line to line. */
export async function tokenizeText(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  let stack: StateStack = INITIAL;
  return splitLines(text).map((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, stack);
    stack = result.ruleStack;
    return result.tokens.map(t => ({
      line,
      startIndex: t.startIndex,
      // The last token may reach past the line (vscode-textmate appends `\n`).
      endIndex: Math.min(t.endIndex, lineText.length),
      text: lineText.slice(t.startIndex, Math.min(t.endIndex, lineText.length)),
      scopes: t.scopes,
    }));
  });
}

/**
 * Binary tokens of every line (`tokenizeLine2`, what VS Code itself calls):
 * no scope-name arrays, so deeply nested lines stay cheap to tokenize.
 */
export async function tokenizeTextBinary(text: string): Promise<Uint32Array[]> {
  const grammar = await loadGrammar();
  let stack: StateStack = INITIAL;
  return splitLines(text).map(lineText => {
    const result = grammar.tokenizeLine2(lineText, stack);
    stack = result.ruleStack;
    return result.tokens;
  });
}

export interface FindOptions {
  /** Which occurrence of the substring to use, 0-based (after `after`, if given). */
  occurrence?: number;
  /** Start looking after the first occurrence of this text. */
  after?: string;
}

/** Line and column range of a substring of `text`; throws if it is absent or spans lines. */
export function locate(text: string, substring: string, options: FindOptions = {}): { line: number; start: number; end: number } {
  let from = 0;
  if (options.after !== undefined) {
    const a = text.indexOf(options.after);
    if (a < 0) throw new Error(`"${options.after}" is not in the text`);
    from = a + options.after.length;
  }
  let index = text.indexOf(substring, from);
  for (let n = options.occurrence ?? 0; n > 0 && index >= 0; n--) index = text.indexOf(substring, index + 1);
  if (index < 0 || substring === '') throw new Error(`"${substring}" is not in the text`);
  const before = splitLines(text.slice(0, index));
  const line = before.length - 1;
  const start = before[line].length;
  const end = start + substring.length;
  if (splitLines(substring).length > 1) throw new Error(`"${substring}" spans lines`);
  return { line, start, end };
}

/** Tokens overlapping a substring of `text`. */
export async function tokensAt(text: string, substring: string, options: FindOptions = {}): Promise<Token[]> {
  const { line, start, end } = locate(text, substring, options);
  const lines = await tokenizeText(text);
  return lines[line].filter(t => t.endIndex > start && t.startIndex < end);
}

/**
 * The scopes that apply to every character of `substring` (its first
 * occurrence, or as chosen by `options`): the intersection of the scopes of
 * the tokens it overlaps, outermost first.
 */
export async function scopesAt(text: string, substring: string, options: FindOptions = {}): Promise<string[]> {
  const tokens = await tokensAt(text, substring, options);
  if (tokens.length === 0) throw new Error(`no token covers "${substring}"`);
  return tokens.slice(1).reduce<string[]>((common, t) => common.filter(s => t.scopes.includes(s)), tokens[0].scopes);
}

/** Renders tokens as `text => scopes` lines; handy when a test fails. */
export function describeTokens(lines: Token[][]): string {
  return lines
    .flat()
    .map(t => `${t.line}:${t.startIndex} ${JSON.stringify(t.text)} => ${t.scopes.join(' ')}`)
    .join('\n');
}

import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { JSON_MAX_DEPTH } from '../../../syntax';
import { t } from '../../../core';
import type { RenderedPath } from './enumerate';

export interface PathJson {
  /** The first JSON error of the rendered text (offset in the rendered text), or undefined. */
  error?: { at: number; reason: string };
  /** Keys that appear twice in one object: the second one's rendered offset. */
  duplicates: { key: string; at: number }[];
  tree?: Node;
}

/** Lazy: built when a path is read, in the language configured by then, not at module load. */
const REASONS: Record<string, () => string> = {
  PropertyNameExpected: () => t('a property name is expected (a comma before a closing brace?)'),
  ValueExpected: () => t('a value is expected (an empty value or a trailing comma?)'),
  CommaExpected: () => t('a comma is expected'),
  ColonExpected: () => t('a colon is expected'),
  CloseBraceExpected: () => t('a closing "}" is expected'),
  CloseBracketExpected: () => t('a closing "]" is expected'),
  EndOfFileExpected: () => t('nothing may follow the JSON value'),
  InvalidSymbol: () => t('unexpected character'),
};

const read = new WeakMap<RenderedPath, PathJson | undefined>();

/** Reads a rendered path as JSON when it looks like JSON (`{` or `[` first); undefined otherwise. Once per path: several checks ask. */
export function pathJson(path: RenderedPath): PathJson | undefined {
  if (read.has(path)) return read.get(path);
  const json = parsePath(path);
  read.set(path, json);
  return json;
}

function parsePath(path: RenderedPath): PathJson | undefined {
  const first = path.text.search(/\S/);
  if (first === -1 || (path.text[first] !== '{' && path.text[first] !== '[')) return undefined;
  if (path.maxDepth > JSON_MAX_DEPTH) return { error: { at: first, reason: t('it nests deeper than {0} levels', JSON_MAX_DEPTH) }, duplicates: [] };
  const errors: ParseError[] = [];
  const tree = parseTree(path.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const duplicates: PathJson['duplicates'] = [];
  const visit = (n: Node | undefined): void => {
    if (!n) return;
    if (n.type === 'object') {
      const seen = new Set<string>();
      for (const p of n.children ?? []) {
        const k = p.children?.[0];
        if (k && typeof k.value === 'string') {
          if (seen.has(k.value)) duplicates.push({ key: k.value, at: k.offset });
          seen.add(k.value);
        }
        visit(p.children?.[1]);
      }
    } else if (n.type === 'array') (n.children ?? []).forEach(visit);
  };
  if (!errors.length) visit(tree);
  const e = errors[0];
  return {
    error: e && { at: e.offset, reason: REASONS[printParseErrorCode(e.error)]?.() ?? printParseErrorCode(e.error) },
    duplicates,
    tree,
  };
}

/** What the body renders around a rendered offset, blanks folded: `"Company": "x",}`. */
export function excerpt(path: RenderedPath, at: number): string {
  const before = path.text.slice(0, at).replace(/\s+/g, ' ').slice(-20).trimStart();
  const after = path.text.slice(at).replace(/\s+/g, ' ').slice(0, 2).trimEnd();
  return (before + after).trim() || t('(nothing)');
}

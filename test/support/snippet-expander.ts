/**
 * Expands a VS Code snippet body the way the editor does when it is inserted, so tests can check
 * the text a user ends up with. Pure: no editor.
 *
 * The syntax (https://code.visualstudio.com/docs/editing/userdefinedsnippets#_snippet-syntax):
 * - tab stops `$1`, `${1}`; the final cursor `$0`; the same number twice is mirrored;
 * - placeholders `${1:default}`, nested (`${1:a ${2:b}}`);
 * - choices `${1|one,two|}` (the first is the default);
 * - variables `$NAME`, `${NAME}`, `${NAME:default}`: a known variable gives its value (or the
 *   default when it is empty or unset); an unknown one inserts its own name, as VS Code does,
 *   and is listed in `unknownVariables` (the usual sign of a `$` that should have been `\$`);
 * - escapes `\$`, `\}`, `\\` (and `\,`, `\|` in a choice); any other backslash is literal;
 * - anything that does not parse (`$` alone, `${` left open) is literal text.
 * Transforms (`${1/regex/format/}`) are not supported: they throw.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TabStopInfo {
  index: number;
  /** The default the editor shows (first placeholder's text, first choice, or ''). */
  default: string;
  choices?: string[];
}

export interface ExpandedTabStop extends TabStopInfo {
  /** The text each occurrence got. */
  value: string;
  /** Every occurrence in the expanded text (mirrors included), in text order. */
  ranges: Span[];
}

export interface SnippetExpansion {
  text: string;
  /** The tab stops, by ascending index ($0 last when present). */
  tabStops: ExpandedTabStop[];
  /** Where the cursor ends: `$0`, or the end of the text. */
  finalOffset: number;
  /** Variables VS Code does not know: each was inserted as its name. */
  unknownVariables: string[];
}

export interface ExpandOptions {
  /** The text typed in a tab stop; undefined keeps its default. */
  value?: (stop: TabStopInfo) => string | undefined;
  /** Values of known variables (`TM_FILENAME`...); a known variable not given here is empty. */
  variables?: Readonly<Record<string, string>>;
}

/** The variables VS Code resolves (code.visualstudio.com, "Snippet syntax" > "Variables"). */
export const KNOWN_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_DIRECTORY_BASE', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD',
  'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT',
  'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME',
  'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END',
  'LINE_COMMENT',
]);

export type SnippetNode =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

/** Parses a snippet body into nodes (adjacent text merged). Throws only on a transform. */
export function parseSnippet(body: string): SnippetNode[] {
  const parser = new Parser(body);
  const nodes = parser.parseAny(false);
  return nodes;
}

/** Expands a snippet body: see the module comment. */
export function expandSnippet(body: string, options: ExpandOptions = {}): SnippetExpansion {
  const nodes = parseSnippet(body);
  const { infos, firstPlaceholder } = collectTabStops(nodes);
  const typed = new Map<number, string>();
  for (const info of infos.values()) {
    const value = options.value?.(info);
    if (value !== undefined) typed.set(info.index, value);
  }
  // The text of a tab stop: what was typed, else its default with nested tab stops' own values.
  const valueOf = (index: number): string => {
    const t = typed.get(index);
    if (t !== undefined) return t;
    const placeholder = firstPlaceholder.get(index);
    return placeholder ? renderPlain(placeholder.children, valueOf) : (infos.get(index)?.default ?? '');
  };

  let text = '';
  let finalOffset: number | undefined;
  const ranges = new Map<number, Span[]>();
  const unknownVariables: string[] = [];

  const render = (list: SnippetNode[]): void => {
    for (const node of list) {
      switch (node.kind) {
        case 'text':
          text += node.text;
          break;
        case 'tabstop':
        case 'choice':
        case 'placeholder': {
          const start = text.length;
          // A placeholder not typed over keeps its nested tab stops; typed text replaces them.
          if (node.kind === 'placeholder' && !typed.has(node.index) && firstPlaceholder.get(node.index) === node) render(node.children);
          else text += valueOf(node.index);
          if (node.index === 0 && finalOffset === undefined) finalOffset = start;
          const list = ranges.get(node.index) ?? [];
          list.push({ start, end: text.length });
          ranges.set(node.index, list);
          break;
        }
        case 'variable': {
          if (!KNOWN_VARIABLES.has(node.name)) {
            unknownVariables.push(node.name);
            text += node.name;
            break;
          }
          const value = options.variables?.[node.name] ?? '';
          if (value !== '') text += value;
          else if (node.children) render(node.children);
          break;
        }
      }
    }
  };
  render(nodes);

  const tabStops: ExpandedTabStop[] = [...infos.values()]
    .sort((a, b) => (a.index === 0 ? 1 : b.index === 0 ? -1 : a.index - b.index))
    .map((info) => ({ ...info, value: valueOf(info.index), ranges: ranges.get(info.index) ?? [] }));
  return { text, tabStops, finalOffset: finalOffset ?? text.length, unknownVariables };
}

type PlaceholderNode = Extract<SnippetNode, { kind: 'placeholder' }>;

/** Every tab stop with its default; for each index the placeholder that gives it (the first with text). */
function collectTabStops(nodes: SnippetNode[]): { infos: Map<number, TabStopInfo>; firstPlaceholder: Map<number, PlaceholderNode> } {
  const infos = new Map<number, TabStopInfo>();
  const firstPlaceholder = new Map<number, PlaceholderNode>();
  const visit = (list: SnippetNode[]): void => {
    for (const node of list) {
      const known = node.kind === 'tabstop' || node.kind === 'choice' || node.kind === 'placeholder' ? infos.get(node.index) : undefined;
      const open = !known || (known.default === '' && !known.choices);
      if (node.kind === 'tabstop') {
        if (!known) infos.set(node.index, { index: node.index, default: '' });
      } else if (node.kind === 'choice') {
        if (open) infos.set(node.index, { index: node.index, default: node.options[0] ?? '', choices: node.options });
      } else if (node.kind === 'placeholder') {
        visit(node.children);
        if (open) {
          infos.set(node.index, { index: node.index, default: renderPlain(node.children, (i) => infos.get(i)?.default ?? '') });
          firstPlaceholder.set(node.index, node);
        }
      } else if (node.kind === 'variable' && node.children) {
        visit(node.children);
      }
    }
  };
  visit(nodes);
  return { infos, firstPlaceholder };
}

/** The text of nodes, each tab stop given by `valueOf`. */
function renderPlain(nodes: SnippetNode[], valueOf: (index: number) => string): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'variable') out += KNOWN_VARIABLES.has(node.name) ? renderPlain(node.children ?? [], valueOf) : node.name;
    else out += valueOf(node.index);
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly s: string) {}

  /** Nodes up to the end, or (nested) up to an unescaped `}` which is left unread. */
  parseAny(nested: boolean): SnippetNode[] {
    const out: SnippetNode[] = [];
    const pushText = (t: string) => {
      const last = out[out.length - 1];
      if (last?.kind === 'text') last.text += t;
      else out.push({ kind: 'text', text: t });
    };
    while (this.pos < this.s.length) {
      const c = this.s[this.pos] as string;
      if (c === '\\') {
        const next = this.s[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          pushText(next);
          this.pos += 2;
        } else {
          pushText(c);
          this.pos++;
        }
      } else if (c === '}' && nested) {
        return out;
      } else if (c === '$') {
        const node = this.tryDollar();
        if (node) out.push(node);
        else {
          pushText('$');
          this.pos++;
        }
      } else {
        pushText(c);
        this.pos++;
      }
    }
    return out;
  }

  /** Reads a `$` construct at `pos`; on failure restores `pos` and returns undefined. */
  private tryDollar(): SnippetNode | undefined {
    const start = this.pos;
    const s = this.s;
    this.pos++;
    const int = /^\d+/.exec(s.slice(this.pos));
    if (int) {
      this.pos += int[0].length;
      return { kind: 'tabstop', index: Number(int[0]) };
    }
    const name = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(s.slice(this.pos));
    if (name) {
      this.pos += name[0].length;
      return { kind: 'variable', name: name[0] };
    }
    if (s[this.pos] !== '{') return this.fail(start);
    this.pos++;
    const intIn = /^\d+/.exec(s.slice(this.pos));
    const nameIn = intIn ? undefined : /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(s.slice(this.pos));
    if (!intIn && !nameIn) return this.fail(start);
    this.pos += (intIn ?? nameIn)![0].length;
    const index = intIn ? Number(intIn[0]) : undefined;
    const varName = nameIn?.[0];
    const c = s[this.pos];
    if (c === '}') {
      this.pos++;
      return index !== undefined ? { kind: 'tabstop', index } : { kind: 'variable', name: varName! };
    }
    if (c === ':') {
      this.pos++;
      const children = this.parseAny(true);
      if (s[this.pos] !== '}') return this.fail(start);
      this.pos++;
      return index !== undefined ? { kind: 'placeholder', index, children } : { kind: 'variable', name: varName!, children };
    }
    if (c === '|' && index !== undefined) {
      this.pos++;
      const options = this.parseChoices();
      if (!options) return this.fail(start);
      return { kind: 'choice', index, options };
    }
    if (c === '/') throw new Error(`snippet transforms are not supported (at offset ${start})`);
    return this.fail(start);
  }

  /** After `${1|`: options up to `|}`; undefined when it does not close. */
  private parseChoices(): string[] | undefined {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.s.length) {
      const c = this.s[this.pos] as string;
      if (c === '\\' && '$}\\,|'.includes(this.s[this.pos + 1] ?? '\0')) {
        current += this.s[this.pos + 1];
        this.pos += 2;
      } else if (c === ',') {
        options.push(current);
        current = '';
        this.pos++;
      } else if (c === '|' && this.s[this.pos + 1] === '}') {
        options.push(current);
        this.pos += 2;
        return options;
      } else {
        current += c;
        this.pos++;
      }
    }
    return undefined;
  }

  private fail(start: number): undefined {
    this.pos = start;
    return undefined;
  }
}

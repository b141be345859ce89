/**
 * The syntax tree of a `.webhook` file. Every node carries file offsets
 * (`start` inclusive, `end` exclusive); conversion to line/character happens
 * only at the edge (LSP adapter, CLI).
 */

export interface Span {
  start: number;
  end: number;
}

export type ProblemCode = 'request-line' | 'header-syntax' | 'liquid-syntax' | 'json-invalid';

/** What went wrong, for the checks to tell problems apart without reading their words. */
export type ProblemKind =
  // request-line
  | 'request-line-missing'
  | 'method-missing'
  | 'method-unknown'
  | 'url-missing'
  // header-syntax
  | 'header-colon-missing'
  | 'header-not-a-header'
  | 'header-name-missing'
  | 'header-continuation-orphan'
  | 'body-separator-missing'
  // liquid-syntax
  | 'delimiter-unclosed'
  | 'delimiter-unreadable'
  | 'attribute-unclosed'
  | 'output-empty'
  | 'expression-unreadable'
  | 'tag-argument-missing'
  | 'condition-invalid'
  | 'connected-content-syntax'
  | 'tag-name-missing'
  | 'block-unclosed'
  | 'block-end-unopened'
  | 'branch-outside-block'
  // json-invalid
  | 'json-syntax'
  | 'json-too-deep';

/** A syntax problem found while parsing; the check with the same code reports it. */
export interface SyntaxProblem extends Span {
  code: ProblemCode;
  kind: ProblemKind;
  message: string;
}

export interface Comment extends Span {
  text: string;
  /** `# @name <text>`: the template's name in Braze's template list. */
  name?: string;
  /** `# braze-webhook-disable-next-line CODE...`: codes silenced on the next line (empty = all). */
  disableNextLine?: string[];
}

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface RequestLine extends Span {
  method?: Word;
  url?: Field;
}

export interface Word extends Span {
  text: string;
}

export interface Header extends Span {
  name: Word;
  /** Offset of the colon, or undefined when the line has none. */
  colon?: number;
  value: Field;
}

/**
 * A webhook field: the URL, one header value, or the body. Braze renders each
 * field as a template of its own, so each carries its own Liquid.
 */
export interface Field extends Span {
  kind: 'url' | 'header' | 'body';
  /** The text Braze sees: continuation lines of a header joined with one space. */
  text: string;
  /** Maps offsets in `text` to file offsets. */
  map: OffsetMap;
  liquid: LiquidNode[];
}

/** Pieces of a field's text, each a run of the file. */
export interface OffsetMap {
  segments: { textStart: number; fileStart: number; length: number }[];
}

export type LiquidNode = LiquidOutput | LiquidTag;

export interface LiquidOutput extends Span {
  type: 'output';
  /** Span of the expression between the delimiters (file offsets). */
  content: Span;
  expression?: LiquidExpression;
}

export interface LiquidTag extends Span {
  type: 'tag';
  name: Word;
  /** Span of the arguments after the tag name (file offsets). */
  args: Span;
  argsText: string;
  /** `if`, `assign`, `for`...: the expression(s) read from the arguments. */
  expression?: LiquidExpression;
  /** For `assign`/`capture`: the variable it sets. */
  assigns?: Word;
  connectedContent?: ConnectedContent;
  /**
   * For a line of a `{% liquid %}` tag (a tag without delimiters, from its name to the end of the
   * line): the span of that `liquid` tag, which comes before it among the field's nodes.
   */
  liquidTag?: Span;
}

/** A value with filters: `custom_attribute.${company} | default: 'x' | json_escape`. */
export interface LiquidExpression extends Span {
  variables: VariableRef[];
  filters: FilterCall[];
  attributes: AttributeRef[];
}

export interface VariableRef extends Span {
  /** The path as written, attribute references unmasked: `result.access_token`. */
  path: string[];
}

export interface FilterCall extends Span {
  name: Word;
  args: Span[];
}

/** `${name}` with its namespace (`custom_attribute`...) or none for a default attribute. */
export interface AttributeRef extends Span {
  namespace?: Word;
  name: Word;
}

export interface ConnectedContent {
  url?: Word;
  options: ConnectedContentOption[];
}

export interface ConnectedContentOption extends Span {
  /** The option's name without its colon: `method`. */
  name: Word;
  value?: Word;
}

export interface JsonMember extends Span {
  key: Word & { value: string };
  value?: JsonValue;
}

export interface JsonValue extends Span {
  kind: 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array' | 'liquid';
  /** The decoded value of a literal (a string with no Liquid, a number...). */
  value?: string | number | boolean | null;
  /** True when Liquid outputs or tags stand inside the value. */
  hasLiquid: boolean;
  members?: JsonMember[];
  items?: JsonValue[];
}

export interface JsonBody {
  root?: JsonValue;
}

/** A line of the header block: a header's first line, or one that continues it. */
export interface HeaderLine extends Span {
  /** Index in `headers` of the header the line belongs to (undefined: a continuation with no header above). */
  header?: number;
  continuation: boolean;
}

/**
 * Where the lines of each part stand, line breaks excluded: what a position in the file belongs
 * to (completion reads this instead of scanning the text again).
 */
export interface Layout {
  /** The line of the request line. */
  requestLine?: Span;
  headerLines: HeaderLine[];
  /** The blank line between the headers and the body. */
  separator?: Span;
}

export interface WebhookDocument {
  text: string;
  layout: Layout;
  comments: Comment[];
  name?: string;
  requestLine?: RequestLine;
  headers: Header[];
  body?: Field;
  json?: JsonBody;
  /** Every Braze attribute reference of the file, in file order. */
  attributes: AttributeRef[];
  problems: SyntaxProblem[];
}

/**
 * Braze writes attribute references as `${name}` (names may hold spaces) and
 * nests `{{ }}` inside tags; liquidjs knows neither. Masking rewrites them,
 * offset for offset, into standard Liquid so liquidjs's tokenizer can read
 * the field, and positions in the masked text are positions in the original.
 */

export interface MaskedAttribute {
  /** Offset of `$`. */
  start: number;
  /** Offset after `}`. */
  end: number;
  nameStart: number;
  nameEnd: number;
  namespaceStart?: number;
}

export interface UnclosedAttribute {
  start: number;
  end: number;
}

export interface AttributeMask {
  masked: string;
  attributes: MaskedAttribute[];
  unclosed: UnclosedAttribute[];
}

/** Characters that cannot stand in an attribute name: one of them before `}` means the reference is not closed. */
const NAME_STOPS = new Set(['}', '\n', '\r', '{', '%', '"', '|']);

const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * The Liquid variable an attribute name becomes: `__name_`, with every non-word character of the
 * name turned into `_` (`${zip code}` is `__zip_code_`). Same length as `${name}`, so offsets hold.
 * The renderer keys the test user's values by it.
 */
export function maskedAttributeName(name: string): string {
  let out = '';
  for (let k = 0; k < name.length; k++) out += isWordCode(name.charCodeAt(k)) ? name[k] : '_';
  return `__${out}_`;
}

/**
 * Replaces each `${name}` by `maskedAttributeName(name)`, so that
 * `custom_attribute.${zip code}` reads as the Liquid variable
 * `custom_attribute.__zip_code_`. `${{` (a literal dollar before an output) is left alone.
 */
export function maskAttributes(text: string): AttributeMask {
  const attributes: MaskedAttribute[] = [];
  const unclosed: UnclosedAttribute[] = [];
  let out = '';
  let copied = 0;
  let i = text.indexOf('${');
  while (i !== -1) {
    if (text.charCodeAt(i + 2) === 123 /* { */) {
      i = text.indexOf('${', i + 2);
      continue;
    }
    let j = i + 2;
    while (j < text.length && !NAME_STOPS.has(text[j])) j++;
    if (text[j] !== '}') {
      unclosed.push({ start: i, end: j });
      i = text.indexOf('${', j);
      continue;
    }
    out += text.slice(copied, i) + maskedAttributeName(text.slice(i + 2, j));
    copied = j + 1;
    attributes.push({ start: i, end: j + 1, nameStart: i + 2, nameEnd: j, namespaceStart: namespaceBefore(text, i) });
    i = text.indexOf('${', j + 1);
  }
  return { masked: out + text.slice(copied), attributes, unclosed };
}

/** Start of `ns.` right before `${`, if any. */
function namespaceBefore(text: string, dollar: number): number | undefined {
  if (text[dollar - 1] !== '.') return undefined;
  let k = dollar - 1;
  while (k > 0 && isWordCode(text.charCodeAt(k - 1))) k--;
  return k < dollar - 1 ? k : undefined;
}

/**
 * Blanks `{{` and `}}` inside the given spans (tag arguments, sorted): Braze
 * reads `{% if {{x}} > 0 %}` as `{% if x > 0 %}`. One pass over the text.
 */
export function blankInnerOutputs(masked: string, spans: { start: number; end: number }[]): string {
  let out = '';
  let copied = 0;
  for (const { start, end } of spans) {
    const slice = masked.slice(start, end);
    if (!slice.includes('{{') && !slice.includes('}}')) continue;
    out += masked.slice(copied, start) + slice.replace(/\{\{|\}\}/g, '  ');
    copied = end;
  }
  return copied === 0 ? masked : out + masked.slice(copied);
}

/**
 * Blanks the delimiters of outputs nested as filter arguments (after `:` or
 * `,`): Braze documents `{{x | plus: {{balance}}}}`, which liquidjs would end
 * at the inner `}}`. A `{{` anywhere else inside an output is not nesting but
 * an output left open, and stays for the tokenizer to report. One pass.
 */
export function blankNestedOutputs(masked: string): string {
  const open: { at: number; nested: boolean }[] = [];
  const blanks: number[] = [];
  // Both cursors only move forward, so the scan stays linear however the braces fall.
  let nextOpen = masked.indexOf('{');
  let nextClose = masked.indexOf('}');
  const nextBrace = (from: number): number => {
    if (nextOpen !== -1 && nextOpen < from) nextOpen = masked.indexOf('{', from);
    if (nextClose !== -1 && nextClose < from) nextClose = masked.indexOf('}', from);
    return nextOpen === -1 ? nextClose : nextClose === -1 ? nextOpen : Math.min(nextOpen, nextClose);
  };
  let i = nextBrace(0);
  while (i !== -1) {
    if (masked.startsWith('{{', i)) {
      const nested = open.length > 0 && /[:,]\s*$/.test(masked.slice(Math.max(0, i - 40), i));
      if (open.length > 0 && !nested) open.length = 0;
      open.push({ at: i, nested });
      i = nextBrace(i + 2);
    } else if (masked.startsWith('}}', i) && open.length > 0) {
      const o = open.pop()!;
      if (o.nested) blanks.push(o.at, i);
      i = nextBrace(i + 2);
    } else {
      i = nextBrace(i + 1);
    }
  }
  if (blanks.length === 0) return masked;
  blanks.sort((a, b) => a - b);
  let out = '';
  let copied = 0;
  for (const b of blanks) {
    out += masked.slice(copied, b) + '  ';
    copied = b + 2;
  }
  return out + masked.slice(copied);
}

/**
 * Whether a rendered body that is meant to be JSON (its Content-Type says JSON, or it has none and
 * starts like JSON) is JSON: Liquid can render a template that was valid JSON into text that is
 * not (an unescaped quote in an attribute), and Salesforce then answers JSON_PARSER_ERROR. The
 * parser's own words, with the line and column. The client's result view and the CLI both show it.
 */
import { parse, type ParseError } from 'jsonc-parser';
import { t } from '../core';

export function bodyJsonProblem(body: string | undefined, headers: readonly { name: string; value: string }[]): string | undefined {
  if (body === undefined || !meantAsJson(body, headers)) return undefined;
  try {
    JSON.parse(body);
    return undefined;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /\bat position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : firstErrorOffset(body);
    const words = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    const { line, column } = lineColumn(body, offset);
    // The parser's own words (Node's, in English) are an argument.
    return t('The rendered body is not valid JSON: {0} at line {1}, column {2}. Salesforce answers such a body with 400 JSON_PARSER_ERROR.', words, line, column);
  }
}

function meantAsJson(body: string, headers: readonly { name: string; value: string }[]): boolean {
  const type = headers.find((h) => h.name.trim().toLowerCase() === 'content-type')?.value;
  return type !== undefined ? /json/i.test(type) : /^\s*[[{]/.test(body);
}

/** Where the first problem is, for a message that names no position (`Unexpected end of JSON input`). */
function firstErrorOffset(text: string): number {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset ?? text.length;
}

/** 1-based line and column of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

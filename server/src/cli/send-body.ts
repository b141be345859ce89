/**
 * What `braze-webhook-send` adds to the engine's render: whether a rendered body meant as JSON
 * (its Content-Type says JSON, or it has none and starts like JSON) is JSON, with the parser's
 * words, line and column (Liquid can render valid JSON into text that is not, and Salesforce then
 * answers 400 JSON_PARSER_ERROR); and a dry run's notes in the conditional, since nothing was
 * sent. The VS Code client applies the same rule (client/src/send/body-json.ts).
 */
import { parse, type ParseError } from 'jsonc-parser';

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
    return `The rendered body is not valid JSON: ${words} at line ${lineColumn(body, offset)}. Salesforce answers such a body with 400 JSON_PARSER_ERROR.`;
  }
}

/** The engine says where the webhook was sent; in a dry run it was not. */
export function dryRunNote(note: string): string {
  return note.replace(/^webhook sent to /, 'webhook would be sent to ');
}

function meantAsJson(body: string, headers: readonly { name: string; value: string }[]): boolean {
  const type = headers.find((h) => h.name.trim().toLowerCase() === 'content-type')?.value;
  return type !== undefined ? /json/i.test(type) : /^\s*[[{]/.test(body);
}

function firstErrorOffset(text: string): number {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset ?? text.length;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}

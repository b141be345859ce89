/**
 * Rewrites the body of each whole-template snippet of `snippets/braze-webhook.json` from its
 * template (`template-snippets.ts`), keeping every entry's name, prefixes, description and order:
 * `node --import tsx test/snippets/write-template-snippets.ts`. A new template's entry is added
 * by hand first (its prefixes and description), with any body.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { repoPath } from '../support/paths';
import { TEMPLATE_SNIPPETS, bodyLines } from './template-snippets';

interface Entry {
  prefix: string | string[];
  description?: string;
  body: string | string[];
}

const file = repoPath('snippets', 'braze-webhook.json');
const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
for (const [name, build] of Object.entries(TEMPLATE_SNIPPETS)) {
  const entry = entries[name];
  if (!entry) throw new Error(`snippets/braze-webhook.json has no "${name}": add it with its prefixes and description`);
  entry.body = bodyLines(build());
}

/** The file's layout: prefixes on one line, one body line a line. */
const list = (items: string[], indent: string): string => `[\n${items.map((i) => `${indent}  ${JSON.stringify(i)}`).join(',\n')}\n${indent}]`;
const format = (e: Entry): string =>
  [
    `    "prefix": ${Array.isArray(e.prefix) ? `[${e.prefix.map((p) => JSON.stringify(p)).join(', ')}]` : JSON.stringify(e.prefix)}`,
    ...(e.description === undefined ? [] : [`    "description": ${JSON.stringify(e.description)}`]),
    `    "body": ${Array.isArray(e.body) ? list(e.body, '    ') : JSON.stringify(e.body)}`,
  ].join(',\n');
writeFileSync(file, `{\n${Object.entries(entries).map(([name, e]) => `  ${JSON.stringify(name)}: {\n${format(e)}\n  }`).join(',\n')}\n}\n`);

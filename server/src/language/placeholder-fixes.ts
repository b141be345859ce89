import { findPlaceholders, isSecretPlaceholder, placeholderName, t, type PlaceholderOccurrence } from '../core';
import { FILL_PLACEHOLDER_COMMAND } from './checks/placeholder';
import type { Fix } from './checks/types';
import type { ClientSupport } from './client-support';

/**
 * The `placeholder` check's fix runs the VS Code extension's command, which asks for the value.
 * An LSP edit cannot ask, nor leave the placeholder selected for typing over, so every editor
 * also gets a plain edit: each occurrence becomes a Braze Content Block reference (a secret is
 * then kept in Braze, not in the template: https://www.braze.com/docs/user_guide/messaging/design_and_edit/content_blocks/).
 * The title says what remains to do. The command is offered only to a client that has it.
 */
export function placeholderFixes(text: string, fix: Fix, support: ClientSupport): Fix[] {
  const placeholder = placeholderArgument(fix);
  if (placeholder === undefined) return [fix];
  const name = placeholderName(placeholder);
  const block = name.replace(/^insert_/, '') || name;
  const reference = `{{content_blocks.\${${block}}}}`;
  const edits = occurrencesOf(text, name).map((p) => ({ start: p.start, end: p.end, newText: reference }));
  const title = isSecretPlaceholder(placeholder)
    ? t('Keep {0} in a Content Block: write {1} (then create the Content Block "{2}" in Braze)', placeholder, reference, block)
    : t('Replace {0} with {1} (then create the Content Block "{2}" in Braze, or type the value over it)', placeholder, reference, block);
  const edit: Fix = { title, edits };
  return support.fillPlaceholderCommand ? [fix, edit] : [edit];
}

/** The placeholders of the last text asked about, by name: every placeholder fix of a request reads the same text (one text kept, no more). */
let last: { text: string; byName: Map<string, PlaceholderOccurrence[]> } | undefined;

function occurrencesOf(text: string, name: string): PlaceholderOccurrence[] {
  if (last?.text !== text) {
    const byName = new Map<string, PlaceholderOccurrence[]>();
    for (const p of findPlaceholders(text)) {
      const list = byName.get(p.name);
      if (list) list.push(p);
      else byName.set(p.name, [p]);
    }
    last = { text, byName };
  }
  return last.byName.get(name) ?? [];
}

/** The placeholder a fill-in command is for, or undefined when the fix is another one. */
function placeholderArgument(fix: Fix): string | undefined {
  if (fix.command?.command !== FILL_PLACEHOLDER_COMMAND) return undefined;
  const arg = fix.command.arguments?.[0] as { placeholder?: unknown } | undefined;
  return typeof arg?.placeholder === 'string' ? arg.placeholder : undefined;
}

import { localized, t, type Knowledge } from '../../core';
import { cursorAt } from '../completion/cursor';
import type { WebhookDocument } from '../../syntax';

export interface Signature {
  label: string;
  documentation: string;
  /** [start, end) of each parameter within `label`. */
  parameters: { label: [number, number]; documentation: string }[];
  activeParameter: number;
}

/**
 * Inside `{% connected_content ... %}`: the tag's whole shape, with the
 * option being written (or the URL) as the active parameter.
 */
export function connectedContentSignature(doc: WebhookDocument, offset: number, k: Knowledge): Signature | undefined {
  const { liquid, text } = cursorAt(doc, offset);
  if (liquid?.kind !== 'tag') return undefined;
  const inner = text.slice(liquid.contentStart, offset);
  const m = /^\s*connected_content\b([\s\S]*)$/.exec(inner);
  if (!m) return undefined;
  const parts = [{ text: 'URL', documentation: t('The address to call; Liquid allowed. Ports 80 and 443 only; redirects are not followed.') }];
  for (const o of k.braze.connectedContentOptions) {
    parts.push({ text: o.takesValue ? `${o.name} ${o.valueKind === 'enum' ? o.values!.join('|') : o.valueKind}` : o.name, documentation: localized('option', o.name, o.description) });
  }
  let label = 'connected_content';
  const parameters: Signature['parameters'] = [];
  for (const p of parts) {
    label += ' ';
    parameters.push({ label: [label.length, label.length + p.text.length], documentation: p.documentation });
    label += p.text;
  }
  const current = /(?:^|\s)(:\w+)(?:\s+\S*)?$/.exec(m[1]);
  const index = current ? k.braze.connectedContentOptions.findIndex((o) => o.name === current[1]) : -1;
  return {
    label,
    documentation: t('Calls an HTTP endpoint while the message renders; `:save` keeps a JSON answer for this field.'),
    parameters,
    activeParameter: index === -1 ? 0 : index + 1,
  };
}

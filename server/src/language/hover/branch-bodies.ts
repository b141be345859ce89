import { bodyPaths, displayPath, type RenderedPath } from '../analysis/paths';
import { t } from '../../core';
import type { LiquidTag, WebhookDocument } from '../../syntax';

/** A rendered body longer than this is cut in the hover: it explains a branch, it is not the preview. */
const MAX_SHOWN = 1200;

const fenced = (text: string) => {
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}\n…` : text;
  const lang = /^\s*[[{]/.test(shown) ? 'json' : '';
  return `\`\`\`${lang}\n${shown.trim()}\n\`\`\``;
};

/**
 * For a branch tag of the body (`if`, `elsif`, `else`, `unless`, `case`, `when`): the body as Braze
 * renders it when that branch applies, and, for the opening tag of a block without `else`, when
 * none does. Markdown, or undefined when the body's paths are not known or none takes the tag.
 */
export function branchBodies(doc: WebhookDocument, tag: LiquidTag): string | undefined {
  if (!doc.body || tag.start < doc.body.start || tag.end > doc.body.end) return undefined;
  const paths = bodyPaths(doc);
  if (!paths?.ok) return undefined;
  const first = (pick: (p: RenderedPath) => boolean) => paths.paths.find(pick);
  const sections: string[] = [];
  const taking = first((p) => p.decisions.some((d) => d.type === 'arm' && d.arm >= 0 && d.block.arms[d.arm].tag.start === tag.start));
  const opener = first((p) => p.decisions.some((d) => d.type === 'arm' && d.block.tag.start === tag.start));
  if (taking) sections.push(`**${t('The body when this branch applies:')}**\n\n${fenced(displayPath(doc.text, paths.pieces, taking.decisions))}`);
  if (opener) {
    const skipping = first((p) => p.decisions.some((d) => d.type === 'arm' && d.arm === -1 && d.block.tag.start === tag.start));
    if (skipping) sections.push(`**${t('The body when no branch applies:')}**\n\n${fenced(displayPath(doc.text, paths.pieces, skipping.decisions))}`);
  }
  return sections.length ? sections.join('\n\n') : undefined;
}

import type { WebhookDocument } from '../../syntax';

/** Offsets after each `\n` of a document, found once per parse. */
const LINE_STARTS = new WeakMap<WebhookDocument, number[]>();

/** The 1-based line of a file offset, counting `\n` line breaks before it. */
export function lineNumberAt(doc: WebhookDocument, offset: number): number {
  let starts = LINE_STARTS.get(doc);
  if (!starts) {
    starts = [0];
    for (let i = doc.text.indexOf('\n'); i !== -1; i = doc.text.indexOf('\n', i + 1)) starts.push(i + 1);
    LINE_STARTS.set(doc, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

import type { WebhookDocument } from '../../../syntax';
import { fieldStructure, type Piece, type Unfollowed } from './branches';
import { enumeratePaths, type Enumeration } from './enumerate';

/** The body's paths, with the pieces they were rendered from (to render one again for a reader). */
export type BodyPaths = (Enumeration & { ok: true; branching: boolean; pieces: Piece[] }) | { ok: false; reason: Unfollowed };

const cache = new WeakMap<WebhookDocument, BodyPaths | undefined>();

/** The body's paths, computed once per tree (several checks read them); undefined without a body. */
export function bodyPaths(doc: WebhookDocument): BodyPaths | undefined {
  if (cache.has(doc)) return cache.get(doc);
  let result: BodyPaths | undefined;
  if (doc.body) {
    const s = fieldStructure(doc.body);
    if (!s.ok) result = s;
    else {
      const e = enumeratePaths(doc.text, s.pieces);
      result = { ok: true, branching: e.paths.length > 1, pieces: s.pieces, ...e };
    }
  }
  cache.set(doc, result);
  return result;
}

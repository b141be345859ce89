/**
 * Reads an answer's body as a stream with a byte budget, so no answer can fill the memory of the
 * process (fetch inflates gzip, deflate and br answers as they come: a small gzip bomb inflates
 * to gigabytes). The budget holds before decompression (a `Content-Length` over it is not read
 * at all) and after (the inflated stream is cut at the first byte past it). Every wait for a
 * chunk also ends when the signal aborts, so a time limit that expires during decompression is
 * a timeout, never a read that never settles.
 *
 * Caps: `CONNECTED_CONTENT_MAX_BYTES` (1 MB, as Braze, which ignores larger Connected Content
 * answers) and `WEBHOOK_ANSWER_MAX_BYTES` (8 MB: Salesforce answers a Lead call in a few
 * hundred bytes, and the largest answer read through the sender, an org's Lead describe for
 * Fetch Schema from Org, is a few hundred kilobytes to about 2 MB).
 */
import { t } from '../core';

export const CONNECTED_CONTENT_MAX_BYTES = 1024 * 1024;
export const WEBHOOK_ANSWER_MAX_BYTES = 8 * 1024 * 1024;

export type Body = { tooLarge: false; text: string } | { tooLarge: true; /** Why: the Content-Length, or the bytes inflated when reading stopped. */ why: string };

/** The body of `res` as text, or `tooLarge` past `maxBytes`. Rejects with the signal's reason when it aborts first. */
export async function readBody(res: Response, maxBytes: number, signal: AbortSignal): Promise<Body> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void res.body?.cancel().catch(() => undefined);
    return { tooLarge: true, why: t('Content-Length {0}, not read', declared) };
  }
  if (!res.body) return { tooLarge: false, text: '' };
  const reader = res.body.getReader();
  let onAbort = () => {};
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) return { tooLarge: true, why: res.headers.get('content-encoding') ? t('reading stopped at {0} bytes, decompressed', bytes) : t('reading stopped at {0} bytes', bytes) };
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Stops the inflation and the connection; a body read to its end is released the same way.
    void reader.cancel().catch(() => undefined);
  }
  return { tooLarge: false, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}

/** `8 MB` for one of the caps above. */
export function megabytes(bytes: number): string {
  return `${bytes / (1024 * 1024)} MB`;
}

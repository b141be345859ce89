/** A quotation longer than this is cut in the middle of its text: a 1 MB line must not be printed whole. */
const MAX_QUOTATION = 160;
/** And no message is longer than this, whatever it quotes. */
const MAX_MESSAGE = 1000;

/**
 * Characters a terminal or a log viewer would act on rather than show: C0 and C1 controls (ESC
 * starts an escape sequence), DEL, bidirectional overrides (they reorder what is shown), lone
 * surrogates and the non-characters XML refuses.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text from a template (a message quoting it, a file name) made safe to print, in every output
 * format: unprintable characters written as `\xNN` or `\u{NNNN}`, long quotations and long
 * messages cut with "…".
 */
export function printable(text: string): string {
  const quoted = text.replace(/"([^"]*)"/g, (whole, inner: string) => (inner.length > MAX_QUOTATION ? `"${inner.slice(0, MAX_QUOTATION)}…"` : whole));
  const short = quoted.length > MAX_MESSAGE ? `${quoted.slice(0, MAX_MESSAGE)}…` : quoted;
  return short.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

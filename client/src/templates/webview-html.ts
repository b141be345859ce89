/** What every webview page of the extension shares: escaping, and a head with its CSP and nonce'd style. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export interface WebviewPage {
  title: string;
  /** The Content-Security-Policy of the page. */
  csp: string;
  /** The nonce that lets the page's own style (and script, if any) run. */
  nonce: string;
  css: string;
  /** HTML, already escaped where it holds text. */
  body: string;
}

export function webviewPage(page: WebviewPage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${page.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(page.title)}</title>
<style nonce="${page.nonce}">
${page.css.trim()}
</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}

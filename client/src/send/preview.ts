/**
 * "Preview Rendered Request": renders the template for a test user without sending it. As in
 * Braze's own preview, the Connected Content calls (the token request) ARE made, so the
 * Authorization header shows whether a token came; the webhook request itself is not sent. The
 * result view shows the request (secrets masked) and each call. No production confirmation: no
 * record is created or changed.
 */
import type { ExtensionContext } from 'vscode';
import type { ResultModel } from './result-model';
import { runTemplate } from './send-test-request';

export function previewRenderedRequest(context: ExtensionContext, target?: unknown, args?: unknown): Promise<ResultModel | undefined> {
  return runTemplate(context, { preview: true }, target, args);
}

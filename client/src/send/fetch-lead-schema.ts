/**
 * "Fetch Lead Schema from Org": with the credentials of a template (its token call, rendered as
 * in a preview, placeholders from SecretStorage, the instance override applied), GETs
 * `/services/data/vNN.N/sobjects/Lead/describe` from the template's org (the template's API
 * version) and saves it where the language server reads it (`brazeWebhooks.leadDescribePath`,
 * default `.salesforce/Lead.describe.json`). An existing file is replaced only when the user
 * says so. Read-only for the org, so no production confirmation. The file written is masked with
 * the run's secrets (a describe holds none; this makes sure).
 */
import { isAbsolute } from 'node:path';
import { ProgressLocation, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { parseWebhook } from '../../../server/src/syntax';
import { explainSendResult, placeholdersOf, runWebhook, SAMPLE_TEST_USER, secretPartOfHeader, sendWebhook } from '../../../server/src/send';
import { checkDescribeAnswer, describeRequestFor } from './lead-describe';
import { placeholderValues } from './placeholder-values';
import { sendSession } from './session';
import { settingsFor, templateDocument, type SendArgs } from './send-test-request';
import { requireTrust } from './trust';

export interface FetchedSchema {
  /** The file written, as VS Code shows it relative to the workspace. */
  path: string;
  fieldCount: number;
  customFieldCount: number;
  apiVersion: string;
}

const WHAT = 'Fetch Lead Schema from Org';

export async function fetchLeadSchema(context: ExtensionContext, target?: unknown, rawArgs?: unknown): Promise<FetchedSchema | undefined> {
  if (!requireTrust(WHAT)) return undefined;
  const args = (target instanceof Uri ? rawArgs : target) as SendArgs | undefined;
  const document = await templateDocument(target instanceof Uri ? target : undefined, `${WHAT} (uses the template's token call)`);
  if (!document) return undefined;
  const settings = settingsFor(document);
  if (!settings) return undefined;
  const session = sendSession(context);
  const folder = workspace.getWorkspaceFolder(document.uri);
  const targetFile = isAbsolute(settings.leadDescribePath) ? Uri.file(settings.leadDescribePath) : folder ? Uri.joinPath(folder.uri, ...settings.leadDescribePath.split(/[\\/]+/).filter(Boolean)) : undefined;
  if (!targetFile) {
    void window.showErrorMessage(`${WHAT}: open the template in a workspace folder; ${settings.leadDescribePath} is relative to it.`);
    return undefined;
  }
  const shown = workspace.asRelativePath(targetFile);
  if (await exists(targetFile)) {
    const replace = await window.showWarningMessage(`${shown} exists. Replace it with the org's Lead describe?`, { modal: true }, 'Replace');
    if (replace !== 'Replace') return undefined;
  }

  const doc = parseWebhook(document.getText());
  const given = args && typeof args === 'object' && args.placeholders && typeof args.placeholders === 'object' ? args.placeholders : undefined;
  const placeholders = await placeholderValues(context, folder?.uri.toString(), placeholdersOf(doc), { given, instanceUrlOverride: settings.instanceUrlOverride });
  if (!placeholders) return undefined;

  return window.withProgress({ location: ProgressLocation.Notification, title: `Fetching the Lead describe (${shown})`, cancellable: true }, async (_progress, token) => {
    const controller = new AbortController();
    const sub = token.onCancellationRequested(() => controller.abort());
    try {
      // Rendered as in a preview (the token call made, the webhook not sent), for any user.
      const run = await runWebhook(doc, { user: SAMPLE_TEST_USER, placeholders, cache: session.cache, signal: controller.signal, instanceUrlOverride: settings.instanceUrlOverride }, { dryRun: true, signal: controller.signal });
      const secrets = run.secrets;
      if (!run.rendered.ok) return fail(`the template does not render: ${run.rendered.message}`, secrets);
      const request = describeRequestFor(run.rendered);
      if ('problem' in request) {
        for (const x of run.callExplanations) if (!x.ok) session.log.warn(`  ${x.summary}${x.fixes.length ? ` Fix: ${x.fixes.join(' ')}` : ''}`, secrets);
        return fail(request.problem, secrets);
      }
      secrets.add(secretPartOfHeader(request.authorization));
      const result = await sendWebhook(
        { ok: true, method: 'GET', url: request.url, renderedUrl: request.url, headers: [{ name: 'Authorization', value: request.authorization }, { name: 'Accept', value: 'application/json' }], calls: [], secrets: [], notes: [] },
        { timeoutMs: settings.timeoutMs, signal: controller.signal },
      );
      if (result.kind === 'answer' && result.status === 401) {
        session.cache.dropOnUnauthorized(result.request.url);
        for (const c of run.rendered.calls) session.cache.dropOnUnauthorized(c.url);
      }
      if (result.kind !== 'answer' || result.status !== 200) {
        const x = explainSendResult(result);
        for (const d of [...x.details, ...x.fixes.map((f) => `Fix: ${f}`)]) session.log.warn(`  ${d}`, secrets);
        return fail(`GET ${request.url}: ${x.summary}`, secrets);
      }
      const checked = checkDescribeAnswer(result.bodyText);
      if (!checked.ok) return fail(`GET ${request.url}: ${checked.problem}`, secrets);
      const parent = Uri.joinPath(targetFile, '..');
      await workspace.fs.createDirectory(parent);
      await workspace.fs.writeFile(targetFile, new TextEncoder().encode(secrets.mask(checked.text)));
      session.log.info(`Fetched the Lead describe (v${request.version}, ${checked.fieldCount} fields, ${checked.customFieldCount} custom) from ${new URL(request.url).origin} into ${shown}`, secrets);
      void window.showInformationMessage(`Saved the org's Lead describe to ${shown}: ${checked.fieldCount} fields (${checked.customFieldCount} custom) for completions and checks.`, 'Open').then((a) => (a ? window.showTextDocument(targetFile) : undefined));
      return { path: shown, fieldCount: checked.fieldCount, customFieldCount: checked.customFieldCount, apiVersion: request.version };
    } finally {
      sub.dispose();
    }
  });

  function fail(message: string, secrets: Parameters<typeof session.log.error>[1]): undefined {
    session.log.error(`${WHAT}: ${message}`, secrets);
    void window.showErrorMessage(`${WHAT}: ${message}`, 'Show Log').then((a) => (a ? session.log.show() : undefined));
    return undefined;
  }
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

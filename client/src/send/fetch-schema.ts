/**
 * "Fetch Schema from Org": with the credentials of a template (its token call, rendered as in a
 * preview, placeholders from SecretStorage, the instance override applied), lists the objects of
 * the template's org (`GET /services/data/vNN.N/sobjects`, the template's API version), asks which
 * one, GETs its describe, checks it and saves it where the language server reads describes:
 * `brazeWebhooks.leadDescribePath` (default `.salesforce/Lead.describe.json`) for the Lead,
 * `.salesforce/<Object>.describe.json` for any other object. An existing file is replaced only
 * when the user says so. Read-only for the org, so no production confirmation. The file written
 * is masked with the run's secrets (a describe holds none; this makes sure).
 *
 * `brazeWebhooks.fetchLeadSchema`, the command's old name, still fetches the Lead's without asking.
 */
import { isAbsolute } from 'node:path';
import { l10n, ProgressLocation, Uri, window, workspace, type ExtensionContext, type QuickPickItem } from 'vscode';
import { parseWebhook } from '../../../server/src/syntax';
import { secretPartOfHeader, type SecretSet } from '../../../server/src/core';
import { explainSendResult, placeholdersOf, runWebhook, SAMPLE_TEST_USER, sendWebhook } from '../../../server/src/send';
import { folderOf } from './folder';
import { placeholderValues } from './placeholder-values';
import { sendSession, type SendSession } from './session';
import { settingsFor, templateDocument, type SendArgs } from './send-test-request';
import { checkDescribeAnswer, describeFile, describeUrl, orgApiFor, readSObjectList, sobjectsUrl, type OrgApi } from './sobject-describe';
import { requireTrust } from './trust';

export interface FetchedSchema {
  object: string;
  /** The file written, as VS Code shows it relative to the workspace. */
  path: string;
  fieldCount: number;
  customFieldCount: number;
  apiVersion: string;
}

const what = () => l10n.t('Fetch Schema from Org');

/** The command; `object` given (the old Lead command) skips the object list. */
export async function fetchSchema(context: ExtensionContext, target?: unknown, rawArgs?: unknown, only?: string): Promise<FetchedSchema | undefined> {
  if (!requireTrust(what())) return undefined;
  const args = (target instanceof Uri ? rawArgs : target) as SendArgs | undefined;
  const document = await templateDocument(target instanceof Uri ? target : undefined, l10n.t("{0} (uses the template's token call)", what()));
  if (!document) return undefined;
  const settings = settingsFor(document);
  if (!settings) return undefined;
  const session = sendSession(context);
  const folder = folderOf(document.uri);
  const doc = parseWebhook(document.getText());
  const given = args && typeof args === 'object' && args.placeholders && typeof args.placeholders === 'object' ? args.placeholders : undefined;
  const filled = await placeholderValues(context, folder?.uri.toString(), placeholdersOf(doc), { given, instanceUrlOverride: settings.instanceUrlOverride });
  if (!filled) return undefined;

  const fail = (message: string, secrets?: SecretSet): undefined => {
    session.log.error(`${what()}: ${message}`, secrets);
    void window.showErrorMessage(`${what()}: ${message}`, l10n.t('Show Log')).then((a) => (a ? session.log.show() : undefined));
    return undefined;
  };
  const progress = <T>(title: string, task: (signal: AbortSignal) => Promise<T>) =>
    window.withProgress({ location: ProgressLocation.Notification, title, cancellable: true }, async (_p, token) => {
      const controller = new AbortController();
      const sub = token.onCancellationRequested(() => controller.abort());
      try {
        return await task(controller.signal);
      } finally {
        sub.dispose();
      }
    });

  // Rendered as in a preview (the token call made, the webhook not sent), for any user.
  const { secrets, ...reached } = await progress(l10n.t('Fetching a token with the template'), async (signal): Promise<Org | { problem: string; secrets: SecretSet }> => {
    const run = await runWebhook(doc, { user: SAMPLE_TEST_USER, placeholders: filled.values, cache: session.cache, signal, instanceUrlOverride: settings.instanceUrlOverride }, { dryRun: true, signal });
    if (!run.rendered.ok) return { problem: l10n.t('the template does not render: {0}', run.rendered.message), secrets: run.secrets };
    const api = orgApiFor(run.rendered);
    if ('problem' in api) {
      for (const x of run.callExplanations) if (!x.ok) session.log.warn(`  ${x.summary}${x.fixes.length ? ` Fix: ${x.fixes.join(' ')}` : ''}`, run.secrets);
      return { problem: api.problem, secrets: run.secrets };
    }
    run.secrets.add(secretPartOfHeader(api.authorization));
    return { ...api, secrets: run.secrets, callUrls: run.rendered.calls.map((c) => c.url) };
  });
  if ('problem' in reached) return fail(reached.problem, secrets);
  const org: Org = { ...reached, secrets };

  const listAndPick = async (): Promise<string | undefined> => {
    const listed = await progress(l10n.t("Listing the org's objects"), (signal) => get(session, org, sobjectsUrl(org), settings.timeoutMs, signal));
    if ('problem' in listed) return fail(listed.problem, secrets);
    const list = readSObjectList(listed.text);
    if (!list.ok) return fail(`GET ${sobjectsUrl(org)}: ${list.problem}`, secrets);
    return pickObject(list.objects);
  };
  const name = only ?? (await listAndPick());
  if (!name) return undefined;

  const relative = name.toLowerCase() === 'lead' ? settings.leadDescribePath : describeFile(name);
  const targetFile = isAbsolute(relative) ? Uri.file(relative) : folder ? Uri.joinPath(folder.uri, ...relative.split(/[\\/]+/).filter(Boolean)) : undefined;
  if (!targetFile) return fail(l10n.t('open the template in a workspace folder; {0} is relative to it.', relative));
  const shown = workspace.asRelativePath(targetFile);
  if (await exists(targetFile)) {
    const REPLACE = l10n.t('Replace');
    const replace = await window.showWarningMessage(l10n.t("{0} exists. Replace it with the org's {1} describe?", shown, name), { modal: true }, REPLACE);
    if (replace !== REPLACE) return undefined;
  }

  const url = describeUrl(org, name);
  const answer = await progress(l10n.t('Fetching the {0} describe ({1})', name, shown), (signal) => get(session, org, url, settings.timeoutMs, signal));
  if ('problem' in answer) return fail(answer.problem, secrets);
  const checked = checkDescribeAnswer(answer.text, name);
  if (!checked.ok) return fail(`GET ${url}: ${checked.problem}`, secrets);
  await workspace.fs.createDirectory(Uri.joinPath(targetFile, '..'));
  await workspace.fs.writeFile(targetFile, new TextEncoder().encode(secrets.mask(checked.text)));
  session.log.info(`Fetched the ${name} describe (v${org.version}, ${checked.fieldCount} fields, ${checked.customFieldCount} custom) from ${new URL(url).origin} into ${shown}`, secrets);
  void window.showInformationMessage(l10n.t("Saved the org's {0} describe to {1}: {2} fields ({3} custom).", name, shown, checked.fieldCount, checked.customFieldCount), l10n.t('Open')).then((a) => (a ? window.showTextDocument(targetFile) : undefined));
  return { object: name, path: shown, fieldCount: checked.fieldCount, customFieldCount: checked.customFieldCount, apiVersion: org.version };
}

/** A GET with the template's token; the answer's text on a 200, else why not (explained, in the log). */
/** The org as the template's token call reached it. */
type Org = OrgApi & { secrets: SecretSet; callUrls: string[] };

async function get(session: SendSession, org: Org, url: string, timeoutMs: number, signal: AbortSignal): Promise<{ text: string } | { problem: string }> {
  const result = await sendWebhook(
    { ok: true, method: 'GET', url, renderedUrl: url, headers: [{ name: 'Authorization', value: org.authorization }, { name: 'Accept', value: 'application/json' }], calls: [], secrets: [], notes: [] },
    { timeoutMs, signal },
  );
  // A refused token is not kept for the next call.
  if (result.kind === 'answer' && result.status === 401) for (const u of [url, ...org.callUrls]) session.cache.dropOnUnauthorized(u);
  if (result.kind === 'answer' && result.status === 200) return { text: result.bodyText };
  const x = explainSendResult(result);
  for (const d of [...x.details, ...x.fixes.map((f) => `Fix: ${f}`)]) session.log.warn(`  ${d}`, org.secrets);
  return { problem: `GET ${url}: ${x.summary}` };
}

interface ObjectItem extends QuickPickItem {
  name: string;
}

async function pickObject(objects: readonly { name: string; label?: string; custom: boolean }[]): Promise<string | undefined> {
  const items: ObjectItem[] = objects.map((o) => ({ label: o.name, description: [o.label, o.custom ? l10n.t('custom object') : undefined].filter(Boolean).join(' · '), name: o.name }));
  const picked = await window.showQuickPick(items, { title: what(), placeHolder: l10n.t("Which object's describe? ({0} in the org)", objects.length), matchOnDescription: true, ignoreFocusOut: true });
  return picked?.name;
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

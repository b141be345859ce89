/**
 * "Send Test Request" (and, with `preview: true`, "Preview Rendered Request"): renders the
 * template for a test user with the placeholders filled from SecretStorage, asks before a
 * production org, sends it under a cancellable progress notification with the configured time
 * limit (redirects are shown, never followed), then shows the result beside the editor, records it
 * in the log, and returns the result model (masked) so tests and callers can read it.
 *
 * Nothing is sent from an untrusted workspace.
 */
import { ProgressLocation, Uri, commands, window, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import { parseWebhook } from '../../../server/src/syntax';
import { maskText, placeholdersOf, runWebhook, SecretSet, type WebhookRun } from '../../../server/src/send';
import { LANGUAGE_ID } from '../commands/ids';
import { placeholderValues } from './placeholder-values';
import { confirmDestinations } from './production-guard';
import { buildResultModel, type ResultModel } from './result-model';
import { sendSession, type SendSession } from './session';
import { readSendSettings, type SendSettings } from './settings';
import { pickTestUser, userFromArgs, type PickedUser } from './test-user-picker';
import { requireTrust } from './trust';

/** What a caller (a test, the CodeLens) may pass besides the template's URI. */
export interface SendArgs {
  /** A test user object (Braze export shape) instead of the quick pick. */
  user?: unknown;
  /** A test user file (relative to the test users folder, or absolute) instead of the quick pick. */
  userFile?: string;
  /** With `userFile`: the user's external_id or braze_id. */
  userId?: string;
  /** Placeholder values for this run only (not stored), keyed `insert_client_secret` or `[insert_client_secret]`. */
  placeholders?: Record<string, string>;
}

/** The template a command acts on: the URI it was given (CodeLens, editor title), else the active editor's. */
export async function templateDocument(target: unknown, what: string): Promise<TextDocument | undefined> {
  let document: TextDocument | undefined;
  if (target instanceof Uri) document = await workspace.openTextDocument(target);
  else document = window.activeTextEditor?.document;
  if (!document || (document.languageId !== LANGUAGE_ID && !document.uri.path.endsWith('.webhook'))) {
    void window.showInformationMessage(`${what}: open a Braze webhook template (.webhook) first.`);
    return undefined;
  }
  return document;
}

/** The settings for a document's folder; shows the problems and gives undefined when they stop the command. */
export function settingsFor(document: TextDocument): SendSettings | undefined {
  const config = workspace.getConfiguration('brazeWebhooks', document.uri);
  const settings = readSendSettings((key) => config.get(key));
  if (settings.problems.length) {
    void window.showErrorMessage(settings.problems.join(' '), 'Open Settings').then((a) => (a ? commands.executeCommand('workbench.action.openSettings', 'brazeWebhooks') : undefined));
    return undefined;
  }
  return settings;
}

function readArgs(value: unknown): SendArgs {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const v = value as Record<string, unknown>;
  const placeholders: Record<string, string> = {};
  if (v.placeholders && typeof v.placeholders === 'object') for (const [k, x] of Object.entries(v.placeholders)) if (typeof x === 'string') placeholders[k] = x;
  return {
    user: v.user,
    userFile: typeof v.userFile === 'string' ? v.userFile : undefined,
    userId: typeof v.userId === 'string' ? v.userId : undefined,
    placeholders,
  };
}

export async function sendTestRequest(context: ExtensionContext, target?: unknown, args?: unknown): Promise<ResultModel | undefined> {
  return runTemplate(context, { preview: false }, target, args);
}

export async function runTemplate(context: ExtensionContext, mode: { preview: boolean }, target?: unknown, rawArgs?: unknown): Promise<ResultModel | undefined> {
  const what = mode.preview ? 'Preview Rendered Request' : 'Send Test Request';
  if (!requireTrust(what)) return undefined;
  // Called with (args) alone from another extension or a test: the active editor's template.
  const args = readArgs(target instanceof Uri ? rawArgs : target);
  const document = await templateDocument(target, what);
  if (!document) return undefined;
  const settings = settingsFor(document);
  if (!settings) return undefined;
  const session = sendSession(context);
  const doc = parseWebhook(document.getText());
  if (!doc.requestLine?.url) {
    void window.showErrorMessage(`${what}: the template has no request line ("POST https://...").`);
    return undefined;
  }
  const folder = workspace.getWorkspaceFolder(document.uri);

  const fromArgs = await userFromArgs(folder, settings.testUsersFolder, args);
  if (fromArgs && 'error' in fromArgs) {
    void window.showErrorMessage(`${what}: ${fromArgs.error}`);
    return undefined;
  }
  const picked: PickedUser | undefined = fromArgs ?? (await pickTestUser(context, folder, settings.testUsersFolder, session.log));
  if (!picked) return undefined;

  const placeholders = await placeholderValues(context, folder?.uri.toString(), placeholdersOf(doc), { given: args.placeholders, instanceUrlOverride: settings.instanceUrlOverride });
  if (!placeholders) return undefined;
  if (!mode.preview && !(await confirmDestinations(doc, placeholders, settings))) return undefined;

  const file = workspace.asRelativePath(document.uri);
  const startedAt = new Date();
  const secrets = new SecretSet(Object.values(placeholders));
  let run: WebhookRun;
  try {
    run = await window.withProgress(
      { location: ProgressLocation.Notification, title: `${mode.preview ? 'Rendering' : 'Sending'} ${file} as ${picked.label}`, cancellable: true },
      async (_progress, token) => {
        const controller = new AbortController();
        const sub = token.onCancellationRequested(() => controller.abort());
        try {
          return await runWebhook(
            doc,
            { user: picked.user, placeholders, cache: session.cache, signal: controller.signal, instanceUrlOverride: settings.instanceUrlOverride },
            { timeoutMs: settings.timeoutMs, signal: controller.signal, dryRun: mode.preview },
          );
        } finally {
          sub.dispose();
        }
      },
    );
  } catch (e) {
    // Mask with every placeholder value, secret or not: an error text may quote any of them.
    const message = maskText(e instanceof Error ? e.message : String(e), secrets);
    session.log.error(`${what} ${file}: ${message}`, secrets);
    void window.showErrorMessage(`${what} failed: ${message}`);
    return undefined;
  }

  const model = buildResultModel(run, { file, user: picked.label, userSource: picked.source, dryRun: mode.preview, startedAt, instanceUrlOverride: settings.instanceUrlOverride });
  session.log.result(model, run.secrets);
  session.view.show(model);
  notify(session, model);
  return model;
}

function notify(session: SendSession, model: ResultModel): void {
  // The title holds the new Lead's id on a 201 ("201 Created: Lead created: 00Q...").
  const text = model.title;
  if (model.ok) {
    void window.showInformationMessage(text);
    return;
  }
  if (model.outcome === 'cancelled') return;
  void window.showWarningMessage(text, 'Show Log').then((a) => (a ? session.log.show() : undefined));
}

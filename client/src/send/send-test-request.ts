/**
 * "Send Test Request" (and, with `preview: true`, "Preview Rendered Request"): renders the
 * template for its test user (test-user-picker.ts) with the placeholders filled from
 * SecretStorage, asks before a production org, sends it under a cancellable progress notification
 * with the configured time limit (redirects are shown, never followed), then shows the result
 * beside the editor, records it in the log and the history, and returns the result model (masked)
 * so tests and callers can read it. A history entry is sent again the same way, for the same user.
 *
 * Nothing is sent from an untrusted workspace.
 */
import { l10n, ProgressLocation, Uri, commands, window, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import { parseWebhook, type WebhookDocument } from '../../../server/src/syntax';
import { maskText, SecretSet } from '../../../server/src/core';
import { placeholdersOf, runWebhook, type WebhookRun } from '../../../server/src/send';
import { COMMANDS, LANGUAGE_ID } from '../commands/ids';
import { historyEntry, type HistoryEntry } from '../history/entry';
import { fieldPlaceholders } from './credential-hint';
import { folderOf } from './folder';
import { destinationsLogLine } from './log-lines';
import { placeholderValues } from './placeholder-values';
import { confirmDestinations } from './production-guard';
import { destinationsOf } from './production-hosts';
import { buildResultModel, type ResultModel } from './result-model';
import { sendSession, type SendSession } from './session';
import { readSendSettings, type SendSettings } from './settings';
import { testUserFor, userFromArgs, type PickedUser } from './test-user-picker';
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
    void window.showInformationMessage(l10n.t('{0}: open a Braze webhook template (.webhook) first.', what));
    return undefined;
  }
  return document;
}

/** The settings for a document's folder; shows the problems and gives undefined when they stop the command. */
export function settingsFor(document: TextDocument): SendSettings | undefined {
  const config = workspace.getConfiguration('brazeWebhooks', document.uri);
  const settings = readSendSettings((key) => config.get(key));
  if (settings.problems.length) {
    void window.showErrorMessage(settings.problems.join(' '), l10n.t('Open Settings')).then((a) => (a ? commands.executeCommand('workbench.action.openSettings', 'brazeWebhooks') : undefined));
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

interface Mode {
  preview: boolean;
}

const what = (mode: Mode) => (mode.preview ? l10n.t('Preview Rendered Request') : l10n.t('Send Test Request'));

export async function runTemplate(context: ExtensionContext, mode: Mode, target?: unknown, rawArgs?: unknown): Promise<ResultModel | undefined> {
  if (!requireTrust(what(mode))) return undefined;
  // Called with (args) alone from another extension or a test: the active editor's template.
  const args = readArgs(target instanceof Uri ? rawArgs : target);
  const document = await templateDocument(target, what(mode));
  if (!document) return undefined;
  const settings = settingsFor(document);
  const doc = settings && parsedTemplate(document, mode);
  if (!settings || !doc) return undefined;
  const folder = folderOf(document.uri);
  const fromArgs = await userFromArgs(folder, settings.testUsersFolder, args);
  if (fromArgs && 'error' in fromArgs) {
    void window.showErrorMessage(`${what(mode)}: ${fromArgs.error}`);
    return undefined;
  }
  const picked = fromArgs ?? (await testUserFor(context, document.uri, { folder, configuredFolder: settings.testUsersFolder, log: sendSession(context).log }));
  if (!picked) return undefined;
  return runFor(context, mode, document, doc, settings, picked, args.placeholders);
}

/** Sends (or previews) a history entry again: the template as it is now, for the same test user, with the stored placeholder values. */
export async function resendEntry(context: ExtensionContext, entry: HistoryEntry): Promise<ResultModel | undefined> {
  const mode = { preview: entry.model.kind === 'preview' };
  if (!requireTrust(what(mode))) return undefined;
  let document: TextDocument;
  try {
    document = await workspace.openTextDocument(Uri.parse(entry.template));
  } catch {
    void window.showErrorMessage(l10n.t('{0}: {1} cannot be opened any more.', what(mode), entry.model.file));
    return undefined;
  }
  const settings = settingsFor(document);
  const doc = settings && parsedTemplate(document, mode);
  if (!settings || !doc) return undefined;
  return runFor(context, mode, document, doc, settings, { user: entry.user, label: entry.model.user, source: entry.model.userSource ?? l10n.t('history') });
}

/** The template's tree; undefined (and said) when it has no request line to send. */
function parsedTemplate(document: TextDocument, mode: Mode): WebhookDocument | undefined {
  const doc = parseWebhook(document.getText());
  if (doc.requestLine?.url) return doc;
  void window.showErrorMessage(l10n.t('{0}: the template has no request line ("POST https://...").', what(mode)));
  return undefined;
}

async function runFor(context: ExtensionContext, mode: Mode, document: TextDocument, doc: WebhookDocument, settings: SendSettings, picked: PickedUser, given?: Record<string, string>): Promise<ResultModel | undefined> {
  const session = sendSession(context);
  const folder = folderOf(document.uri);
  const filled = await placeholderValues(context, folder?.uri.toString(), placeholdersOf(doc), { given, instanceUrlOverride: settings.instanceUrlOverride });
  if (!filled) return undefined;
  const placeholders = filled.values;
  const file = workspace.asRelativePath(document.uri);
  const secrets = new SecretSet(Object.values(placeholders));
  // Every host the render would call, in the log before anything is called.
  const destinations = destinationsOf(doc, placeholders, settings.instanceUrlOverride);
  session.log.line(destinationsLogLine(file, destinations), secrets);
  if (!mode.preview && !(await confirmDestinations(destinations, settings))) return undefined;

  const startedAt = new Date();
  let run: WebhookRun;
  try {
    run = await window.withProgress(
      { location: ProgressLocation.Notification, title: mode.preview ? l10n.t('Rendering {0} as {1}', file, picked.label) : l10n.t('Sending {0} as {1}', file, picked.label), cancellable: true },
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
    session.log.error(`${what(mode)} ${file}: ${message}`, secrets);
    void window.showErrorMessage(l10n.t('{0} failed: {1}', what(mode), message));
    return undefined;
  }

  const model = buildResultModel(run, {
    file,
    user: picked.label,
    userSource: picked.source,
    dryRun: mode.preview,
    startedAt,
    instanceUrlOverride: settings.instanceUrlOverride,
    fieldPlaceholders: fieldPlaceholders(doc),
    storedPlaceholders: filled.stored,
  });
  session.log.result(model, run.secrets);
  await session.history.add(historyEntry(model, document.uri.toString(), picked.user, run.secrets));
  session.view.show(model);
  notify(session, model);
  return model;
}

function notify(session: SendSession, model: ResultModel): void {
  // The title holds the new Lead's id on a 201 ("201 Created: Lead created: 00Q...").
  const text = model.title;
  if (model.credential?.placeholder) {
    const reenter = l10n.t('Re-enter {0}', model.credential.placeholder);
    void window.showWarningMessage(text, reenter, l10n.t('Show Log')).then((a) => (a === reenter ? commands.executeCommand(COMMANDS.reenterPlaceholder, { id: model.id }) : a ? session.log.show() : undefined));
    return;
  }
  if (model.ok) {
    void window.showInformationMessage(text);
    return;
  }
  if (model.outcome === 'cancelled') return;
  void window.showWarningMessage(text, l10n.t('Show Log')).then((a) => (a ? session.log.show() : undefined));
}

/**
 * The history's commands, on a tree row or a result view's link (`{ id }` either way): open its
 * result view, send it again, compare two (VS Code's diff editor over read-only virtual
 * documents of the rendered request and the answer), copy the request as curl, save the answer
 * (only where the save dialog says, which asks before replacing a file), clear the history.
 * Everything shown or written comes from the masked result model.
 */
import { commands, env, l10n, Uri, window, workspace, type ExtensionContext, type TextDocumentContentProvider } from 'vscode';
import { COMMANDS } from '../commands/ids';
import { folderOf } from '../send/folder';
import type { ResultModel } from '../send/result-model';
import { resendEntry } from '../send/send-test-request';
import { sendSession } from '../send/session';
import type { HistoryEntry } from './entry';
import { entryId, type SendHistory } from './history';
import { answerFileName, curlCommand, entryText, treeRow } from './text';
import { registerHistoryTree } from './tree';

/** The scheme of the documents the diff editor compares: `braze-webhook-history:/<id>/<name>`. */
export const HISTORY_SCHEME = 'braze-webhook-history';

export function registerHistory(context: ExtensionContext): void {
  const history = sendSession(context).history;
  context.subscriptions.push(
    registerHistoryTree(history),
    workspace.registerTextDocumentContentProvider(HISTORY_SCHEME, new HistoryDocuments(history)),
    commands.registerCommand(COMMANDS.historyOpen, async (arg?: unknown) =>
      withEntry(history, arg, (e) => {
        sendSession(context).view.show(e.model);
        return e.model;
      }),
    ),
    commands.registerCommand(COMMANDS.historyResend, async (arg?: unknown) => withEntry(history, arg, (e) => resendEntry(context, e))),
    commands.registerCommand(COMMANDS.historyCompare, (arg?: unknown, selected?: unknown) => compare(history, arg, selected)),
    commands.registerCommand(COMMANDS.historyCopyAsCurl, async (arg?: unknown) => withEntry(history, arg, copyAsCurl)),
    commands.registerCommand(COMMANDS.historySaveAnswer, async (arg?: unknown) => withEntry(history, arg, saveAnswer)),
    commands.registerCommand(COMMANDS.historyClear, () => clear(history)),
  );
}

async function withEntry<T>(history: SendHistory, arg: unknown, run: (e: HistoryEntry) => T | Promise<T>): Promise<T | undefined> {
  const id = entryId(arg);
  const entry = id === undefined ? await pickEntry(history, l10n.t('Which send?')) : await history.get(id);
  if (!entry) {
    if (id !== undefined) void window.showInformationMessage(l10n.t('That send is no longer in the history.'));
    return undefined;
  }
  return run(entry);
}

async function pickEntry(history: SendHistory, title: string, not?: string): Promise<HistoryEntry | undefined> {
  const entries = (await history.list()).filter((e) => e.id !== not);
  if (entries.length === 0) {
    void window.showInformationMessage(l10n.t('The send history is empty: Send Test Request or Preview Rendered Request adds to it.'));
    return undefined;
  }
  const picked = await window.showQuickPick(
    entries.map((e) => ({ ...treeRow(e.model), entry: e })),
    { title, matchOnDescription: true },
  );
  return picked?.entry;
}

/** Two selected rows, or the row and one picked; the older on the left. */
async function compare(history: SendHistory, arg: unknown, selected: unknown): Promise<void> {
  const ids = (Array.isArray(selected) ? selected : [arg]).map(entryId).filter((id): id is string => id !== undefined);
  const entries: HistoryEntry[] = [];
  for (const id of [...new Set(ids)].slice(0, 2)) {
    const e = await history.get(id);
    if (e) entries.push(e);
  }
  while (entries.length < 2) {
    const e = await pickEntry(history, entries.length ? l10n.t('Compare {0} with...', treeRow(entries[0].model).label) : l10n.t('Compare which send?'), entries[0]?.id);
    if (!e) return;
    entries.push(e);
  }
  const [left, right] = entries.sort((a, b) => a.model.startedAt.localeCompare(b.model.startedAt));
  await commands.executeCommand('vscode.diff', documentUri(left), documentUri(right), `${treeRow(left.model).label} ↔ ${treeRow(right.model).label}`);
}

function documentUri(e: HistoryEntry): Uri {
  const name = (e.model.file.split('/').pop() ?? 'send').replace(/\.webhook$/i, '');
  return Uri.from({ scheme: HISTORY_SCHEME, path: `/${e.id}/${name}.http` });
}

/** A kept entry never changes, so its document never does. */
class HistoryDocuments implements TextDocumentContentProvider {
  constructor(private readonly history: SendHistory) {}

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const entry = await this.history.get(uri.path.split('/')[1] ?? '');
    return entry ? entryText(entry.model) : `# ${l10n.t('This send is no longer in the history.')}\n`;
  }
}

async function copyAsCurl(e: HistoryEntry): Promise<string | undefined> {
  const curl = curlCommand(e.model);
  if (!curl) {
    void window.showInformationMessage(l10n.t('{0} was not rendered: there is no request to copy.', e.model.file));
    return undefined;
  }
  await env.clipboard.writeText(curl);
  window.setStatusBarMessage(l10n.t('Copied the request as curl (secrets masked)'), 3000);
  return curl;
}

/** Writes the answer's body where the save dialog says; resolves with the file, or undefined. */
async function saveAnswer(e: HistoryEntry): Promise<Uri | undefined> {
  const m: ResultModel = e.model;
  if (!m.response) {
    void window.showInformationMessage(m.kind === 'preview' ? l10n.t('A preview has no answer: nothing was sent.') : l10n.t('This send has no answer ({0}).', m.title));
    return undefined;
  }
  const folder = folderOf(Uri.parse(e.template));
  const name = answerFileName(m);
  const target = await window.showSaveDialog({
    title: l10n.t('Save the answer'),
    saveLabel: l10n.t('Save Answer'),
    defaultUri: folder ? Uri.joinPath(folder.uri, name) : undefined,
    filters: m.response.json ? { JSON: ['json'], [l10n.t('All files')]: ['*'] } : { [l10n.t('Text')]: ['txt'], [l10n.t('All files')]: ['*'] },
  });
  if (!target) return undefined;
  await workspace.fs.writeFile(target, new TextEncoder().encode(m.response.body.endsWith('\n') ? m.response.body : `${m.response.body}\n`));
  window.setStatusBarMessage(l10n.t('Saved the answer to {0}', workspace.asRelativePath(target)), 3000);
  return target;
}

async function clear(history: SendHistory): Promise<number> {
  const CLEAR = l10n.t('Clear');
  const answer = await window.showWarningMessage(l10n.t('Clear the send history of this workspace?'), { modal: true, detail: l10n.t('Every kept send and preview is removed.') }, CLEAR);
  if (answer !== CLEAR) return 0;
  return history.clear();
}

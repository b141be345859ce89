/**
 * The send history of a workspace: the store (store.ts) in the extension's workspace storage
 * (`ExtensionContext.storageUri`, the global storage without a workspace), read and written with
 * `workspace.fs`, and this session's entries in memory, so the result view's links and the tree
 * keep working for them when the file cannot be used. A problem with the file is said once, and
 * never stops a send.
 */
import { EventEmitter, l10n, Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { HistoryEntry } from './entry';
import { DEFAULT_LIMITS, HistoryStore, type StoreFs, type StoreProblem } from './store';

const MAX_ENTRIES_SETTING = 'history.maxEntries';
/** This session's entries kept in memory, for when the file cannot be used. */
const RECENT_MAX = 50;

export class SendHistory {
  private readonly store: HistoryStore;
  private readonly recent = new Map<string, HistoryEntry>();
  private readonly changed = new EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private toldNotWritten = false;

  constructor(context: ExtensionContext) {
    const dir = context.storageUri ?? context.globalStorageUri;
    this.store = new HistoryStore(uriStoreFs(dir), { limits: { maxEntries: maxEntries() }, onProblem: (p) => this.tell(dir, p) });
    context.subscriptions.push(
      this.changed,
      workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`brazeWebhooks.${MAX_ENTRIES_SETTING}`)) this.store.setLimits({ maxEntries: maxEntries() });
      }),
    );
  }

  async add(entry: HistoryEntry): Promise<void> {
    this.recent.set(entry.id, entry);
    // A Map iterates in insertion order: the first key is the oldest.
    if (this.recent.size > RECENT_MAX) this.recent.delete(this.recent.keys().next().value!);
    await this.store.add(entry);
    this.changed.fire();
  }

  async get(id: string): Promise<HistoryEntry | undefined> {
    return this.recent.get(id) ?? (await this.store.get(id));
  }

  /** Newest first: the kept entries, and this session's that could not be kept. */
  async list(): Promise<HistoryEntry[]> {
    const kept = await this.store.list();
    const ids = new Set(kept.map((e) => e.id));
    const unkept = [...this.recent.values()].filter((e) => !ids.has(e.id));
    return [...kept, ...unkept].sort((a, b) => b.model.startedAt.localeCompare(a.model.startedAt));
  }

  /** Empties the history; resolves with the number of entries it listed. */
  async clear(): Promise<number> {
    const listed = (await this.list()).length;
    await this.store.clear();
    this.recent.clear();
    this.changed.fire();
    return listed;
  }

  private tell(dir: Uri, p: StoreProblem): void {
    switch (p.kind) {
      case 'set-aside':
        void window.showWarningMessage(l10n.t('The send history could not be read: {0}. It was set aside as {1}, and a new history starts.', p.reason, Uri.joinPath(dir, p.setAsideAs).fsPath));
        return;
      case 'unusable':
        void window.showWarningMessage(l10n.t("The send history cannot be used: {0}. Sending works as before; this session's sends are listed but not kept.", p.reason));
        return;
      case 'not-written':
        if (this.toldNotWritten) return;
        this.toldNotWritten = true;
        void window.showWarningMessage(l10n.t('The send history could not be saved: {0}. Sending works as before.', p.reason));
    }
  }
}

/** The id of a history command's argument: a tree element or `{ id }` (the result view's links). */
export function entryId(arg: unknown): string | undefined {
  return arg !== null && typeof arg === 'object' && typeof (arg as { id?: unknown }).id === 'string' ? (arg as { id: string }).id : undefined;
}

function maxEntries(): number {
  const n = workspace.getConfiguration('brazeWebhooks').get<unknown>(MAX_ENTRIES_SETTING);
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : DEFAULT_LIMITS.maxEntries;
}

/** The history folder through `workspace.fs` (the storage may be on a remote machine). */
function uriStoreFs(dir: Uri): StoreFs {
  const at = (name: string) => Uri.joinPath(dir, name);
  return {
    async readFile(name) {
      try {
        return new TextDecoder().decode(await workspace.fs.readFile(at(name)));
      } catch (e) {
        // A FileSystemError's code is `FileNotFound`; the store knows Node's name for it.
        throw (e as { code?: unknown }).code === 'FileNotFound' ? Object.assign(new Error((e as Error).message), { code: 'ENOENT' }) : e;
      }
    },
    writeFile: async (name, text) => workspace.fs.writeFile(at(name), new TextEncoder().encode(text)),
    rename: async (from, to) => workspace.fs.rename(at(from), at(to), { overwrite: true }),
    mkdir: async () => workspace.fs.createDirectory(dir),
  };
}

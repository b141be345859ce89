/**
 * The send history on disk: one JSON file (`send-history.json`) in the workspace's extension
 * storage, newest entry first, at most `maxEntries` entries and `maxBytes` bytes (the oldest are
 * dropped first). Every change reads the file again first, so two windows on one workspace add
 * to the same history instead of overwriting each other's.
 *
 * A file that cannot be read, is not JSON or does not hold a history is never deleted and never
 * written over: it is renamed `send-history.corrupt-<time>.json` beside it and a new history
 * starts; when it cannot even be renamed, the history is off for the session. Either way the
 * problem goes to `onProblem`, and no method rejects: a history that fails never stops a send.
 * Node's fs only (injectable for tests); no vscode.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { l10n } from '../l10n';
import { HistoryFileSchema, type HistoryEntry, type HistoryFile } from './entry';

export const HISTORY_FILE = 'send-history.json';

export interface HistoryLimits {
  maxEntries: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: HistoryLimits = { maxEntries: 100, maxBytes: 4 * 1024 * 1024 };

/**
 * The history's folder, by file name. A missing file rejects with an error whose `code` is
 * `ENOENT`; renaming replaces the target.
 */
export interface StoreFs {
  readFile(name: string): Promise<string>;
  writeFile(name: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Creates the folder (and its parents) when missing. */
  mkdir(): Promise<void>;
}

/** A folder of the local disk. */
export function nodeStoreFs(dir: string): StoreFs {
  return {
    readFile: (name) => readFile(join(dir, name), 'utf8'),
    writeFile: (name, text) => writeFile(join(dir, name), text, 'utf8'),
    rename: (from, to) => rename(join(dir, from), join(dir, to)),
    mkdir: async () => void (await mkdir(dir, { recursive: true })),
  };
}

export type StoreProblem =
  /** The file could not be read; it was renamed to `setAsideAs` (a name in the same folder) and a new history started. */
  | { kind: 'set-aside'; reason: string; setAsideAs: string }
  /** The file could be neither read nor set aside: nothing is kept this session. */
  | { kind: 'unusable'; reason: string }
  /** A change could not be written; the file is as it was. */
  | { kind: 'not-written'; reason: string };

export interface StoreOptions {
  limits?: Partial<HistoryLimits>;
  now?: () => Date;
  onProblem?: (problem: StoreProblem) => void;
}

export class HistoryStore {
  private readonly now: () => Date;
  private readonly onProblem: (problem: StoreProblem) => void;
  private limits: HistoryLimits;
  /** Set when the file can be neither read nor set aside: then it is never written. */
  private unusable: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly fs: StoreFs, options: StoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.onProblem = options.onProblem ?? (() => undefined);
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  setLimits(limits: Partial<HistoryLimits>): void {
    this.limits = { ...this.limits, ...limits };
  }

  /** Every entry, newest first. */
  list(): Promise<HistoryEntry[]> {
    return this.serial(async () => (await this.read()).entries);
  }

  async get(id: string): Promise<HistoryEntry | undefined> {
    return (await this.list()).find((e) => e.id === id);
  }

  /** Keeps `entry` first; drops the oldest past the limits. */
  add(entry: HistoryEntry): Promise<void> {
    return this.serial(async () => {
      const { entries, writable } = await this.read();
      if (!writable) return;
      await this.write(capped([entry, ...entries.filter((e) => e.id !== entry.id)], this.limits));
    });
  }

  /** Empties the history; resolves with the number of entries it held. */
  clear(): Promise<number> {
    return this.serial(async () => {
      const { entries, writable } = await this.read();
      if (!writable || entries.length === 0) return 0;
      return (await this.write([])) ? entries.length : 0;
    });
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(op, op);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<{ entries: HistoryEntry[]; writable: boolean }> {
    if (this.unusable) return { entries: [], writable: false };
    let text: string;
    try {
      text = await this.fs.readFile(HISTORY_FILE);
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return { entries: [], writable: true };
      return this.setAside(l10n.t('it cannot be read ({0})', errorText(e)));
    }
    let data: unknown;
    try {
      data = JSON.parse(text) as unknown;
    } catch (e) {
      return this.setAside(l10n.t('it is not JSON ({0})', errorText(e)));
    }
    const parsed = HistoryFileSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.setAside(l10n.t('it does not hold a send history ({0})', issue ? `${issue.path.join('.') || l10n.t('top level')}: ${issue.message}` : l10n.t('unknown shape')));
    }
    return { entries: (parsed.data as HistoryFile).entries, writable: true };
  }

  private async setAside(reason: string): Promise<{ entries: HistoryEntry[]; writable: boolean }> {
    const setAsideAs = `send-history.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}.json`;
    try {
      await this.fs.rename(HISTORY_FILE, setAsideAs);
    } catch (e) {
      this.unusable = l10n.t('{0}, and it cannot be set aside ({1})', reason, errorText(e));
      this.onProblem({ kind: 'unusable', reason: this.unusable });
      return { entries: [], writable: false };
    }
    this.onProblem({ kind: 'set-aside', reason, setAsideAs });
    return { entries: [], writable: true };
  }

  /** Writes a whole new file beside the old one, then puts it in its place. */
  private async write(entries: HistoryEntry[]): Promise<boolean> {
    const data: HistoryFile = { version: 1, entries };
    const partial = `${HISTORY_FILE}.${randomBytes(6).toString('hex')}.partial`;
    try {
      await this.fs.mkdir();
      await this.fs.writeFile(partial, `${JSON.stringify(data)}\n`);
      await this.fs.rename(partial, HISTORY_FILE);
      return true;
    } catch (e) {
      this.onProblem({ kind: 'not-written', reason: errorText(e) });
      return false;
    }
  }
}

/** At most `maxEntries`, then the oldest dropped while the file would exceed `maxBytes` (the newest is always kept). */
export function capped(entries: readonly HistoryEntry[], limits: HistoryLimits): HistoryEntry[] {
  const kept = entries.slice(0, Math.max(1, limits.maxEntries));
  const sizes = kept.map((e) => Buffer.byteLength(JSON.stringify(e)) + 1);
  let total = sizes.reduce((a, b) => a + b, 0);
  while (kept.length > 1 && total > limits.maxBytes) {
    kept.pop();
    total -= sizes.pop() ?? 0;
  }
  return kept;
}

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

function errorText(e: unknown): string {
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

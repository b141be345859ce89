import { CancellationTokenSource, type CancellationToken } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Typing pauses shorter than this re-validate once, after the last keystroke. */
export const VALIDATION_DELAY_MS = 200;

/**
 * One validation per document at a time, after a pause in its changes: a new version cancels
 * the timer and the run under way (its token), so only the latest text is checked.
 */
export class ValidationScheduler {
  private readonly pending = new Map<string, { timer?: NodeJS.Timeout; source: CancellationTokenSource }>();

  constructor(
    private readonly run: (document: TextDocument, token: CancellationToken) => Promise<void>,
    private readonly delayMs = VALIDATION_DELAY_MS,
  ) {}

  schedule(document: TextDocument, delayMs = this.delayMs): void {
    this.cancel(document.uri);
    const source = new CancellationTokenSource();
    const entry: { timer?: NodeJS.Timeout; source: CancellationTokenSource } = { source };
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.run(document, source.token).finally(() => {
        if (this.pending.get(document.uri) === entry) this.pending.delete(document.uri);
      });
    }, delayMs);
    this.pending.set(document.uri, entry);
  }

  cancel(uri: string): void {
    const entry = this.pending.get(uri);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.source.cancel();
    entry.source.dispose();
    this.pending.delete(uri);
  }
}

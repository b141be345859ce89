import type { Connection } from 'vscode-languageserver/node';

/** The settings section the server reads: `brazeWebhooks.*`. */
export const SECTION = 'brazeWebhooks';

/** How long a `workspace/configuration` request may stay unanswered before the server goes on without it. */
export const CONFIGURATION_TIMEOUT_MS = 2000;

/**
 * Where the raw `brazeWebhooks` settings come from: the client's answer to
 * `workspace/configuration` when it can be asked (within the time limit), else the last
 * settings it pushed with `workspace/didChangeConfiguration` (Neovim's `settings`, ALE's
 * `lsp_config`) or answered, else none (the defaults).
 */
export class SettingsSource {
  /** The last settings the client pushed or answered. */
  private last: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly options: { canAsk: boolean; scopeUri?: string; timeoutMs?: number },
  ) {}

  /** Keeps pushed settings; true when they hold the section (then there is nothing to ask). */
  push(settings: unknown): boolean {
    const section = settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>)[SECTION] : undefined;
    if (section === undefined) return false;
    this.last = section;
    return true;
  }

  /** The settings now; `ask` false keeps the last ones without asking. */
  async read(ask = true): Promise<unknown> {
    if (!ask || !this.options.canAsk) return this.last;
    const timeoutMs = this.options.timeoutMs ?? CONFIGURATION_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), timeoutMs)));
    try {
      const answer = await Promise.race([this.connection.workspace.getConfiguration({ scopeUri: this.options.scopeUri, section: SECTION }), timedOut]);
      if (answer === 'timed out') {
        this.connection.console.warn(`workspace/configuration was not answered within ${timeoutMs} ms: using ${this.last === undefined ? 'the default settings' : 'the last settings received'}`);
        return this.last;
      }
      this.last = answer ?? this.last;
      return this.last;
    } catch (e) {
      this.connection.console.error(`Reading settings failed: ${e instanceof Error ? e.message : String(e)}`);
      return this.last;
    } finally {
      clearTimeout(timer);
    }
  }
}

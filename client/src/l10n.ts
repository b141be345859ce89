/**
 * The client's messages for the modules that cannot import `vscode` (pure, tested in plain Node).
 * `activate()` hands in `vscode.l10n.t`, so in VS Code they read the same bundle
 * (`l10n/bundle.l10n.<lang>.json`) as the modules that call `vscode.l10n.t` themselves; before
 * that, and in tests, the English key is the message. Not `@vscode/l10n`: the client bundle also
 * holds the core's `t()` (send engine messages), whose bundle that module's global state keeps.
 * Call `l10n.t` when the message is built, never at module load.
 */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** `{0}`, `{1}`... replaced by the arguments, as `vscode.l10n.t` does. */
const english: Translate = (message, ...args) => (args.length === 0 ? message : message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m)));

let translate: Translate = english;

export const l10n = {
  t: (message: string, ...args: Array<string | number | boolean>): string => translate(message, ...args),
};

/** Makes every later `l10n.t` answer through `t` (VS Code's `l10n.t`); none: English again. */
export function useTranslator(t?: Translate): void {
  translate = t ?? english;
}

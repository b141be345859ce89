/**
 * What the editor on the other end can take. The LSP server reads it from the client's
 * capabilities and initialization options; the command line and the tests keep the default.
 */
export interface ClientSupport {
  /** Completion items may hold tab stops (`${1:name}`); else they are sent as their default text. */
  snippets: boolean;
  /** Documentation may be markdown; else it is sent as plain text. */
  markdown: { completion: boolean; hover: boolean; signatureHelp: boolean };
  /**
   * The editor has the VS Code extension's `brazeWebhooks.fillPlaceholder` command, which asks
   * for a placeholder's value (and keeps a secret out of the file). Other editors get plain edits.
   */
  fillPlaceholderCommand: boolean;
}

export const defaultClientSupport: ClientSupport = {
  snippets: true,
  markdown: { completion: true, hover: true, signatureHelp: true },
  fillPlaceholderCommand: false,
};

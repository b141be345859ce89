import { l10n, Range, window, workspace, WorkspaceEdit, type ExtensionContext } from 'vscode';
import { findPlaceholders, isSecretPlaceholder } from '../../../server/src/core';
import { folderOf } from '../send/folder';
import { validateInstanceName } from '../templates/lead-templates';
import { placeholderOccurrences, placeholderSecretKey } from '../templates/placeholder-secrets';

export interface FillPlaceholderArgs {
  placeholder: string;
  secret: boolean;
}

/**
 * The `placeholder` quick fix, and the command palette's "Fill In Placeholder..." (which first
 * asks which placeholder of the active template): asks for the value. A plain value replaces
 * every occurrence in the file (one undoable edit, the file is not saved); a secret goes to
 * SecretStorage, where the send command finds it, unless the user chooses to write it into the
 * file.
 */
export async function fillPlaceholder(context: ExtensionContext, given: FillPlaceholderArgs | undefined): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const args = given?.placeholder ? given : await pickPlaceholder(editor.document.getText());
  if (!args) return;
  const { placeholder, secret } = args;
  const KEEP_SECRET = l10n.t("Keep it in VS Code's secret storage (recommended)");
  const WRITE_SECRET = l10n.t('Write it into the file');
  let where = WRITE_SECRET;
  if (secret) {
    const picked = await window.showQuickPick([KEEP_SECRET, WRITE_SECRET], { title: l10n.t('Fill in {0}', placeholder), placeHolder: l10n.t('A secret written into the file ends up in source control.') });
    if (!picked) return;
    where = picked;
  }
  const value = await window.showInputBox({
    title: l10n.t('Fill in {0}', placeholder),
    prompt: secret ? l10n.t('The value is not shown while you type.') : l10n.t('Replaces every {0} in this file.', placeholder),
    password: secret,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? l10n.t('Give a value.') : placeholder === '[insert_instance_name]' ? validateInstanceName(v) : undefined),
  });
  if (value === undefined) return;
  if (where === KEEP_SECRET) {
    const folder = folderOf(editor.document.uri)?.uri.toString();
    await context.secrets.store(placeholderSecretKey(folder, placeholder), value);
    void window.showInformationMessage(l10n.t("{0} is kept in VS Code's secret storage: Send Test Request fills it in. In Braze, put the secret in a Content Block rather than in the template.", placeholder));
    return;
  }
  const text = editor.document.getText();
  const edit = new WorkspaceEdit();
  for (const [start, end] of placeholderOccurrences(text, placeholder)) {
    edit.replace(editor.document.uri, new Range(editor.document.positionAt(start), editor.document.positionAt(end)), value.trim());
  }
  await workspace.applyEdit(edit);
}

/** Which placeholder of the template to fill in, when the palette gave none. */
async function pickPlaceholder(text: string): Promise<FillPlaceholderArgs | undefined> {
  const names = [...new Map(findPlaceholders(text).map((p) => [p.name, p.text])).values()];
  if (names.length === 0) {
    void window.showInformationMessage(l10n.t('This template has no [insert_...] placeholder left.'));
    return undefined;
  }
  const picked = await window.showQuickPick(
    names.map((p) => ({ label: p, description: isSecretPlaceholder(p) ? l10n.t("secret: kept in VS Code's secret storage") : l10n.t('written into the file') })),
    { title: l10n.t('Fill In Placeholder'), placeHolder: l10n.t('Which placeholder?') },
  );
  return picked && { placeholder: picked.label, secret: isSecretPlaceholder(picked.label) };
}

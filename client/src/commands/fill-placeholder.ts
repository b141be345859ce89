import { Range, window, workspace, WorkspaceEdit, type ExtensionContext } from 'vscode';
import { findPlaceholders, isSecretPlaceholder } from '../../../server/src/core';
import { folderOf } from '../send/folder';
import { validateInstanceName } from '../templates/lead-templates';
import { placeholderOccurrences, placeholderSecretKey } from '../templates/placeholder-secrets';

export interface FillPlaceholderArgs {
  placeholder: string;
  secret: boolean;
}

const KEEP_SECRET = 'Keep it in VS Code\'s secret storage (recommended)';
const WRITE_SECRET = 'Write it into the file';

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
  let where = WRITE_SECRET;
  if (secret) {
    const picked = await window.showQuickPick([KEEP_SECRET, WRITE_SECRET], { title: `Fill in ${placeholder}`, placeHolder: 'A secret written into the file ends up in source control.' });
    if (!picked) return;
    where = picked;
  }
  const value = await window.showInputBox({
    title: `Fill in ${placeholder}`,
    prompt: secret ? 'The value is not shown while you type.' : `Replaces every ${placeholder} in this file.`,
    password: secret,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? 'Give a value.' : placeholder === '[insert_instance_name]' ? validateInstanceName(v) : undefined),
  });
  if (value === undefined) return;
  if (where === KEEP_SECRET) {
    const folder = folderOf(editor.document.uri)?.uri.toString();
    await context.secrets.store(placeholderSecretKey(folder, placeholder), value);
    void window.showInformationMessage(`${placeholder} is kept in VS Code's secret storage: Send Test Request fills it in. In Braze, put the secret in a Content Block rather than in the template.`);
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
    void window.showInformationMessage('This template has no [insert_...] placeholder left.');
    return undefined;
  }
  const picked = await window.showQuickPick(
    names.map((p) => ({ label: p, description: isSecretPlaceholder(p) ? 'secret: kept in VS Code\'s secret storage' : 'written into the file' })),
    { title: 'Fill In Placeholder', placeHolder: 'Which placeholder?' },
  );
  return picked && { placeholder: picked.label, secret: isSecretPlaceholder(picked.label) };
}

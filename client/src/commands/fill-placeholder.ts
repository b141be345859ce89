import { Range, window, workspace, WorkspaceEdit, type ExtensionContext } from 'vscode';
import { validateInstanceName } from '../templates/lead-templates';
import { placeholderOccurrences, placeholderSecretKey } from '../templates/placeholder-secrets';

export interface FillPlaceholderArgs {
  placeholder: string;
  secret: boolean;
}

const KEEP_SECRET = 'Keep it in VS Code\'s secret storage (recommended)';
const WRITE_SECRET = 'Write it into the file';

/**
 * The `placeholder` quick fix: asks for the value. A plain value replaces
 * every occurrence in the file (one undoable edit, the file is not saved);
 * a secret goes to SecretStorage, where the send command finds it, unless the
 * user chooses to write it into the file.
 */
export async function fillPlaceholder(context: ExtensionContext, args: FillPlaceholderArgs | undefined): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !args?.placeholder) return;
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
    const folder = workspace.getWorkspaceFolder(editor.document.uri)?.uri.toString();
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

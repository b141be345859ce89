/** What the template commands share: asking for the instance, and putting a snippet in an editor. */
import { l10n, SnippetString, window, workspace, type ExtensionContext, type TextEditor } from 'vscode';
import { parseWebhook } from '../../../server/src/syntax';
import { readInstanceName, validateInstanceName } from '../templates/lead-templates';
import { LANGUAGE_ID } from './ids';

const LAST_INSTANCE_KEY = 'brazeWebhooks.lastInstanceName';

/** Asks for the org's My Domain name, checked as the user types; undefined when cancelled. */
export async function askInstanceName(context: ExtensionContext, title: string): Promise<string | undefined> {
  const typed = await window.showInputBox({
    title,
    prompt: l10n.t("Your org's My Domain name: NAME in https://NAME.my.salesforce.com (a sandbox's host may be pasted whole)."),
    placeHolder: 'acme',
    value: context.workspaceState.get<string>(LAST_INSTANCE_KEY, ''),
    ignoreFocusOut: true,
    validateInput: (value) => validateInstanceName(value),
  });
  if (typed === undefined) return undefined;
  const read = readInstanceName(typed);
  if ('problem' in read) return undefined;
  await context.workspaceState.update(LAST_INSTANCE_KEY, typed.trim());
  return read.instance;
}

/**
 * Inserts a whole template as a snippet: at the cursor of the active `.webhook` editor when its
 * file has no request line yet (a file holds one webhook), else in a new untitled editor.
 */
export async function insertTemplate(snippet: string): Promise<TextEditor> {
  const active = window.activeTextEditor;
  const target = active && active.document.languageId === LANGUAGE_ID && !hasRequestLine(active.document.getText()) ? active : await openUntitledWebhook();
  await target.insertSnippet(new SnippetString(snippet));
  return target;
}

/** A new untitled `braze-webhook` editor. */
export async function openUntitledWebhook(): Promise<TextEditor> {
  const document = await workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  return window.showTextDocument(document);
}

function hasRequestLine(text: string): boolean {
  return text.trim() !== '' && parseWebhook(text).requestLine !== undefined;
}

import type { ExtensionContext } from 'vscode';
import { createLeadTemplate } from '../templates/lead-templates';
import { askInstanceName, insertTemplate } from './template-editor';

/** "New Create-Lead Template...": asks for the instance, then inserts the template as a snippet. */
export async function newCreateLeadTemplate(context: ExtensionContext): Promise<void> {
  const instance = await askInstanceName(context, 'New Create-Lead Template');
  if (instance === undefined) return;
  await insertTemplate(createLeadTemplate({ instance }).snippet);
}

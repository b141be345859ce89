/** The "New ... Template" commands that ask only for the instance, then insert their template as a snippet. */
import { l10n, type ExtensionContext } from 'vscode';
import { addLeadToCampaignTemplate } from '../templates/campaign-member-template';
import { createContactTemplate, updateContactTemplate } from '../templates/contact-templates';
import { createLeadTemplate, upsertLeadTemplate } from '../templates/lead-templates';
import type { TemplateOptions } from '../templates/salesforce-request';
import { logTaskTemplate } from '../templates/task-template';
import type { BuiltTemplate } from '../templates/template-parts';
import { COMMANDS } from './ids';
import { askInstanceName, insertTemplate } from './template-editor';

interface TemplateCommand {
  command: string;
  /** The command's title in package.json, without its "...": the input box's title (translated when asked). */
  title: () => string;
  build: (o: TemplateOptions) => BuiltTemplate;
}

export const TEMPLATE_COMMANDS: readonly TemplateCommand[] = [
  { command: COMMANDS.newCreateLeadTemplate, title: () => l10n.t('New Create-Lead Template'), build: createLeadTemplate },
  { command: COMMANDS.newUpsertLeadTemplate, title: () => l10n.t('New Upsert-Lead-by-External-Id Template'), build: upsertLeadTemplate },
  { command: COMMANDS.newCreateContactTemplate, title: () => l10n.t('New Create-Contact Template'), build: createContactTemplate },
  { command: COMMANDS.newUpdateContactTemplate, title: () => l10n.t('New Update-Contact Template'), build: updateContactTemplate },
  { command: COMMANDS.newAddLeadToCampaignTemplate, title: () => l10n.t('New Add-Lead-to-Campaign Template'), build: addLeadToCampaignTemplate },
  { command: COMMANDS.newLogTaskTemplate, title: () => l10n.t('New Log-Task Template'), build: logTaskTemplate },
];

export async function newTemplate(context: ExtensionContext, t: TemplateCommand): Promise<void> {
  const instance = await askInstanceName(context, t.title());
  if (instance === undefined) return;
  await insertTemplate(t.build({ instance }).snippet);
}

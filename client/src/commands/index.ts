/** Registers the extension's commands (category "Braze Webhooks" in package.json). */
import { commands, type ExtensionContext } from 'vscode';
import { copyForComposer } from './copy-for-composer';
import { fillPlaceholder, type FillPlaceholderArgs } from './fill-placeholder';
import { COMMANDS } from './ids';
import { insertWebhookSnippet } from './insert-snippet';
import { newTemplate, TEMPLATE_COMMANDS } from './new-template';
import { newUpdateLeadTemplate } from './new-update-lead';
import { fetchSchema } from '../send/fetch-schema';
import { forgetPlaceholders } from '../send/forget-placeholders';
import { previewRenderedRequest } from '../send/preview';
import { reenterPlaceholder } from '../send/reenter-placeholder';
import { sendTestRequest } from '../send/send-test-request';

export { COMMANDS } from './ids';

export function registerCommands(context: ExtensionContext): void {
  context.subscriptions.push(
    ...TEMPLATE_COMMANDS.map((t) => commands.registerCommand(t.command, () => newTemplate(context, t))),
    commands.registerCommand(COMMANDS.newUpdateLeadTemplate, () => newUpdateLeadTemplate(context)),
    commands.registerCommand(COMMANDS.insertSnippet, () => insertWebhookSnippet(context)),
    commands.registerCommand(COMMANDS.copyForComposer, (args?: unknown) => copyForComposer(context, args)),
    commands.registerCommand(COMMANDS.fillPlaceholder, (args?: FillPlaceholderArgs) => fillPlaceholder(context, args)),
    commands.registerCommand(COMMANDS.sendTestRequest, (target?: unknown, args?: unknown) => sendTestRequest(context, target, args)),
    commands.registerCommand(COMMANDS.previewRenderedRequest, (target?: unknown, args?: unknown) => previewRenderedRequest(context, target, args)),
    commands.registerCommand(COMMANDS.fetchSchema, (target?: unknown, args?: unknown) => fetchSchema(context, target, args)),
    commands.registerCommand(COMMANDS.fetchLeadSchema, (target?: unknown, args?: unknown) => fetchSchema(context, target, args, 'Lead')),
    commands.registerCommand(COMMANDS.forgetPlaceholderValues, (target?: unknown) => forgetPlaceholders(context, target)),
    commands.registerCommand(COMMANDS.reenterPlaceholder, (target?: unknown) => reenterPlaceholder(context, target)),
  );
}

/**
 * The status bar while a `.webhook` editor is active: the test user the template sends as and the
 * org it goes to, each a button that switches it ("Pick Test User...", "Switch Target Org...").
 * Nothing is asked or sent to draw them: the org is read with the stored placeholder values only.
 */
import { commands, l10n, StatusBarAlignment, Uri, window, workspace, type ExtensionContext, type QuickPickItem, type TextDocument } from 'vscode';
import { OVERRIDE_INSTANCE_NAME } from '../../../server/src/core';
import { parseWebhook } from '../../../server/src/syntax';
import { placeholdersOf } from '../../../server/src/send';
import { COMMANDS, LANGUAGE_ID } from '../commands/ids';
import { folderOf } from './folder';
import { reenterPlaceholderValue, storedPlaceholderValues } from './placeholder-values';
import { settingsFor, templateDocument } from './send-test-request';
import { sendSession } from './session';
import { orgStatus, userStatus } from './status-text';
import { chooseTestUser, onDidChooseTestUser, rememberedChoice, type UserChoice } from './test-user-picker';

export function registerStatusBar(context: ExtensionContext): void {
  const user = window.createStatusBarItem('brazeWebhooks.testUser', StatusBarAlignment.Left, 50);
  user.name = l10n.t('Braze Webhooks: Test User');
  user.command = COMMANDS.pickTestUser;
  const org = window.createStatusBarItem('brazeWebhooks.org', StatusBarAlignment.Left, 49);
  org.name = l10n.t('Braze Webhooks: Target Org');
  org.command = COMMANDS.pickOrg;

  let drawn = 0;
  const draw = async () => {
    const turn = ++drawn;
    const document = window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      user.hide();
      org.hide();
      return;
    }
    const u = userStatus(rememberedChoice(context, document.uri));
    const o = await orgOf(context, document);
    if (turn !== drawn) return;
    [user.text, user.tooltip] = [u.text, u.tooltip];
    [org.text, org.tooltip] = [o.text, o.tooltip];
    user.show();
    org.show();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drawSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void draw(), 300);
  };
  context.subscriptions.push(
    user,
    org,
    { dispose: () => clearTimeout(timer) },
    window.onDidChangeActiveTextEditor(() => void draw()),
    workspace.onDidChangeTextDocument((e) => (e.document === window.activeTextEditor?.document ? drawSoon() : undefined)),
    workspace.onDidChangeConfiguration((e) => (e.affectsConfiguration('brazeWebhooks') ? void draw() : undefined)),
    context.secrets.onDidChange(() => void draw()),
    onDidChooseTestUser(() => void draw()),
    commands.registerCommand(COMMANDS.pickTestUser, (target?: unknown) => pickTestUser(context, target)),
    commands.registerCommand(COMMANDS.pickOrg, (target?: unknown) => pickOrg(context, target)),
  );
  void draw();
}

async function orgOf(context: ExtensionContext, document: TextDocument) {
  const doc = parseWebhook(document.getText());
  const override = workspace.getConfiguration('brazeWebhooks', document.uri).get<string>('instanceUrlOverride')?.trim() || undefined;
  const values = await storedPlaceholderValues(context, folderOf(document.uri)?.uri.toString(), placeholdersOf(doc));
  // As a send fills it (placeholder-values.ts).
  if (override && !values.insert_instance_name) values.insert_instance_name = OVERRIDE_INSTANCE_NAME;
  return orgStatus(doc, values, override);
}

/** "Pick Test User...": the template's test user, asked and remembered. */
async function pickTestUser(context: ExtensionContext, target: unknown): Promise<UserChoice | undefined> {
  const document = await templateDocument(target instanceof Uri ? target : undefined, l10n.t('Pick Test User'));
  const settings = document && settingsFor(document);
  if (!document || !settings) return undefined;
  return chooseTestUser(context, document.uri, { folder: folderOf(document.uri), configuredFolder: settings.testUsersFolder, log: sendSession(context).log });
}

interface OrgItem extends QuickPickItem {
  run: () => Thenable<unknown>;
}

/** "Switch Target Org...": another My Domain name for the template's [insert_instance_name], the instance override, or forgetting the stored values. */
async function pickOrg(context: ExtensionContext, target: unknown): Promise<void> {
  const document = await templateDocument(target instanceof Uri ? target : undefined, l10n.t('Switch Target Org'));
  if (!document) return;
  const folder = folderOf(document.uri)?.uri.toString();
  const names = placeholdersOf(parseWebhook(document.getText()));
  const override = workspace.getConfiguration('brazeWebhooks', document.uri).get<string>('instanceUrlOverride')?.trim();
  const items: OrgItem[] = [];
  if (names.includes('insert_instance_name')) {
    const now = (await storedPlaceholderValues(context, folder, ['insert_instance_name'])).insert_instance_name;
    items.push({ label: `$(edit) ${l10n.t('Enter Another My Domain Name')}`, description: now ? l10n.t('[insert_instance_name] is {0}', now) : l10n.t('[insert_instance_name] has no stored value'), run: () => reenterPlaceholderValue(context, folder, 'insert_instance_name') });
  }
  items.push(
    { label: `$(settings-gear) ${l10n.t('Instance URL Override')}`, description: override ? l10n.t('on: every Salesforce host goes to {0}', override) : l10n.t('off'), run: () => commands.executeCommand('workbench.action.openSettings', 'brazeWebhooks.instanceUrlOverride') },
    { label: `$(trash) ${l10n.t('Forget Stored Placeholder Values...')}`, description: l10n.t('the consumer key and secret too: the next send asks again'), run: () => commands.executeCommand(COMMANDS.forgetPlaceholderValues, document.uri) },
  );
  const picked = await window.showQuickPick(items, { title: l10n.t('Switch Target Org'), placeHolder: names.includes('insert_instance_name') ? l10n.t('The org comes from [insert_instance_name]') : l10n.t("The org is written in the template's URL") });
  await picked?.run();
}

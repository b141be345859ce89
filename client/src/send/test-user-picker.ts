/**
 * The test user of a send, as Braze's test send offers it: one of the workspace's users (the JSON
 * files of `brazeWebhooks.testUsersFolder`, default `.braze/test-users`, validated; the files that
 * do not validate are listed in the log, in a warning and in the quick pick, and picking one opens
 * it), a random one of them at each send, a user generated from the attribute knowledge at each
 * send, or a custom user (a JSON file seeded with every attribute and message context, written to
 * the folder, or an untitled JSON document when there is no folder), validated when used.
 *
 * The choice is remembered per template (workspace state) and shown in the status bar; a send
 * uses it without asking. Without one, the quick pick asks.
 */
import { isAbsolute } from 'node:path';
import { EventEmitter, FileType, l10n, QuickPickItemKind, Uri, window, workspace, type ExtensionContext, type QuickPickItem, type WorkspaceFolder } from 'vscode';
import { CustomAttributesSettingSchema, type CustomAttribute } from '../../../server/src/core';
import { loadTestUsers, userLabel, type TestUser } from '../../../server/src/send';
import { customUserSeed, generatedTestUser, pickRandom } from './generated-users';
import type { SendLog } from './log';
import { readTestUserFiles, type TestUserChoice, type TestUserFileError } from './test-user-files';

export interface PickedUser {
  user: TestUser;
  label: string;
  /** Where it came from: `jane.json`, `generated`, `command argument`. */
  source: string;
}

/** What a template sends as. */
export type UserChoice =
  | { kind: 'file'; file: string; index: number; label: string }
  | { kind: 'random' }
  | { kind: 'generated' }
  | { kind: 'document'; uri: string };

/** The custom user's file, in the test users folder. */
export const CUSTOM_USER_FILE = 'custom-user.json';

const CHOICE_KEY = 'brazeWebhooks.send.testUser:';
const changed = new EventEmitter<Uri>();
/** Fires with the template whose test user was chosen. */
export const onDidChooseTestUser = changed.event;

/** The test users folder of a workspace folder (absolute paths are used as they are). */
export function testUsersFolderUri(folder: WorkspaceFolder | undefined, configured: string): Uri | undefined {
  if (isAbsolute(configured)) return Uri.file(configured);
  return folder ? Uri.joinPath(folder.uri, ...configured.split(/[\\/]+/).filter(Boolean)) : undefined;
}

export function rememberedChoice(context: ExtensionContext, template: Uri): UserChoice | undefined {
  const c = context.workspaceState.get<unknown>(CHOICE_KEY + template.toString());
  if (c === null || typeof c !== 'object') return undefined;
  const v = c as Record<string, unknown>;
  if (v.kind === 'random' || v.kind === 'generated') return { kind: v.kind };
  if (v.kind === 'file' && typeof v.file === 'string' && typeof v.index === 'number' && typeof v.label === 'string') return { kind: 'file', file: v.file, index: v.index, label: v.label };
  if (v.kind === 'document' && typeof v.uri === 'string') return { kind: 'document', uri: v.uri };
  return undefined;
}

function sameChoice(a: UserChoice | undefined, b: UserChoice | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'file' && b.kind === 'file') return a.file === b.file && a.index === b.index;
  if (a.kind === 'document' && b.kind === 'document') return a.uri === b.uri;
  return true;
}

async function remember(context: ExtensionContext, template: Uri, choice: UserChoice | undefined): Promise<void> {
  await context.workspaceState.update(CHOICE_KEY + template.toString(), choice);
  changed.fire(template);
}

export interface UserSource {
  folder: WorkspaceFolder | undefined;
  /** `brazeWebhooks.testUsersFolder`. */
  configuredFolder: string;
  log: SendLog;
}

/** The template's test user: its remembered choice, else the one picked now; undefined when cancelled. */
export async function testUserFor(context: ExtensionContext, template: Uri, source: UserSource): Promise<PickedUser | undefined> {
  const remembered = rememberedChoice(context, template);
  if (remembered) {
    const resolved = await resolveChoice(context, template, remembered, source);
    if (resolved !== 'gone') return resolved;
    await remember(context, template, undefined);
  }
  const choice = await chooseTestUser(context, template, source);
  if (!choice) return undefined;
  const resolved = await resolveChoice(context, template, choice, source);
  return resolved === 'gone' ? undefined : resolved;
}

async function readFolder(dir: Uri): Promise<{ name: string; text: string }[]> {
  let entries: [string, FileType][];
  try {
    entries = await workspace.fs.readDirectory(dir);
  } catch {
    return [];
  }
  const files: { name: string; text: string }[] = [];
  for (const [name, type] of entries) {
    if (type !== FileType.File || !name.toLowerCase().endsWith('.json')) continue;
    const bytes = await workspace.fs.readFile(Uri.joinPath(dir, name));
    files.push({ name, text: new TextDecoder().decode(bytes) });
  }
  return files;
}

async function workspaceUsers(source: UserSource): Promise<{ dir: Uri | undefined; choices: TestUserChoice[]; errors: TestUserFileError[] }> {
  const dir = testUsersFolderUri(source.folder, source.configuredFolder);
  return { dir, ...readTestUserFiles(dir ? await readFolder(dir) : []) };
}

interface ChoiceItem extends QuickPickItem {
  choice?: UserChoice;
  custom?: true;
  error?: TestUserFileError;
}

/** Asks which test user `template` sends as, and remembers it. A custom user is opened for editing: the send stops there. */
export async function chooseTestUser(context: ExtensionContext, template: Uri, source: UserSource): Promise<UserChoice | undefined> {
  const { dir, choices, errors } = await workspaceUsers(source);
  for (const e of errors) source.log.warn(l10n.t('test user file not valid: {0}', e.message.replace(/\n/g, '; ')));
  if (errors.length) {
    const first = errors[0].message.split('\n')[0];
    void window.showWarningMessage(errors.length === 1 ? l10n.t('A test user file is not valid: {0}', first) : l10n.t('{0} test user files are not valid: {1}', errors.length, first));
  }
  const current = rememberedChoice(context, template);
  const items: ChoiceItem[] = choices.map((c) => {
    const choice: UserChoice = { kind: 'file', file: c.file, index: c.index, label: c.label };
    return { label: c.label, description: c.description, detail: c.index > 0 ? l10n.t('{0} (user {1})', c.file, c.index + 1) : c.file, choice };
  });
  // The template's current user first.
  items.sort((a, b) => Number(sameChoice(b.choice, current)) - Number(sameChoice(a.choice, current)));
  items.push(
    { label: l10n.t('Like Braze'), kind: QuickPickItemKind.Separator },
    ...(choices.length ? [{ label: `$(question) ${l10n.t('Random user')}`, description: l10n.t('one of the {0} users above, drawn at each send', choices.length), choice: { kind: 'random' } as UserChoice }] : []),
    { label: `$(sparkle) ${l10n.t('Generated user')}`, description: l10n.t('new made-up values at each send, every default attribute set'), choice: { kind: 'generated' } },
    { label: `$(edit) ${l10n.t('Custom user...')}`, description: dir ? l10n.t('edit {0}: attributes, event properties, Canvas entry properties', CUSTOM_USER_FILE) : l10n.t('edit a JSON document: attributes, event properties, Canvas entry properties'), custom: true },
  );
  if (errors.length) {
    items.push({ label: l10n.t('Files that are not valid'), kind: QuickPickItemKind.Separator });
    for (const e of errors) items.push({ label: `$(error) ${e.file}`, detail: e.message.replace(/\n/g, '; '), error: e });
  }
  const placeHolder = choices.length ? l10n.t('Test users from {0}', source.configuredFolder) : l10n.t('No test user in {0} yet: a generated or a custom one', source.configuredFolder);
  const pick = await window.showQuickPick(items, { title: l10n.t('Send as which test user?'), placeHolder, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true });
  if (!pick) return undefined;
  if (pick.error && dir) {
    await window.showTextDocument(Uri.joinPath(dir, pick.error.file));
    return undefined;
  }
  if (pick.custom) {
    await openCustomUser(context, template, dir);
    return undefined;
  }
  if (pick.choice) await remember(context, template, pick.choice);
  return pick.choice;
}

/** Opens the custom user (written first when missing, never over an existing file) and makes it the template's choice. */
async function openCustomUser(context: ExtensionContext, template: Uri, dir: Uri | undefined): Promise<void> {
  const seed = customUserSeed(customAttributes(template));
  let choice: UserChoice;
  if (dir) {
    const file = Uri.joinPath(dir, CUSTOM_USER_FILE);
    try {
      await workspace.fs.stat(file);
    } catch {
      await workspace.fs.createDirectory(dir);
      await workspace.fs.writeFile(file, new TextEncoder().encode(seed));
    }
    await window.showTextDocument(file);
    choice = { kind: 'file', file: CUSTOM_USER_FILE, index: 0, label: CUSTOM_USER_FILE };
  } else {
    const document = await workspace.openTextDocument({ language: 'json', content: seed });
    await window.showTextDocument(document);
    choice = { kind: 'document', uri: document.uri.toString() };
  }
  await remember(context, template, choice);
  void window.showInformationMessage(l10n.t('Edit the custom user (attributes, custom_attributes, event_properties, canvas_entry_properties...), then send again: this template sends as it until you pick another test user.'));
}

function customAttributes(template: Uri): CustomAttribute[] {
  const parsed = CustomAttributesSettingSchema.safeParse(workspace.getConfiguration('brazeWebhooks', template).get('customAttributes'));
  if (!parsed.success) return [];
  return Array.isArray(parsed.data) ? parsed.data : Object.entries(parsed.data).map(([name, type]) => ({ name, type }));
}

/** The user of a choice; `gone` when what it names is no longer there (then the caller asks again). */
async function resolveChoice(context: ExtensionContext, template: Uri, choice: UserChoice, source: UserSource): Promise<PickedUser | undefined | 'gone'> {
  switch (choice.kind) {
    case 'generated': {
      const user = generatedTestUser(Math.random, customAttributes(template));
      return { user, label: userLabel(user, 0), source: l10n.t('generated user') };
    }
    case 'random': {
      const picked = pickRandom((await workspaceUsers(source)).choices);
      if (!picked) return resolveChoice(context, template, { kind: 'generated' }, source);
      return { user: picked.user, label: picked.label, source: l10n.t('random user ({0})', picked.file) };
    }
    case 'document': {
      const document = workspace.textDocuments.find((d) => d.uri.toString() === choice.uri);
      if (!document) return 'gone';
      return loaded(loadTestUsers(document.getText(), l10n.t('the custom user')), l10n.t('custom user (untitled)'), () => window.showTextDocument(document));
    }
    case 'file': {
      const { dir, choices, errors } = await workspaceUsers(source);
      const found = choices.find((c) => c.file === choice.file && c.index === choice.index);
      if (found) {
        if (found.label !== choice.label) await remember(context, template, { ...choice, label: found.label });
        return { user: found.user, label: found.label, source: found.file };
      }
      const error = errors.find((e) => e.file === choice.file);
      if (!error || !dir) return 'gone';
      const file = Uri.joinPath(dir, choice.file);
      return loaded({ error: error.message }, choice.file, () => window.showTextDocument(file));
    }
  }
}

/** A loaded user, or the schema's complaint shown (with the file or document opened) and undefined. */
async function loaded(users: ReturnType<typeof loadTestUsers>, source: string, open: () => Thenable<unknown>): Promise<PickedUser | undefined> {
  if ('users' in users) return { user: users.users[0], label: userLabel(users.users[0], 0), source };
  const answer = await window.showErrorMessage(l10n.t('The test user is not valid: {0}', users.error.split('\n')[0]), l10n.t('Open'));
  if (answer) await open();
  return undefined;
}

/** A user given to the command (tests, other extensions): an object, or a file path and an optional id. */
export async function userFromArgs(folder: WorkspaceFolder | undefined, configuredFolder: string, args: { user?: unknown; userFile?: unknown; userId?: unknown }): Promise<PickedUser | { error: string } | undefined> {
  let text: string;
  let name: string;
  if (args.user !== undefined) {
    text = JSON.stringify(args.user);
    name = l10n.t('command argument');
  } else if (typeof args.userFile === 'string') {
    const dir = testUsersFolderUri(folder, configuredFolder);
    const uri = isAbsolute(args.userFile) ? Uri.file(args.userFile) : dir ? Uri.joinPath(dir, args.userFile) : undefined;
    if (!uri) return { error: l10n.t('{0}: no workspace folder to find it in', args.userFile) };
    try {
      text = new TextDecoder().decode(await workspace.fs.readFile(uri));
    } catch {
      return { error: l10n.t('{0}: cannot be read', args.userFile) };
    }
    name = args.userFile;
  } else {
    return undefined;
  }
  const loadedUsers = loadTestUsers(text, name);
  if ('error' in loadedUsers) return { error: loadedUsers.error };
  const id = typeof args.userId === 'string' ? args.userId : undefined;
  const index = id === undefined ? 0 : loadedUsers.users.findIndex((u) => u.external_id === id || u.braze_id === id);
  if (index === -1) return { error: l10n.t('{0}: no user with external_id or braze_id "{1}"', name, id ?? '') };
  return { user: loadedUsers.users[index], label: userLabel(loadedUsers.users[index], index), source: name };
}

/**
 * Picks the test user: the JSON files of `brazeWebhooks.testUsersFolder` (default
 * `.braze/test-users`) in the template's workspace folder, validated; the files that do not
 * validate are listed (file and field) in the log, in a warning and in the quick pick (picking one
 * opens it). One valid user is used without asking; the last one picked is offered first. With
 * none, a sample user is offered: written to `sample-user.json` in the folder, or used once.
 */
import { isAbsolute } from 'node:path';
import { FileType, QuickPickItemKind, Uri, window, workspace, type ExtensionContext, type QuickPickItem, type WorkspaceFolder } from 'vscode';
import { loadTestUsers, SAMPLE_TEST_USER, userLabel, type TestUser } from '../../../server/src/send';
import type { SendLog } from './log';
import { choiceKey, readTestUserFiles, SAMPLE_USER_FILE, sampleUserFileText, type TestUserChoice, type TestUserFileError } from './test-user-files';

export interface PickedUser {
  user: TestUser;
  label: string;
  /** Where it came from: `jane.json`, `sample user`, `command argument`. */
  source: string;
}

const LAST_USER_KEY = 'brazeWebhooks.send.lastTestUser';

/** The test users folder of a workspace folder (absolute paths are used as they are). */
export function testUsersFolderUri(folder: WorkspaceFolder | undefined, configured: string): Uri | undefined {
  if (isAbsolute(configured)) return Uri.file(configured);
  return folder ? Uri.joinPath(folder.uri, ...configured.split(/[\\/]+/).filter(Boolean)) : undefined;
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

interface ChoiceItem extends QuickPickItem {
  choice?: TestUserChoice;
  error?: TestUserFileError;
}

export async function pickTestUser(context: ExtensionContext, folder: WorkspaceFolder | undefined, configuredFolder: string, log: SendLog): Promise<PickedUser | undefined> {
  const dir = testUsersFolderUri(folder, configuredFolder);
  const { choices, errors } = readTestUserFiles(dir ? await readFolder(dir) : []);
  for (const e of errors) log.warn(`test user file not valid: ${e.message.replace(/\n/g, '; ')}`);
  if (errors.length) {
    void window.showWarningMessage(`${errors.length === 1 ? 'A test user file is' : `${errors.length} test user files are`} not valid: ${errors[0].message.split('\n')[0]}`);
  }
  if (choices.length === 0) return offerSample(dir, configuredFolder, errors.length > 0);
  if (choices.length === 1 && errors.length === 0) return picked(context, choices[0]);

  const lastKey = context.workspaceState.get<string>(LAST_USER_KEY);
  const ordered = [...choices].sort((a, b) => Number(choiceKey(b) === lastKey) - Number(choiceKey(a) === lastKey));
  const items: ChoiceItem[] = ordered.map((c) => ({ label: c.label, description: c.description, detail: `${c.file}${c.index > 0 ? ` (user ${c.index + 1})` : ''}`, choice: c }));
  if (errors.length) {
    items.push({ label: 'Files that are not valid', kind: QuickPickItemKind.Separator });
    for (const e of errors) items.push({ label: `$(error) ${e.file}`, detail: e.message.replace(/\n/g, '; '), error: e });
  }
  const pick = await window.showQuickPick(items, { title: 'Send as which test user?', placeHolder: `Test users from ${configuredFolder}`, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true });
  if (!pick) return undefined;
  if (pick.error && dir) {
    await window.showTextDocument(Uri.joinPath(dir, pick.error.file));
    return undefined;
  }
  return pick.choice ? picked(context, pick.choice) : undefined;
}

async function picked(context: ExtensionContext, c: TestUserChoice): Promise<PickedUser> {
  await context.workspaceState.update(LAST_USER_KEY, choiceKey(c));
  return { user: c.user, label: c.label, source: c.file };
}

const CREATE = 'Create Sample User File';
const ONCE = 'Use the Sample User Once';

async function offerSample(dir: Uri | undefined, configuredFolder: string, hadErrors: boolean): Promise<PickedUser | undefined> {
  const why = hadErrors ? `No valid test user in ${configuredFolder}.` : `No test user yet: add Braze user export objects (JSON) to ${configuredFolder}.`;
  const answer = await window.showInformationMessage(why, { modal: true, detail: 'A sample user (Braze export shape) can be written there for you to edit, or used once.' }, ...(dir ? [CREATE] : []), ONCE);
  if (answer === ONCE) return { user: SAMPLE_TEST_USER, label: userLabel(SAMPLE_TEST_USER, 0), source: 'sample user' };
  if (answer !== CREATE || !dir) return undefined;
  const file = Uri.joinPath(dir, SAMPLE_USER_FILE);
  try {
    await workspace.fs.stat(file);
  } catch {
    await workspace.fs.createDirectory(dir);
    await workspace.fs.writeFile(file, new TextEncoder().encode(sampleUserFileText()));
  }
  void window.showInformationMessage(`Wrote ${workspace.asRelativePath(file)}: edit it to test with your own values.`, 'Open').then((a) => (a ? window.showTextDocument(file) : undefined));
  return { user: SAMPLE_TEST_USER, label: userLabel(SAMPLE_TEST_USER, 0), source: SAMPLE_USER_FILE };
}

/** A user given to the command (tests, other extensions): an object, or a file path and an optional id. */
export async function userFromArgs(folder: WorkspaceFolder | undefined, configuredFolder: string, args: { user?: unknown; userFile?: unknown; userId?: unknown }): Promise<PickedUser | { error: string } | undefined> {
  let text: string;
  let name: string;
  if (args.user !== undefined) {
    text = JSON.stringify(args.user);
    name = 'command argument';
  } else if (typeof args.userFile === 'string') {
    const dir = testUsersFolderUri(folder, configuredFolder);
    const uri = isAbsolute(args.userFile) ? Uri.file(args.userFile) : dir ? Uri.joinPath(dir, args.userFile) : undefined;
    if (!uri) return { error: `${args.userFile}: no workspace folder to find it in` };
    try {
      text = new TextDecoder().decode(await workspace.fs.readFile(uri));
    } catch {
      return { error: `${args.userFile}: cannot be read` };
    }
    name = args.userFile;
  } else {
    return undefined;
  }
  const loaded = loadTestUsers(text, name);
  if ('error' in loaded) return { error: loaded.error };
  const id = typeof args.userId === 'string' ? args.userId : undefined;
  const index = id === undefined ? 0 : loaded.users.findIndex((u) => u.external_id === id || u.braze_id === id);
  if (index === -1) return { error: `${name}: no user with external_id or braze_id "${id}"` };
  return { user: loaded.users[index], label: userLabel(loaded.users[index], index), source: name };
}

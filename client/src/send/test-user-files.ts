/**
 * Test users from the JSON files of the test users folder (`brazeWebhooks.testUsersFolder`):
 * each file is one Braze user export object or an export `{"users": [...]}`, validated by the
 * engine's `loadTestUsers`; a file that does not validate gives an error naming the file and the
 * field. Pure: no vscode (test-user-picker.ts reads the folder and shows the quick pick).
 */
import { loadTestUsers, userLabel, type TestUser } from '../../../server/src/send';

export interface TestUserChoice {
  /** The file's name relative to the test users folder. */
  file: string;
  /** The user's index in the file. */
  index: number;
  user: TestUser;
  /** external id, braze id, email, or "user #N". */
  label: string;
  /** Name and email, for the quick pick. */
  description: string;
}

export interface TestUserFileError {
  file: string;
  /** One line per problem, each `file: field: message`. */
  message: string;
}

export interface TestUserFiles {
  choices: TestUserChoice[];
  errors: TestUserFileError[];
}

/** Reads every file's users; the files in name order. */
export function readTestUserFiles(files: readonly { name: string; text: string }[]): TestUserFiles {
  const out: TestUserFiles = { choices: [], errors: [] };
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const loaded = loadTestUsers(f.text, f.name);
    if ('error' in loaded) {
      out.errors.push({ file: f.name, message: loaded.error });
      continue;
    }
    loaded.users.forEach((user, index) => out.choices.push({ file: f.name, index, user, label: userLabel(user, index), description: describe(user) }));
  }
  return out;
}

function describe(user: TestUser): string {
  const name = [user.first_name, user.last_name].filter((x) => typeof x === 'string' && x !== '').join(' ');
  return [name, user.email].filter(Boolean).join(' · ');
}

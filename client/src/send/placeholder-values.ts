/**
 * Values of the `[insert_...]` placeholders at send time. They are kept in VS Code's
 * SecretStorage, under the keys the "Fill In Placeholder" quick fix uses
 * (`placeholderSecretKey(folderUri, placeholder)`: one per workspace folder and placeholder), the
 * non-secret ones too: the instance name and the consumer key say which org and app a workspace
 * talks to, and one store means one place to forget them. A missing value is asked for once
 * (hidden while typed when secret), stored, and the template is never rewritten.
 */
import { window, type ExtensionContext } from 'vscode';
import { isSecretPlaceholder } from '../../../server/src/send';
import { placeholderSecretKey } from '../templates/placeholder-secrets';
import { readInstanceName } from '../templates/lead-templates';

/** The instance name used with an instance URL override when none is stored (as the CLI does). */
export const OVERRIDE_INSTANCE_NAME = 'standin';

export interface PlaceholderOptions {
  /** Values given to the command (tests): used for this run only, not stored. */
  given?: Readonly<Record<string, string>>;
  /** The instance URL override in force: a missing `[insert_instance_name]` is then `standin`. */
  instanceUrlOverride?: string;
}

/**
 * The values of `names` (`insert_client_secret`...), keyed by name; asks for the missing ones.
 * Undefined when the user cancels.
 */
export async function placeholderValues(context: ExtensionContext, folderUri: string | undefined, names: readonly string[], options: PlaceholderOptions = {}): Promise<Record<string, string> | undefined> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const given = options.given?.[name] ?? options.given?.[`[${name}]`];
    if (typeof given === 'string' && given !== '') {
      values[name] = given;
      continue;
    }
    const key = placeholderSecretKey(folderUri, `[${name}]`);
    const stored = await context.secrets.get(key);
    if (stored) {
      values[name] = stored;
      continue;
    }
    if (name === 'insert_instance_name' && options.instanceUrlOverride) {
      values[name] = OVERRIDE_INSTANCE_NAME;
      continue;
    }
    const value = await askFor(name);
    if (value === undefined) return undefined;
    await context.secrets.store(key, value);
    values[name] = value;
  }
  return values;
}

async function askFor(name: string): Promise<string | undefined> {
  const placeholder = `[${name}]`;
  const secret = isSecretPlaceholder(name);
  const isInstance = name === 'insert_instance_name';
  const value = await window.showInputBox({
    title: `Value for ${placeholder}`,
    prompt: `${secret ? 'Kept in VS Code\'s secret storage; not shown while you type.' : 'Kept in VS Code\'s secret storage for this workspace folder.'} The template is not changed. ${hint(name)}`,
    password: secret,
    ignoreFocusOut: true,
    validateInput: (v) => {
      if (v.trim() === '') return 'Give a value (Escape cancels the send).';
      if (isInstance) {
        const read = readInstanceName(v);
        return 'problem' in read ? read.problem : undefined;
      }
      return undefined;
    },
  });
  if (value === undefined) return undefined;
  if (isInstance) {
    const read = readInstanceName(value);
    return 'instance' in read ? read.instance : value.trim();
  }
  return value.trim();
}

function hint(name: string): string {
  switch (name) {
    case 'insert_instance_name':
      return 'The My Domain name: NAME in https://NAME.my.salesforce.com (a sandbox: name--sandbox.sandbox).';
    case 'insert_client_id':
      return 'The connected app\'s Consumer Key (Setup > App Manager > the app > View > Manage Consumer Details).';
    case 'insert_client_secret':
      return 'The connected app\'s Consumer Secret (same page as the Consumer Key).';
    default:
      return '';
  }
}

/** Forgets the stored values of `names` for this folder; the next send asks again. */
export async function forgetPlaceholderValues(context: ExtensionContext, folderUri: string | undefined, names: readonly string[]): Promise<number> {
  let forgotten = 0;
  for (const name of names) {
    const key = placeholderSecretKey(folderUri, `[${name}]`);
    if ((await context.secrets.get(key)) !== undefined) {
      await context.secrets.delete(key);
      forgotten++;
    }
  }
  return forgotten;
}

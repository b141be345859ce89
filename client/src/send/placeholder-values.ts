/**
 * Values of the `[insert_...]` placeholders at send time. They are kept in VS Code's
 * SecretStorage, under the keys the "Fill In Placeholder" quick fix uses
 * (`placeholderSecretKey(folderUri, placeholder)`: one per workspace folder and placeholder), the
 * non-secret ones too: the instance name and the consumer key say which org and app a workspace
 * talks to, and one store means one place to forget them. A missing value is asked for once
 * (hidden while typed when secret), stored, and the template is never rewritten.
 */
import { l10n, window, type ExtensionContext } from 'vscode';
import { isSecretPlaceholder, OVERRIDE_INSTANCE_NAME } from '../../../server/src/core';
import { placeholderSecretKey } from '../templates/placeholder-secrets';
import { readInstanceName } from '../templates/lead-templates';

export interface PlaceholderOptions {
  /** Values given to the command (tests): used for this run only, not stored. */
  given?: Readonly<Record<string, string>>;
  /** The instance URL override in force: a missing `[insert_instance_name]` is then `standin`. */
  instanceUrlOverride?: string;
}

export interface PlaceholderValues {
  /** Keyed by name: `insert_client_secret`. */
  values: Record<string, string>;
  /** The names whose value is kept in SecretStorage (found there, or asked for now). */
  stored: string[];
}

/**
 * The values of `names` (`insert_client_secret`...); asks for the missing ones. Undefined when the
 * user cancels.
 */
export async function placeholderValues(context: ExtensionContext, folderUri: string | undefined, names: readonly string[], options: PlaceholderOptions = {}): Promise<PlaceholderValues | undefined> {
  const values: Record<string, string> = {};
  const stored: string[] = [];
  for (const name of names) {
    const given = options.given?.[name] ?? options.given?.[`[${name}]`];
    if (typeof given === 'string' && given !== '') {
      values[name] = given;
      continue;
    }
    const key = placeholderSecretKey(folderUri, `[${name}]`);
    const kept = await context.secrets.get(key);
    if (kept) {
      values[name] = kept;
      stored.push(name);
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
    stored.push(name);
  }
  return { values, stored };
}

/** The stored values of `names` that are there, without asking (the status bar's view of a template's org). */
export async function storedPlaceholderValues(context: ExtensionContext, folderUri: string | undefined, names: readonly string[]): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const kept = await context.secrets.get(placeholderSecretKey(folderUri, `[${name}]`));
    if (kept) values[name] = kept;
  }
  return values;
}

/**
 * Asks for `name` again and replaces its stored value (a wrong consumer secret, another org's My
 * Domain name). The old value stays when the user cancels. True when a new value was stored.
 */
export async function reenterPlaceholderValue(context: ExtensionContext, folderUri: string | undefined, name: string): Promise<boolean> {
  const value = await askFor(name, l10n.t("Replaces the value stored in VS Code's secret storage."));
  if (value === undefined) return false;
  await context.secrets.store(placeholderSecretKey(folderUri, `[${name}]`), value);
  return true;
}

async function askFor(name: string, lead?: string): Promise<string | undefined> {
  const placeholder = `[${name}]`;
  const secret = isSecretPlaceholder(name);
  const isInstance = name === 'insert_instance_name';
  const value = await window.showInputBox({
    title: l10n.t('Value for {0}', placeholder),
    prompt: [lead ?? (secret ? l10n.t("Kept in VS Code's secret storage; not shown while you type.") : l10n.t("Kept in VS Code's secret storage for this workspace folder.")), l10n.t('The template is not changed.'), hint(name)].filter(Boolean).join(' '),
    password: secret,
    ignoreFocusOut: true,
    validateInput: (v) => {
      if (v.trim() === '') return l10n.t('Give a value (Escape cancels the send).');
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
      return l10n.t('The My Domain name: NAME in https://NAME.my.salesforce.com (a sandbox: name--sandbox.sandbox).');
    case 'insert_client_id':
      return l10n.t("The connected app's Consumer Key (Setup > App Manager > the app > View > Manage Consumer Details).");
    case 'insert_client_secret':
      return l10n.t("The connected app's Consumer Secret (same page as the Consumer Key).");
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

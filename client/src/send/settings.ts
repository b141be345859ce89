/**
 * The settings the send commands read (`brazeWebhooks.*`), checked. Pure: the caller passes the
 * configuration's `get` (VS Code's `WorkspaceConfiguration.get` for the template's folder).
 */
import { instanceOverrideMessage, instanceOverrideProblem } from '../../../server/src/core';
import { l10n } from '../l10n';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_TEST_USERS_FOLDER = '.braze/test-users';
export const DEFAULT_LEAD_DESCRIBE_PATH = '.salesforce/Lead.describe.json';

export interface SendSettings {
  /** `brazeWebhooks.send.timeoutMs`: time limit of the webhook request. */
  timeoutMs: number;
  /** `brazeWebhooks.send.confirmProduction`: ask before a request goes to a production org. */
  confirmProduction: boolean;
  /** `brazeWebhooks.testUsersFolder`, relative to the workspace folder (or absolute). */
  testUsersFolder: string;
  /** `brazeWebhooks.instanceUrlOverride`: where every Salesforce host goes instead (core `applyInstanceOverride`); undefined when unset. */
  instanceUrlOverride?: string;
  /** `brazeWebhooks.leadDescribePath`, relative to the workspace folder (or absolute). */
  leadDescribePath: string;
  /** Settings that cannot be used as set; a send must stop (an ignored override would reach the real org). */
  problems: string[];
}

export type ConfigGet = (key: string) => unknown;

/** Reads the settings below `brazeWebhooks` (`get('send.timeoutMs')`...). */
export function readSendSettings(get: ConfigGet): SendSettings {
  const problems: string[] = [];
  const timeout = get('send.timeoutMs');
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (typeof timeout === 'number' && Number.isFinite(timeout) && timeout >= 1) timeoutMs = Math.round(timeout);
  else if (timeout !== undefined && timeout !== null) problems.push(l10n.t('brazeWebhooks.send.timeoutMs must be a number of milliseconds (1 or more), not {0}.', JSON.stringify(timeout)));
  const confirm = get('send.confirmProduction');
  const text = (key: string, fallback: string): string => {
    const v = get(key);
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : fallback;
  };
  const settings: SendSettings = {
    timeoutMs,
    confirmProduction: confirm !== false,
    testUsersFolder: text('testUsersFolder', DEFAULT_TEST_USERS_FOLDER),
    leadDescribePath: text('leadDescribePath', DEFAULT_LEAD_DESCRIBE_PATH),
    problems,
  };
  const override = get('instanceUrlOverride');
  if (typeof override === 'string' && override.trim() !== '') {
    const problem = instanceOverrideProblem(override.trim());
    // One sentence of the server's bundle (the client configures its locale too), the setting's key as written.
    if (problem) problems.push(`${instanceOverrideMessage('brazeWebhooks.instanceUrlOverride', override.trim(), problem)}.`);
    else settings.instanceUrlOverride = override.trim().replace(/\/+$/, '');
  }
  return settings;
}

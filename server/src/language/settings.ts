import { z } from 'zod';
import { checkCode } from './checks';
import { t } from '../core';

const severitySetting = z.enum(['off', 'error', 'warning', 'information', 'hint']);

/** The `brazeWebhooks.*` settings the language service reads, each with its default. */
const settingSchemas = {
  /** Per check code: a severity, or "off". A check's former code counts as its code. */
  checks: z.record(z.string(), severitySetting).default({}),
  /** Where the org's Lead describe JSON lives, relative to the workspace folder (other objects': `.salesforce/<Object>.describe.json`). */
  leadDescribePath: z.string().min(1).default('.salesforce/Lead.describe.json'),
  /** The workspace's custom attributes; validated by the knowledge loader, which warns on its own. */
  customAttributes: z.unknown().optional(),
};

export const settingsSchema = z.object(settingSchemas);
export type Settings = z.infer<typeof settingsSchema>;
export type SeveritySetting = z.infer<typeof severitySetting>;

export const defaultSettings: Settings = settingsSchema.parse({});

/**
 * Validates settings from the editor or a file, one value at a time: a malformed value gives a
 * warning naming it and only it falls back to its default; one bad entry of
 * `brazeWebhooks.checks` is dropped alone, the other entries stay in force.
 */
export function parseSettings(raw: unknown): { settings: Settings; warnings: string[] } {
  const warnings: string[] = [];
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && input !== raw) warnings.push(t('Settings "{0}" must be an object; using the defaults.', 'brazeWebhooks'));
  const invalid = (name: string, error: z.ZodError) => warnings.push(t('Setting "{0}" is invalid ({1}); using its default.', `brazeWebhooks.${name}`, error.issues[0]?.message ?? t('unreadable')));

  const checks: Settings['checks'] = {};
  const rawChecks = input.checks;
  if (rawChecks !== undefined && (rawChecks === null || typeof rawChecks !== 'object' || Array.isArray(rawChecks))) {
    warnings.push(t('Setting "{0}" must be an object of check codes and severities; using its default.', 'brazeWebhooks.checks'));
  } else {
    const entries = Object.entries((rawChecks ?? {}) as Record<string, unknown>);
    for (const [code, value] of entries) {
      const parsed = severitySetting.safeParse(value);
      const check = checkCode(code);
      if (!parsed.success) {
        warnings.push(t('Setting "{0}" is invalid ({1} is not one of {2}); ignored.', `brazeWebhooks.checks.${code}`, JSON.stringify(value), severitySetting.options.join(', ')));
      } else if (check === undefined) {
        warnings.push(t('Setting "{0}": there is no check "{1}" (the codes are listed in {2}); ignored.', `brazeWebhooks.checks.${code}`, code, 'docs/checks.md'));
      } else if (check === code || !entries.some(([other]) => other === check)) {
        // A former code applies unless the current one is set too.
        checks[check] = parsed.data;
      }
    }
  }

  const leadDescribePath = settingSchemas.leadDescribePath.safeParse(input.leadDescribePath);
  if (!leadDescribePath.success) invalid('leadDescribePath', leadDescribePath.error);
  return {
    settings: {
      checks,
      leadDescribePath: leadDescribePath.success ? leadDescribePath.data : defaultSettings.leadDescribePath,
      customAttributes: input.customAttributes,
    },
    warnings,
  };
}

import { z } from 'zod';
import { allChecks } from './checks';

const severitySetting = z.enum(['off', 'error', 'warning', 'information', 'hint']);

/** The `brazeWebhooks.*` settings the language service reads, each with its default. */
const settingSchemas = {
  /** Per check code: a severity, or "off". */
  checks: z.record(z.string(), severitySetting).default({}),
  /** Where the org's Lead describe JSON lives, relative to the workspace folder. */
  leadDescribePath: z.string().min(1).default('.salesforce/Lead.describe.json'),
  /** The workspace's custom attributes; validated by the knowledge loader, which warns on its own. */
  customAttributes: z.unknown().optional(),
};

export const settingsSchema = z.object(settingSchemas);
export type Settings = z.infer<typeof settingsSchema>;
export type SeveritySetting = z.infer<typeof severitySetting>;

export const defaultSettings: Settings = settingsSchema.parse({});

const CHECK_CODES: ReadonlySet<string> = new Set(allChecks.map((c) => c.meta.code));

/**
 * Validates settings from the editor or a file, one value at a time: a malformed value gives a
 * warning naming it and only it falls back to its default; one bad entry of
 * `brazeWebhooks.checks` is dropped alone, the other entries stay in force.
 */
export function parseSettings(raw: unknown): { settings: Settings; warnings: string[] } {
  const warnings: string[] = [];
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && input !== raw) warnings.push('Settings "brazeWebhooks" must be an object; using the defaults.');
  const invalid = (name: string, error: z.ZodError) => warnings.push(`Setting "brazeWebhooks.${name}" is invalid (${error.issues[0]?.message ?? 'unreadable'}); using its default.`);

  const checks: Settings['checks'] = {};
  const rawChecks = input.checks;
  if (rawChecks !== undefined && (rawChecks === null || typeof rawChecks !== 'object' || Array.isArray(rawChecks))) {
    warnings.push('Setting "brazeWebhooks.checks" must be an object of check codes and severities; using its default.');
  } else {
    for (const [code, value] of Object.entries((rawChecks ?? {}) as Record<string, unknown>)) {
      const parsed = severitySetting.safeParse(value);
      if (!parsed.success) {
        warnings.push(`Setting "brazeWebhooks.checks.${code}" is invalid (${JSON.stringify(value)} is not one of ${severitySetting.options.join(', ')}); ignored.`);
      } else if (!CHECK_CODES.has(code)) {
        warnings.push(`Setting "brazeWebhooks.checks.${code}": there is no check "${code}" (the codes are listed in docs/checks.md); ignored.`);
      } else {
        checks[code] = parsed.data;
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

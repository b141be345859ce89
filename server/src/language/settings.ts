import { z } from 'zod';

const severitySetting = z.enum(['off', 'error', 'warning', 'information', 'hint']);

/** The `brazeWebhooks.*` settings the language service reads. */
export const settingsSchema = z.object({
  /** Per check code: a severity, or "off". */
  checks: z.record(z.string(), severitySetting).default({}),
  /** Where the org's Lead describe JSON lives, relative to the workspace folder. */
  leadDescribePath: z.string().min(1).default('.salesforce/Lead.describe.json'),
  /** The workspace's custom attributes; validated by the knowledge loader, which warns on its own. */
  customAttributes: z.unknown().optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SeveritySetting = z.infer<typeof severitySetting>;

export const defaultSettings: Settings = settingsSchema.parse({});

/**
 * Validates settings from the editor or a file. A malformed value gives one
 * warning naming the setting, and the defaults are used in its place.
 */
export function parseSettings(raw: unknown): { settings: Settings; warnings: string[] } {
  const result = settingsSchema.safeParse(raw ?? {});
  if (result.success) return { settings: result.data, warnings: [] };
  const issue = result.error.issues[0];
  const where = ['brazeWebhooks', ...issue.path.map(String)].join('.');
  return { settings: defaultSettings, warnings: [`Setting "${where}" is invalid (${issue.message}); using the defaults.`] };
}

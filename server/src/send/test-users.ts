/**
 * The test user file: one Braze user export object, as `POST /users/export/ids` returns it in
 * `users[]`, or the whole export answer `{"users": [...]}` (each user offered). The message
 * context a webhook may read sits beside the user fields, in the user object or beside `users`
 * (then it applies to every user; a user's own wins): `event_properties`,
 * `canvas_entry_properties` (alias `context`), `api_trigger_properties`, and `campaign`/`canvas`
 * for `campaign.${name}`... (the user export shape: braze-inc/braze-docs
 * `_docs/_api/endpoints/export/user_data/post_users_identifier.md`).
 *
 * Liquid names map to export fields: `${user_id}` external_id, `${email_address}` email, `${city}`
 * home_city, `${date_of_birth}` dob, `${phone_number}` phone, the others by their own name
 * (the `exportField` of each attribute in the knowledge list); `custom_attribute.${x}` reads
 * `custom_attributes.x`.
 */
import { z } from 'zod';
import { builtinKnowledge, maskedAttributeName, t, type BrazeAttribute } from '../core';

const Props = z.record(z.string(), z.unknown());
const Text = z.string().nullable().optional();

/** Message context: what the send carries besides the user. */
export const MessageContextSchema = z.looseObject({
  event_properties: Props.optional(),
  canvas_entry_properties: Props.optional(),
  context: Props.optional(),
  api_trigger_properties: Props.optional(),
  campaign: Props.optional(),
  canvas: Props.optional(),
});
export type MessageContext = z.infer<typeof MessageContextSchema>;

/** A user of Braze's export, with the message context a webhook may read beside them. */
export const TestUserSchema = MessageContextSchema.extend({
  external_id: Text,
  braze_id: Text,
  user_aliases: z.array(z.looseObject({ alias_name: z.string(), alias_label: z.string() })).optional(),
  first_name: Text,
  last_name: Text,
  email: Text,
  dob: Text,
  home_city: Text,
  country: Text,
  phone: Text,
  language: Text,
  time_zone: Text,
  gender: Text,
  random_bucket: z.number().nullable().optional(),
  last_coordinates: z.array(z.number()).nullable().optional(),
  apps: z.array(z.looseObject({ name: z.string().optional(), version: z.string().optional(), last_used: z.string().optional() })).optional(),
  custom_attributes: Props.optional(),
});
export type TestUser = z.infer<typeof TestUserSchema>;

const ExportSchema = MessageContextSchema.extend({
  users: z.array(TestUserSchema).min(1, 'the export holds no user'),
});

const CONTEXT_KEYS = MessageContextSchema.keyof().options;

/** A sample test user (Braze export shape), for docs and `braze-webhook-send --sample-user`. */
export const SAMPLE_TEST_USER: TestUser = {
  external_id: '00Q5g00000AbCdEEAV',
  braze_id: '65a1f0c2d3e4b5a6c7d8e9f0',
  first_name: 'Ana',
  last_name: 'García',
  email: 'ana.garcia@example.com',
  dob: '1990-04-17',
  home_city: 'Madrid',
  country: 'ES',
  phone: '+34911234567',
  language: 'es',
  time_zone: 'Europe/Madrid',
  gender: 'F',
  custom_attributes: { company: 'Acme Ibérica', lead_score: 72 },
  event_properties: { plan: 'pro' },
  canvas_entry_properties: { source: 'webinar' },
  api_trigger_properties: { campaign_source: 'api' },
};

export type LoadedUsers = { users: TestUser[] } | { error: string };

/** Reads a test user file; errors name the file and the field path (`users[0].email`). */
export function loadTestUsers(text: string, fileName: string): LoadedUsers {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (e) {
    return { error: t('{0}: not valid JSON: {1}', fileName, jsonErrorWhere(text, e)) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { error: notAUser(fileName, data) };
  }
  if ('users' in data) {
    const parsed = ExportSchema.safeParse(data);
    if (!parsed.success) return { error: issuesText(fileName, parsed.error.issues) };
    const shared: Record<string, unknown> = {};
    for (const k of CONTEXT_KEYS) if (parsed.data[k] !== undefined) shared[k] = parsed.data[k];
    const users = parsed.data.users.map((u) => {
      const merged: Record<string, unknown> = { ...u };
      for (const k of CONTEXT_KEYS) {
        if (shared[k] !== undefined) merged[k] = { ...(shared[k] as object), ...((u[k] as object | undefined) ?? {}) };
      }
      return merged as TestUser;
    });
    return { users };
  }
  const parsed = TestUserSchema.safeParse(data);
  if (!parsed.success) return { error: issuesText(fileName, parsed.error.issues) };
  return { users: [parsed.data] };
}

/** What the file holds instead of a user, one whole message per JSON type; the JSON shape is an argument (its braces are no placeholder). */
function notAUser(fileName: string, data: unknown): string {
  const shape = '{"users": [...]}';
  if (Array.isArray(data)) return t('{0}: expected a Braze user export object (or {1}), found an array', fileName, shape);
  if (data === null) return t('{0}: expected a Braze user export object (or {1}), found null', fileName, shape);
  if (typeof data === 'string') return t('{0}: expected a Braze user export object (or {1}), found a string', fileName, shape);
  if (typeof data === 'number') return t('{0}: expected a Braze user export object (or {1}), found a number', fileName, shape);
  return t('{0}: expected a Braze user export object (or {1}), found a boolean', fileName, shape);
}

function issuesText(fileName: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${fileName}: ${formatPath(i.path) || t('(top level)')}: ${i.message}`)
    .join('\n');
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

function jsonErrorWhere(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(message);
  if (!m) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - before.lastIndexOf('\n');
  return t('{0} (line {1}, column {2})', message.replace(/\s*\(line \d+ column \d+\)$/, ''), line, col);
}

/** A label for a user in messages: external id, else braze id, else email, else its index. */
export function userLabel(user: TestUser, index: number): string {
  return user.external_id ?? user.braze_id ?? user.email ?? t('user #{0}', index + 1);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function maskKeys(obj: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj ?? {})) out[maskedAttributeName(k)] = v;
  return out;
}

function attributeValue(a: BrazeAttribute, user: Record<string, unknown>): unknown {
  const field = a.exportField ?? a.name;
  if (field === 'apps') {
    const apps = (Array.isArray(user.apps) ? user.apps : []) as { version?: string; last_used?: string }[];
    const latest = [...apps].filter((x) => typeof x.last_used === 'string').sort((x, y) => String(y.last_used).localeCompare(String(x.last_used)))[0];
    if (!latest) return user[a.name];
    return a.name === 'last_used_app_date' ? latest.last_used : latest.version;
  }
  if (field === 'last_coordinates') {
    const c = user.last_coordinates;
    if (Array.isArray(c) && c.length === 2) return `${String(c[1])}, ${String(c[0])}`;
    return user[a.name];
  }
  return user[field] !== undefined ? user[field] : user[a.name];
}

/**
 * The Liquid variables of a render: default attributes as `__name_`, namespaces with masked
 * member names (`custom_attribute.__company_`), message context merged over the user's own.
 */
export function buildScope(user: TestUser, message: MessageContext = {}): Record<string, unknown> {
  const u = user as Record<string, unknown>;
  const scope: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(u)) if (!isPlainObject(v)) scope[maskedAttributeName(k)] = v;
  for (const a of builtinKnowledge().braze.attributes) {
    const v = attributeValue(a, u);
    if (v !== undefined) scope[maskedAttributeName(a.name)] = v;
  }
  // Other object-valued export fields become namespaces (subscribed_state, most_recently_used_device...).
  for (const [k, v] of Object.entries(u)) if (isPlainObject(v) && k !== 'custom_attributes') scope[k] = maskKeys(v);
  scope.custom_attribute = maskKeys(isPlainObject(u.custom_attributes) ? u.custom_attributes : {});
  const ctx = (k: (typeof CONTEXT_KEYS)[number]): Record<string, unknown> => ({
    ...(isPlainObject(u[k]) ? u[k] : {}),
    ...(isPlainObject(message[k]) ? message[k] : {}),
  });
  for (const k of CONTEXT_KEYS) scope[k] = maskKeys(ctx(k));
  const entry = maskKeys({ ...ctx('canvas_entry_properties'), ...ctx('context') });
  scope.canvas_entry_properties = entry;
  scope.context = entry;
  return scope;
}

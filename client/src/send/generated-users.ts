/**
 * The test users that are not in a file, as Braze's test send offers them: a random one of the
 * workspace's users, a user made up from the attribute knowledge (new values each send), and the
 * seed of a custom user the user edits (every default attribute a user export holds, from the
 * knowledge's samples; the custom attributes of `brazeWebhooks.customAttributes`; event
 * properties, Canvas entry properties, API trigger properties and the campaign/Canvas members).
 * All in Braze's export shape, so `loadTestUsers` (the engine's zod schema) reads them. Pure:
 * no vscode; `random` is injectable.
 */
import { builtinKnowledge, type BrazeAttribute, type CustomAttribute } from '../../../server/src/core';
import { SAMPLE_TEST_USER, TestUserSchema, type TestUser } from '../../../server/src/send';

export type Random = () => number;

/** One of `items`, or undefined when there is none. */
export function pickRandom<T>(items: readonly T[], random: Random = Math.random): T | undefined {
  return items.length ? items[Math.min(items.length - 1, Math.floor(random() * items.length))] : undefined;
}

const EXPORT_FIELDS = new Set(Object.keys(TestUserSchema.shape));
const exportField = (a: BrazeAttribute) => a.exportField ?? a.name;

/** The default attributes a user export holds, each once (apps and coordinates have their own shape). */
function exportedAttributes(): BrazeAttribute[] {
  const seen = new Set<string>();
  return builtinKnowledge().braze.attributes.filter((a) => !a.legacy && EXPORT_FIELDS.has(exportField(a)) && !seen.has(exportField(a)) && seen.add(exportField(a)));
}

const FIRST = ['Ana', 'Bo', 'Chen', 'Dara', 'Emil', 'Fatima', 'Goran', 'Hana', 'Ines', 'Jonas', 'Kwame', 'Lea'];
const LAST = ['García', 'Nilsson', 'Okafor', 'Tanaka', 'Dubois', 'Kowalski', 'Silva', 'Müller', 'Rossi', 'Haddad'];
const PLACES: [city: string, country: string, language: string, zone: string, lat: number, lon: number][] = [
  ['Madrid', 'ES', 'es', 'Europe/Madrid', 40.4168, -3.7038],
  ['Lyon', 'FR', 'fr', 'Europe/Paris', 45.764, 4.8357],
  ['Porto Alegre', 'BR', 'pt', 'America/Sao_Paulo', -30.0346, -51.2177],
  ['Seoul', 'KR', 'ko', 'Asia/Seoul', 37.5665, 126.978],
  ['Hamburg', 'DE', 'de', 'Europe/Berlin', 53.5511, 9.9937],
  ['Austin', 'US', 'en', 'America/Chicago', 30.2672, -97.7431],
];
const COMPANIES = ['Acme Outdoor Co.', 'Globex Ltd', 'Initech', 'Umbrella Ibérica', 'Stark Logistics'];

/** A user made up for one send: names, email, ids and place drawn at random; each default attribute of the export set. */
export function generatedTestUser(random: Random = Math.random, customAttributes: readonly CustomAttribute[] = []): TestUser {
  const first = pickRandom(FIRST, random)!;
  const last = pickRandom(LAST, random)!;
  const [city, country, language, zone, lat, lon] = pickRandom(PLACES, random)!;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const ascii = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  const values: Record<string, unknown> = {
    external_id: `generated-${hex(8)}`,
    braze_id: hex(24),
    first_name: first,
    last_name: last,
    email: `${ascii(first)}.${ascii(last)}@example.com`,
    dob: `${1950 + Math.floor(random() * 55)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    home_city: city,
    country,
    language,
    time_zone: zone,
    phone: `+1555${String(Math.floor(random() * 1e7)).padStart(7, '0')}`,
    gender: pickRandom(['F', 'M', 'O', 'N', 'P', 'U'], random),
    random_bucket: Math.floor(random() * 10000),
    last_coordinates: [lon, lat],
  };
  const user = fromAttributes((a) => values[exportField(a)]);
  user.custom_attributes = customAttributes.length ? customValues(customAttributes) : { company: pickRandom(COMPANIES, random) };
  return user;
}

/** The text of a new custom user file: every attribute and message context a webhook can read, with sample values to edit. */
export function customUserSeed(customAttributes: readonly CustomAttribute[] = []): string {
  const user = fromAttributes((a) => sampleValue(a));
  user.external_id = 'custom-user';
  user.custom_attributes = customAttributes.length ? customValues(customAttributes) : { ...SAMPLE_TEST_USER.custom_attributes };
  const namespaces = builtinKnowledge().braze.namespaces;
  const members = (name: string, extra: Record<string, unknown> = {}) => {
    const out: Record<string, unknown> = { ...extra };
    for (const m of namespaces.find((n) => n.name === name)?.members ?? []) out[m.name] = typedExample(m.type ?? 'string', m.name);
    return out;
  };
  user.event_properties = members('event_properties', SAMPLE_TEST_USER.event_properties);
  user.canvas_entry_properties = members('canvas_entry_properties', SAMPLE_TEST_USER.canvas_entry_properties);
  user.api_trigger_properties = members('api_trigger_properties', SAMPLE_TEST_USER.api_trigger_properties);
  user.campaign = members('campaign');
  user.canvas = members('canvas');
  return `${JSON.stringify(user, null, 2)}\n`;
}

/** A user with each exported attribute `value` gives (undefined leaves it out); apps from the app attributes. */
function fromAttributes(value: (a: BrazeAttribute) => unknown): TestUser {
  const user: Record<string, unknown> = {};
  for (const a of exportedAttributes()) {
    if (exportField(a) === 'apps') continue;
    const v = value(a);
    if (v !== undefined) user[exportField(a)] = v;
  }
  const sample = (name: string) => builtinKnowledge().braze.attributes.find((a) => a.name === name)?.sample;
  user.apps = [{ name: 'Example App', version: sample('most_recent_app_version') ?? '1.0.0', last_used: isoOf(sample('last_used_app_date')) }];
  return user as TestUser;
}

/** The knowledge's sample in the export's type: a number for `random_bucket`, `[lon, lat]` for coordinates. */
function sampleValue(a: BrazeAttribute): unknown {
  if (exportField(a) === 'last_coordinates') {
    const [lat, lon] = a.sample.split(',').map((x) => Number(x.trim()));
    return [lon, lat];
  }
  if (a.type === 'number') return Number(a.sample);
  if (a.type === 'boolean') return a.sample === 'true';
  return a.sample;
}

/** `2025-03-02 18:45:10 UTC` (Braze's rendering) as the export's ISO time. */
function isoOf(braze: string | undefined): string {
  const d = new Date((braze ?? '').replace(/ UTC$/, 'Z').replace(' ', 'T'));
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}

function customValues(attributes: readonly CustomAttribute[]): Record<string, unknown> {
  return Object.fromEntries(attributes.map((a) => [a.name, typedExample(a.type, a.name)]));
}

function typedExample(type: string, name: string): unknown {
  switch (type) {
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'time':
      return '2025-03-02T18:45:10.000Z';
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return `example ${name}`;
  }
}

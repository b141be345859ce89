import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtinKnowledge } from '../../../server/src/core';
import { buildScope, loadTestUsers, TestUserSchema } from '../../../server/src/send';
import { customUserSeed, generatedTestUser, pickRandom } from './generated-users';

/** A seeded generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The default attributes a generated or custom user must give a value to: those a user export holds. */
const EXPORTED = builtinKnowledge()
  .braze.attributes.filter((a) => Object.keys(TestUserSchema.shape).includes(a.exportField ?? a.name))
  .map((a) => a.name);

test('a random user is one of the workspace\'s, each with its chance', () => {
  const users = ['jane', 'bob', 'ana'];
  const random = seeded(7);
  const seen = new Map<string, number>();
  for (let i = 0; i < 300; i++) {
    const u = pickRandom(users, random)!;
    seen.set(u, (seen.get(u) ?? 0) + 1);
  }
  assert.deepEqual([...seen.keys()].sort(), ['ana', 'bob', 'jane']);
  for (const [u, n] of seen) assert.ok(n > 60, `${u} drawn ${n} times in 300`);
  assert.equal(pickRandom([], random), undefined);
  assert.equal(pickRandom(['only'], () => 0.999999), 'only');
});

test('a generated user: valid for the engine\'s schema, every exported default attribute set, new values each time', () => {
  const random = seeded(42);
  const users = Array.from({ length: 20 }, () => generatedTestUser(random));
  for (const user of users) {
    assert.ok(TestUserSchema.safeParse(user).success, JSON.stringify(user));
    const scope = buildScope(user);
    for (const name of EXPORTED) assert.notEqual(scope[`__${name}_`], undefined, `${name} of ${JSON.stringify(user)}`);
    assert.match(user.email ?? '', /^[a-z]+\.[a-z]+@example\.com$/);
    assert.match(user.external_id ?? '', /^generated-[0-9a-f]{8}$/);
    assert.equal(typeof user.custom_attributes?.company, 'string');
  }
  assert.equal(new Set(users.map((u) => u.external_id)).size, users.length, 'ids differ');
  assert.ok(new Set(users.map((u) => u.first_name)).size > 3, 'names vary');
});

test('the custom attributes of brazeWebhooks.customAttributes get a value of their type', () => {
  const user = generatedTestUser(seeded(1), [{ name: 'lead_score', type: 'number' }, { name: 'vip', type: 'boolean' }, { name: 'plan name', type: 'string' }]);
  assert.deepEqual(user.custom_attributes, { lead_score: 1, vip: true, 'plan name': 'example plan name' });
});

test('the custom user seed: valid JSON the engine loads, with every attribute and the message context to edit', () => {
  const text = customUserSeed([{ name: 'company', type: 'string' }]);
  const loaded = loadTestUsers(text, 'custom-user.json');
  assert.ok('users' in loaded, JSON.stringify(loaded));
  const [user] = loaded.users;
  const scope = buildScope(user);
  for (const name of EXPORTED) assert.notEqual(scope[`__${name}_`], undefined, name);
  // The knowledge's samples, in the export's shapes.
  assert.equal(user.first_name, 'Ana');
  assert.deepEqual(user.last_coordinates, [-3.7038, 40.4168]);
  assert.equal(user.random_bucket, 4821);
  assert.deepEqual(user.custom_attributes, { company: 'example company' });
  // Event properties (the knowledge's members and an example), Canvas entry properties, API trigger properties, campaign and Canvas members.
  assert.deepEqual(Object.keys(user.event_properties ?? {}), ['plan', 'geofence_name', 'geofence_set_name']);
  assert.deepEqual(user.canvas_entry_properties, { source: 'webinar' });
  assert.deepEqual(user.api_trigger_properties, { campaign_source: 'api' });
  assert.ok(user.campaign && 'message_name' in user.campaign);
  assert.ok(user.canvas && 'variant_name' in user.canvas);
  assert.equal((buildScope(user).canvas_entry_properties as Record<string, unknown>).__source_, 'webinar');
});

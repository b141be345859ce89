import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CACHE_MAX_AGE_MAX,
  CACHE_MAX_AGE_MIN,
  assertBuiltinKnowledgeValid,
  builtinKnowledge,
  builtinKnowledgeProblems,
  closestField,
  editDistance,
  findAttribute,
  findConnectedContentOption,
  findField,
  findFilter,
  findNamespace,
  findNamespaceMember,
  findTag,
  findUnsupportedFilter,
  findUnsupportedTag,
  findObject,
  misspeltObject,
  objectOfIdPrefix,
  validateKnowledge,
  type Knowledge,
} from '.';

const k = builtinKnowledge();
const lead = findObject(k, 'Lead')!;
const findLeadField = (_k: Knowledge, name: string) => findField(lead, name);

test('built-in knowledge passes its schema', () => {
  assert.deepEqual(builtinKnowledgeProblems(), []);
  assert.doesNotThrow(() => assertBuiltinKnowledgeValid());
});

test('built-in knowledge is cached and frozen', () => {
  assert.equal(builtinKnowledge(), k);
  assert.ok(Object.isFrozen(k.salesforce.objects));
  assert.ok(Object.isFrozen(lead.fields[0]));
  assert.equal(k.salesforce.leadFields, lead.fields, "the Lead's alias is the Lead object's own list");
});

test('a broken copy of the data is reported, with the path of the problem', () => {
  const broken: Knowledge = {
    ...k,
    braze: { ...k.braze, filters: [...k.braze.filters, { ...(k.braze.filters[0] as (typeof k.braze.filters)[number]), docsUrl: 'http://insecure.example' }] },
  };
  const problems = validateKnowledge(broken);
  assert.ok(problems.some((p) => p.startsWith(`braze.filters[${k.braze.filters.length}].docsUrl`)), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('duplicate name "join"')), problems.join('\n'));
});

test('every attribute, namespace, tag, filter and option links to https documentation', () => {
  const all: { name: string; docsUrl: string }[] = [
    ...k.braze.attributes,
    ...k.braze.namespaces,
    ...k.braze.tags,
    ...k.braze.filters,
    ...k.braze.connectedContentOptions,
    ...k.braze.tokenResponseMembers,
    ...k.salesforce.hostPatterns.map((h) => ({ name: h.example, docsUrl: h.docsUrl })),
  ];
  for (const item of all) assert.ok(item.docsUrl.startsWith('https://'), `${item.name}: ${item.docsUrl}`);
  for (const u of [...k.braze.unsupportedFilters, ...k.braze.unsupportedTags]) assert.ok(u.source.startsWith('https://'), u.name);
});

test('all documented default attributes are present', () => {
  const expected = [
    'first_name', 'last_name', 'email_address', 'user_id', 'braze_id', 'city', 'country', 'date_of_birth', 'gender',
    'language', 'phone_number', 'time_zone', 'last_used_app_date', 'most_recent_app_version', 'most_recent_locale',
    'most_recent_location', 'random_bucket_number', 'set_user_to_unsubscribed_url', 'set_user_to_subscribed_url',
    'set_user_to_opted_in_url',
  ];
  for (const name of expected) assert.ok(findAttribute(k, name), name);
  assert.equal(findAttribute(k, '${email_address}')?.exportField, 'email');
  assert.equal(findAttribute(k, 'user_id')?.exportField, 'external_id');
  assert.equal(findAttribute(k, 'nope'), undefined);
});

test('namespaces: fixed members where Braze lists them, open where the workspace defines them', () => {
  for (const name of ['custom_attribute', 'event_properties', 'canvas_entry_properties', 'context', 'api_trigger_properties', 'content_blocks']) {
    assert.equal(findNamespace(k, name)?.open, true, name);
  }
  for (const name of ['campaign', 'canvas', 'card', 'most_recently_used_device', 'targeted_device', 'sms', 'app']) {
    const ns = findNamespace(k, name);
    assert.equal(ns?.open, false, name);
    assert.ok((ns?.members?.length ?? 0) > 0, name);
  }
  assert.ok(findNamespaceMember(k, 'campaign', '${dispatch_id}'));
  assert.ok(findNamespaceMember(k, 'subscribed_state', 'email_global'));
  assert.equal(findNamespace(k, 'targeted_device')?.inWebhooks, false);
});

test('tags: block tags have end tags, Braze tags are marked, snippets follow the convention', () => {
  for (const name of ['assign', 'capture', 'if', 'elsif', 'else', 'unless', 'case', 'when', 'for', 'break', 'continue', 'echo', 'liquid', 'raw', 'comment', 'increment', 'decrement', 'cycle']) {
    assert.ok(findTag(k, name), name);
  }
  for (const name of ['connected_content', 'abort_message', 'catalog_items', 'catalog_selection_items']) {
    assert.equal(findTag(k, name)?.braze, true, name);
  }
  assert.equal(findTag(k, 'if')?.endTag, 'endif');
  assert.equal(findTag(k, 'if')?.snippet, 'if ${1:condition} %}\n\t$0\n{% endif');
  assert.equal(findTag(k, 'endfor')?.kind, 'end');
  assert.deepEqual(findTag(k, 'elsif')?.parents, ['if', 'unless']);
  for (const t of k.braze.tags) {
    assert.ok(!t.snippet.startsWith('{%'), `${t.name} snippet starts at the tag name`);
    assert.ok(t.snippet.startsWith(t.name), `${t.name} snippet starts with its name`);
  }
  assert.ok(findUnsupportedTag(k, 'include'));
  assert.equal(findTag(k, 'include'), undefined);
});

test('filters: Braze own filters, aliases, and unsupported ones', () => {
  for (const name of [
    'json_escape', 'url_escape', 'url_param_escape', 'url_encode', 'base64_encode', 'md5', 'sha1', 'sha2', 'hmac_sha1_hex',
    'hmac_sha1_base64', 'hmac_sha256_hex', 'hmac_sha256_base64', 'property_accessor', 'number_with_delimiter', 'json_parse',
    'as_json_string', 'time_zone', 'date', 'default', 'plus', 'split', 'money',
  ]) {
    assert.ok(findFilter(k, name), name);
  }
  assert.equal(findFilter(k, 'hmac_sha1')?.name, 'hmac_sha1_hex');
  assert.equal(findFilter(k, 'json_escape')?.braze, true);
  assert.equal(findFilter(k, 'upcase')?.braze, false);
  assert.deepEqual(findFilter(k, 'replace')?.args.map((a) => a.name), ['substring', 'replacement']);
  for (const name of ['find_index', 'camelize', 'camelcase', 'handleize', 'handle', 'pluralize', 'lstrip', 'rstrip', 'money_with_currency', 'money_without_currency', 'format_address', 'highlight', 'color_to_rgb', 'font_face']) {
    assert.ok(findUnsupportedFilter(k, name), name);
    assert.equal(findFilter(k, name), undefined, name);
  }
});

test('connected content: only GET and POST, cache bounds 300..14400', () => {
  const method = findConnectedContentOption(k, ':method');
  assert.deepEqual(method?.values, ['get', 'post']);
  const cache = findConnectedContentOption(k, 'cache_max_age');
  assert.equal(cache?.min, CACHE_MAX_AGE_MIN);
  assert.equal(cache?.max, CACHE_MAX_AGE_MAX);
  assert.equal(CACHE_MAX_AGE_MIN, 300);
  assert.equal(CACHE_MAX_AGE_MAX, 14400);
  for (const name of [':body', ':headers', ':content_type', ':save', ':basic_auth', ':auth_credentials', ':retry', ':no_cache', ':rerender']) {
    assert.ok(findConnectedContentOption(k, name), name);
  }
  assert.equal(findConnectedContentOption(k, ':retry')?.takesValue, false);
  const members = k.braze.tokenResponseMembers.map((m) => m.name);
  assert.deepEqual(members, ['access_token', 'instance_url', 'id', 'token_type', 'issued_at', 'signature', 'scope', '__http_status_code__']);
});

test('the objects: the seven built-in ones, found by name in any letter case; ids by key prefix', () => {
  assert.deepEqual(k.salesforce.objects.map((o) => [o.name, o.source]), ['Lead', 'Contact', 'Account', 'Opportunity', 'Case', 'Task', 'CampaignMember'].map((n) => [n, 'builtin']));
  assert.equal(findObject(k, 'campaignmember')?.name, 'CampaignMember');
  assert.equal(findObject(k, 'Subscription__c'), undefined);
  assert.equal(misspeltObject(k, 'Contacts')?.name, 'Contact');
  assert.equal(misspeltObject(k, 'Laed')?.name, 'Lead');
  assert.equal(misspeltObject(k, 'Lead'), undefined, 'a known object is no typo');
  assert.equal(misspeltObject(k, 'Leads__c'), undefined, "a custom object is the org's own");
  assert.equal(objectOfIdPrefix(k, '003'), 'Contact');
  assert.equal(objectOfIdPrefix(k, '701'), 'Campaign', 'an object a reference names');
  assert.equal(objectOfIdPrefix(k, 'zzz'), undefined);
});

test('lookups answer from an index built once per list: the same item each time', () => {
  assert.equal(findFilter(k, 'json_escape'), findFilter(k, 'json_escape'));
  assert.equal(findFilter(k, 'json_escape')?.name, 'json_escape');
  const aliased = k.braze.filters.find((f) => f.aliases?.length);
  assert.ok(aliased);
  assert.equal(findFilter(k, aliased.aliases![0]!), aliased, 'an older name');
  assert.equal(findTag(k, 'if')?.name, 'if');
  assert.equal(findField(lead, 'lastname'), findField(lead, 'LASTNAME'));
  assert.equal(findField(findObject(k, 'Contact')!, 'accountid')?.name, 'AccountId');
});

test('lead fields: required, read-only, create-only and update-only fields', () => {
  const required = lead.fields.filter((f) => f.requiredOnCreate).map((f) => f.name);
  assert.deepEqual(required.sort(), ['Company', 'LastName']);
  assert.equal(findLeadField(k, 'lastname')?.name, 'LastName');
  assert.equal(findLeadField(k, 'LASTNAME')?.length, 80);
  const status = findLeadField(k, 'Status');
  assert.ok(status?.defaulted && !status.requiredOnCreate);
  assert.ok(status?.picklistValues?.includes('Open - Not Contacted'));
  for (const name of ['Id', 'Name', 'CreatedDate', 'SystemModstamp', 'IsDeleted', 'Address']) {
    const f = findLeadField(k, name);
    assert.ok(f && !f.createable && !f.updateable, name);
  }
  const converted = findLeadField(k, 'ConvertedAccountId');
  assert.ok(converted?.createable && !converted.updateable);
  const bounced = findLeadField(k, 'EmailBouncedDate');
  assert.ok(bounced && !bounced.createable && bounced.updateable);
  assert.equal(findLeadField(k, 'Email')?.brazeValue, '{{${email_address} | json_escape}}');
  assert.equal(findLeadField(k, 'FirstName')?.brazeValue, '{{${first_name} | json_escape}}');
  assert.deepEqual(findLeadField(k, 'OwnerId')?.idPrefix, ['005', '00G']);
  assert.ok(findLeadField(k, 'Industry')?.picklistValues?.includes('Technology'));
  assert.equal(findLeadField(k, 'GeocodeAccuracy')?.restrictedPicklist, true);
});

test('every suggested Braze value names a known default attribute', () => {
  for (const f of k.salesforce.objects.flatMap((o) => o.fields)) {
    if (f.brazeValue === undefined) continue;
    const m = /^\{\{\$\{([a-z_]+)\} \| json_escape\}\}$/.exec(f.brazeValue);
    assert.ok(m, `${f.name}: ${f.brazeValue}`);
    assert.ok(findAttribute(k, m[1] as string), `${f.name}: ${m[1]}`);
  }
});

test('closestField suggests the field a typo meant, the first listed on a tie', () => {
  assert.equal(closestField(lead, 'Emial')?.field.name, 'Email');
  assert.equal(closestField(lead, 'lastnme')?.field.name, 'LastName');
  assert.equal(closestField(lead, 'Compnay')?.field.name, 'Company');
  assert.equal(closestField(lead, 'Lead_Stage__c'), undefined);
  assert.equal(closestField(lead, 'CreatedDat', { writableFor: 'create' }), undefined);
  assert.equal(closestField(findObject(k, 'Task')!, 'Subjet')?.field.name, 'Subject');
  const fields = [lead.fields[0]!, { ...lead.fields[0]!, name: 'LastNamf' }];
  assert.equal(closestField({ fields }, 'LastNamx')?.field, fields[0], 'a tie goes to the first');
  assert.equal(editDistance('abc', 'acb'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  // With a bound, anything past it reads as bound + 1, and within it the exact distance.
  assert.equal(editDistance('kitten', 'sitting', 2), 3);
  assert.equal(editDistance('kitten', 'sitting', 3), 3);
  assert.equal(editDistance('lastnmae', 'lastname', 1), 1);
  assert.equal(editDistance('a', 'abcdef', 2), 3);
  // The rows are reused: a long pair, then a short one, still measure right.
  assert.equal(editDistance('x'.repeat(300), 'y'.repeat(300), 2), 3);
  assert.equal(editDistance('abcd', 'abdc'), 1);
});

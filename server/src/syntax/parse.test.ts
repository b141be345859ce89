import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { LiquidOutput, LiquidTag, Span, WebhookDocument } from './ast';
import { parseWebhook } from './parse';
import { repoPath } from '../../../test/support/paths';

const examples = repoPath('examples');
const createLead = readFileSync(join(examples, 'create-lead.webhook'), 'utf8');
const updateLead = readFileSync(join(examples, 'update-lead-to-mql.webhook'), 'utf8');

const at = (doc: WebhookDocument, span: Span | undefined) => (span ? doc.text.slice(span.start, span.end) : undefined);
const tags = (doc: WebhookDocument) => [...(doc.requestLine?.url?.liquid ?? []), ...doc.headers.flatMap((h) => h.value.liquid), ...(doc.body?.liquid ?? [])].filter((n): n is LiquidTag => n.type === 'tag');
const outputs = (doc: WebhookDocument) => [...(doc.requestLine?.url?.liquid ?? []), ...doc.headers.flatMap((h) => h.value.liquid), ...(doc.body?.liquid ?? [])].filter((n): n is LiquidOutput => n.type === 'output');
const problems = (doc: WebhookDocument) => doc.problems.map((p) => [p.code, at(doc, p)]);

test('Create Lead seed: request line, headers, body, every range exact', () => {
  const doc = parseWebhook(createLead);
  assert.deepEqual(doc.problems, []);
  assert.equal(doc.name, 'Salesforce Sales Cloud > Create Lead');
  assert.equal(doc.comments.length, 2);
  assert.equal(at(doc, doc.requestLine?.method), 'POST');
  assert.equal(at(doc, doc.requestLine?.url), 'https://[insert_instance_name].my.salesforce.com/services/data/v60.0/sobjects/Lead/');
  assert.deepEqual(doc.headers.map((h) => at(doc, h.name)), ['Authorization', 'Content-Type']);
  assert.equal(at(doc, doc.headers[1].value), 'application/json');
  assert.equal(doc.body?.text.trim().startsWith('{'), true);
  assert.deepEqual(
    doc.json?.root?.members?.map((m) => [at(doc, m.key), m.key.value, at(doc, m.value), m.value?.hasLiquid]),
    [
      ['"firstName"', 'firstName', '"{{${first_name}}}"', true],
      ['"lastName"', 'lastName', '"{{${last_name}}}"', true],
      ['"email"', 'email', '"{{${email_address}}}"', true],
      ['"company"', 'company', '"{{custom_attribute.${company}}}"', true],
    ],
  );
});

test('a folded header value reads as one line joined by single spaces, its ranges map to the file', () => {
  const doc = parseWebhook(createLead);
  const auth = doc.headers[0].value;
  assert.equal(
    auth.text,
    '{% connected_content https://[insert_instance_name].my.salesforce.com/services/oauth2/token :method post ' +
      ':body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials :save result %}Bearer {{result.access_token}}',
  );
  const [tag] = tags(doc);
  assert.equal(tag.name.text, 'connected_content');
  assert.equal(at(doc, tag.name), 'connected_content');
  assert.ok(at(doc, tag)?.startsWith('{% connected_content https://'));
  assert.ok(at(doc, tag)?.endsWith(':save result %}'));
  const cc = tag.connectedContent!;
  assert.equal(at(doc, cc.url), 'https://[insert_instance_name].my.salesforce.com/services/oauth2/token');
  assert.deepEqual(
    cc.options.map((o) => [at(doc, o.name), at(doc, o.value), at(doc, o)]),
    [
      ['method', 'post', ':method post'],
      ['body', 'client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials', ':body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials'],
      ['save', 'result', ':save result'],
    ],
  );
  // Each option sits on its own line of the file.
  const lineOf = (offset: number) => doc.text.slice(0, offset).split('\n').length;
  assert.deepEqual(cc.options.map((o) => lineOf(o.start)), [5, 6, 7]);
  const [token] = outputs(doc).filter((o) => o.expression?.variables[0]?.path[0] === 'result');
  assert.equal(at(doc, token), '{{result.access_token}}');
  assert.deepEqual(token.expression?.variables.map((v) => [v.path, at(doc, v)]), [[['result', 'access_token'], 'result.access_token']]);
});

test('Update Lead seed: the record id is an attribute reference in the URL', () => {
  const doc = parseWebhook(updateLead);
  assert.deepEqual(doc.problems, []);
  assert.equal(at(doc, doc.requestLine?.method), 'PATCH');
  const url = doc.requestLine!.url!;
  assert.equal(url.liquid.length, 1);
  assert.equal(at(doc, url.liquid[0]), '{{${user_id}}}');
  const ref = doc.attributes.find((a) => a.name.text === 'user_id')!;
  assert.equal(at(doc, ref), '${user_id}');
  assert.equal(ref.namespace, undefined);
  assert.deepEqual(doc.json?.root?.members?.map((m) => [m.key.value, m.value?.value]), [['Lead_Stage__c', 'MQL']]);
});

test('attribute references: namespaces, names with spaces, nested in tags; `${{` is a literal dollar', () => {
  const text = [
    'POST https://x.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
    '',
    '{% assign b = {{custom_attribute.${Brands Viewed}}} | size %}',
    '{% if ${first_name} != blank and {{event_properties.${date}}} > 0 %}${{custom_attribute.${price}}}{% endif %}',
    '{{canvas_entry_properties.${plan}}} {{context.${plan}}} {{campaign.${name}}}',
  ].join('\n');
  const doc = parseWebhook(text);
  assert.deepEqual(problems(doc), []);
  assert.deepEqual(
    doc.attributes.map((a) => [at(doc, a), a.namespace?.text, a.name.text]),
    [
      ['custom_attribute.${Brands Viewed}', 'custom_attribute', 'Brands Viewed'],
      ['${first_name}', undefined, 'first_name'],
      ['event_properties.${date}', 'event_properties', 'date'],
      ['custom_attribute.${price}', 'custom_attribute', 'price'],
      ['canvas_entry_properties.${plan}', 'canvas_entry_properties', 'plan'],
      ['context.${plan}', 'context', 'plan'],
      ['campaign.${name}', 'campaign', 'name'],
    ],
  );
  const assign = tags(doc).find((t) => t.name.text === 'assign')!;
  assert.equal(at(doc, assign.assigns), 'b');
  assert.deepEqual(assign.expression?.filters.map((f) => at(doc, f.name)), ['size']);
  assert.deepEqual(assign.expression?.variables.map((v) => v.path), [['custom_attribute', '${Brands Viewed}']]);
});

test('outputs: filters and their arguments, with ranges', () => {
  const doc = parseWebhook('POST https://x\n\n{"FirstName": "{{${first_name} | default: \'there\' | json_escape}}"}');
  const [out] = outputs(doc);
  assert.deepEqual(out.expression?.filters.map((f) => [at(doc, f.name), f.args.map((a) => at(doc, a))]), [
    ['default', ["'there'"]],
    ['json_escape', []],
  ]);
  assert.deepEqual(out.expression?.variables.map((v) => [v.path, at(doc, v)]), [[['${first_name}'], '${first_name}']]);
});

test('Braze-only Liquid that must raise nothing', () => {
  const text = [
    'POST https://x.my.salesforce.com/services/data/v60.0/sobjects/Lead/',
    'Authorization: {% connected_content https://api.example.com/token :method post :headers {"X-Key": "a b", "Y": "{{${user_id}}}"} :content_type application/json :cache_max_age 900 :retry :save token %}Bearer {{token.access_token}}',
    '',
    'Raw text body, {{${first_name}}}:',
    '{%- if token.access_token == blank -%}{% abort_message () %}{%- endif -%}',
    '{% abort_message("no token") %}{% abort_message() %}',
    '{% raw %}{{ not liquid {% %}{% endraw %}{% comment %}{{ broken {% if {% endcomment %}',
    '{% for i in {{custom_attribute.${Brands Viewed}}} limit: 3 %}{{i}}{% endfor %}',
    '{% capture body %}{"a": 1}{% endcapture %}{% catalog_items games 1234 %}{{items[0].name}}',
    '{% case ${language} %}{% when "en", "fr" %}x{% else %}y{% endcase %}',
  ].join('\n');
  const doc = parseWebhook(text);
  assert.deepEqual(problems(doc), []);
  const cc = tags(doc).find((t) => t.connectedContent)!.connectedContent!;
  assert.deepEqual(cc.options.map((o) => [o.name.text, o.value?.text]), [
    ['method', 'post'],
    ['headers', '{"X-Key": "a b", "Y": "{{${user_id}}}"}'],
    ['content_type', 'application/json'],
    ['cache_max_age', '900'],
    ['retry', undefined],
    ['save', 'token'],
  ]);
  // The output nested in `:headers` is read too, with its attribute reference.
  assert.ok(doc.attributes.some((a) => a.name.text === 'user_id'));
  const forTag = tags(doc).find((t) => t.name.text === 'for')!;
  assert.deepEqual(forTag.expression?.variables.map((v) => v.path), [['custom_attribute', '${Brands Viewed}']]);
});

test('syntax problems of the request line', () => {
  assert.deepEqual(problems(parseWebhook('')), [['request-line', '']]);
  assert.deepEqual(problems(parseWebhook('# only a comment\n')), [['request-line', '']]);
  assert.deepEqual(problems(parseWebhook('post https://x\n')), [['request-line', 'post']]);
  assert.match(parseWebhook('post https://x\n').problems[0].message, /"POST"/);
  assert.deepEqual(problems(parseWebhook('FETCH https://x\n')), [['request-line', 'FETCH']]);
  assert.deepEqual(problems(parseWebhook('POST\n')), [['request-line', 'POST']]);
  assert.deepEqual(problems(parseWebhook('https://x.my.salesforce.com/\n')), [['request-line', 'https://x.my.salesforce.com/']]);
  const headerFirst = parseWebhook('Content-Type: application/json\n\n{}');
  assert.deepEqual(problems(headerFirst), [['request-line', 'Content-Type: application/json']]);
  assert.equal(headerFirst.headers.length, 1);
});

test('syntax problems of headers', () => {
  assert.deepEqual(problems(parseWebhook('POST https://x\nAuthorization\n')), [['header-syntax', 'Authorization']]);
  assert.deepEqual(problems(parseWebhook('POST https://x\n: value\n')), [['header-syntax', ':']]);
  const noBlank = parseWebhook('POST https://x\nContent-Type: application/json\n{"a": 1}\n');
  assert.deepEqual(problems(noBlank), [['header-syntax', '{"a": 1}']]);
  assert.match(noBlank.problems[0].message, /blank line/);
  assert.deepEqual(problems(parseWebhook('POST https://x\n  orphan\n')), [['header-syntax', '  orphan']]);
});

test('syntax problems of Liquid, at the exact range, in the field where they are', () => {
  const doc = parseWebhook('POST https://x/{{${user_id}\nX-A: {% if x %}a\nX-B: b{% endif %}\n\n{"a": "{{ x | }}", "b": "{{{custom_attribute.${x}}}}", "c": "{{${first_name | upcase}}", "d": "${not liquid"}');
  assert.deepEqual(problems(doc), [
    ['liquid-syntax', '{{${user_id}'],
    ['liquid-syntax', '{% if x %}'],
    ['liquid-syntax', '{% endif %}'],
    ['liquid-syntax', '{{ x | }}'],
    ['liquid-syntax', '{{{custom_attribute.${x}}}'],
    ['liquid-syntax', '{{${first_name | upcase}}'],
    ['liquid-syntax', '${first_name '],
  ]);
  assert.match(doc.problems[1].message, /not closed.*same field/);
  assert.match(doc.problems[2].message, /no "\{% if %\}" before it/);
});

test('JSON body: Liquid outside strings stands for a value; tags around members are set aside; problems are exact', () => {
  const doc = parseWebhook('POST https://x\n\n{"n": {{custom_attribute.${n}}}, {% if x %}"a": true,{% endif %} "z": null}');
  assert.deepEqual(problems(doc), []);
  assert.deepEqual(doc.json?.root?.members?.map((m) => [m.key.value, m.value?.kind, at(doc, m.value)]), [
    ['n', 'liquid', '{{custom_attribute.${n}}}'],
    ['a', 'boolean', 'true'],
    ['z', 'null', 'null'],
  ]);
  const broken = parseWebhook('POST https://x\n\n{"a": 1 "b": 2}');
  assert.deepEqual(problems(broken), [['json-invalid', '"b"']]);
  assert.match(broken.problems[0].message, /comma/);
  assert.equal(parseWebhook('POST https://x\n\nplain text body').json, undefined);
});

test('a value written once per branch is one Liquid value, not a value and a stray key', () => {
  const value = `{% if x %}"A"{% elsif y %}"B"{% else %}"C"{% endif %}`;
  const doc = parseWebhook(`POST https://x\n\n{"Company": ${value}, "Title": "t"}`);
  assert.deepEqual(doc.json?.root?.members?.map((m) => [m.key.value, m.value?.kind, at(doc, m.value)]), [
    ['Company', 'liquid', value],
    ['Title', 'string', '"t"'],
  ]);
  const plain = parseWebhook('POST https://x\n\n{"a": "A" "b": 2}');
  assert.deepEqual(plain.json?.root?.members?.map((m) => m.key.value), ['a', 'b'], 'without Liquid between them, two strings stay an error and a key');
});

test('CRLF line endings give the same structure', () => {
  const doc = parseWebhook(createLead.replace(/\n/g, '\r\n'));
  assert.deepEqual(doc.problems, []);
  assert.deepEqual(doc.headers.map((h) => at(doc, h.name)), ['Authorization', 'Content-Type']);
  assert.equal(doc.json?.root?.members?.length, 4);
  assert.equal(tags(doc)[0].connectedContent?.options.length, 3);
});

test('never throws, whatever the text', () => {
  const nasty = [
    '{{', '{%', '}}', '%}', '${', '${}', '{{{{', '{% %}', '{% if', '{% endif %}', '"', '\\', '{"a":', '[', '\u0000', '\uFFFF', '\r', '\r\n\r\n',
    ':method', '{% connected_content %}', '{% connected_content :save %}', '{% assign %}', '{% for %}', '{% for x %}', '{{ | }}', '{{ a | : }}', '{{ “a” }}',
  ];
  let seed = 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 2000; i++) {
    let text = i % 2 ? 'POST https://x\nA: b\n\n' : '';
    for (let j = 0; j < 12; j++) text += nasty[Math.floor(random() * nasty.length)] + (random() < 0.3 ? '\n' : '');
    const doc = parseWebhook(text);
    for (const p of doc.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `bad range in ${JSON.stringify(text)}`);
  }
  assert.doesNotThrow(() => parseWebhook(`POST https://x\n\n${'['.repeat(100000)}`));
  assert.doesNotThrow(() => parseWebhook(`POST https://x\n\n${'{% if x %}'.repeat(20000)}`));
});

test('an output nested as a filter argument is Braze syntax; elsewhere a second {{ means the first is open', () => {
  const nested = parseWebhook('POST https://x\n\nYou have ${{custom_attribute.${giftcard_balance} | plus: {{balance}}}} to spend');
  assert.deepEqual(problems(nested), []);
  assert.deepEqual(outputs(nested).map((o) => at(nested, o)), ['{{custom_attribute.${giftcard_balance} | plus: {{balance}}}}']);
  assert.deepEqual(outputs(nested)[0].expression?.variables.map((v) => v.path.join('.')), ['custom_attribute.${giftcard_balance}', 'balance']);
  const open = parseWebhook('POST https://x\n\n{"a": "{{${last_name}}", "b": "{{${email_address}}}"}');
  assert.deepEqual(problems(open), [['liquid-syntax', '{{${last_name}}", "b": "{{${email_address}}}"}']]);
});

test('a captured JSON object or a comment in the body is not part of the body Braze sends', () => {
  const doc = parseWebhook('POST https://x\n\n{% capture q %}{"email": "x"}{% endcapture %}{% comment %}{not json{% endcomment %}\n{"LastName": "{{q}}"}');
  assert.deepEqual(problems(doc), []);
  assert.deepEqual(doc.json?.root?.members?.map((m) => m.key.value), ['LastName']);
});

test('every problem carries a kind, so checks never read its words', () => {
  const doc = parseWebhook('post https://x.example.com/\nContent-Type application/json\nX: {% if a %}{{ b }\n\n{"a": {% endfor %}, }');
  assert.deepEqual(
    doc.problems.map((p) => [p.code, p.kind]),
    [
      ['request-line', 'method-unknown'],
      ['header-syntax', 'header-colon-missing'],
      ['liquid-syntax', 'block-unclosed'],
      ['liquid-syntax', 'delimiter-unclosed'],
      ['liquid-syntax', 'block-end-unopened'],
    ],
  );
});

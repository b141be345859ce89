import { test } from 'node:test';
import assert from 'node:assert/strict';
import { methodUrlMismatch } from './method-url-mismatch';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';

const LEAD = 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/';

test('method-url-mismatch: matching methods and URLs raise nothing', () => {
  const texts = [
    ...validSamples(),
    template({ method: 'PATCH', url: `${LEAD}00Q5g00000AbCdE` }),
    template({ method: 'PATCH', url: `${LEAD}Braze_Id__c/{{\${braze_id}}}` }),
    template({ method: 'GET', url: `${LEAD}00Q5g00000AbCdE`, body: null }),
    template({ method: 'DELETE', url: `${LEAD}{{\${user_id}}}`, body: null }),
    template({ method: 'GET', url: `${LEAD}describe`, body: null }),
    'PATCH\n',
    '',
  ];
  for (const text of texts) assert.deepEqual(runCheck(methodUrlMismatch, text), [], text);
});

test('method-url-mismatch: POST with a record id; fixes use PATCH or remove the id', () => {
  const text = template({ method: 'POST', url: `${LEAD}{{\${user_id}}}` });
  const [f, ...more] = runCheck(methodUrlMismatch, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, '{{${user_id}}}');
  assert.equal(f.message, 'POST creates a Lead and takes no record id, but the URL ends with "{{${user_id}}}": use PATCH to update that Lead, or remove the id');
  assert.equal(applyFix(text, f.fixes![0]), template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}` }));
  assert.equal(applyFix(text, f.fixes![1]), template({ method: 'POST', url: LEAD }));
});

test('method-url-mismatch: PATCH without a record id; fixes add {{${user_id}}} or use POST', () => {
  const text = template({ method: 'PATCH', url: LEAD });
  const [f, ...more] = runCheck(methodUrlMismatch, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'Lead');
  assert.equal(f.message, 'PATCH updates one Lead, but the URL has no record id after "Lead": add it (e.g. {{${user_id}}}), or use POST to create a Lead');
  assert.equal(applyFix(text, f.fixes![0]), template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}` }));
  assert.equal(applyFix(text, f.fixes![1]), template({ method: 'POST', url: LEAD }));
  const noSlash = template({ method: 'PATCH', url: LEAD.slice(0, -1) });
  const [g] = runCheck(methodUrlMismatch, noSlash);
  assert.equal(applyFix(noSlash, g.fixes![0]), template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}` }));
});

test('method-url-mismatch: GET or DELETE with a body', () => {
  for (const method of ['GET', 'DELETE']) {
    const text = template({ method, url: `${LEAD}{{\${user_id}}}` });
    const [f, ...more] = runCheck(methodUrlMismatch, text);
    assert.equal(more.length, 0);
    assert.equal(f.slice, method);
    assert.equal(f.message, `${method} sends no body, but this request has one: use PATCH to update a record or POST to create one, or remove the body`);
    assert.equal(applyFix(text, f.fixes![0]), template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}` }));
  }
});

test('method-url-mismatch: PUT on a record answers 405; the fix uses PATCH', () => {
  for (const url of [`${LEAD}{{\${user_id}}}`, `${LEAD}Braze_Id__c/{{\${user_id}}}`]) {
    const text = template({ method: 'PUT', url });
    const [f, ...more] = runCheck(methodUrlMismatch, text);
    assert.equal(more.length, 0, text);
    assert.equal(f.slice, 'PUT');
    assert.match(f.message, /^Salesforce answers 405 Method Not Allowed to PUT on a Lead: use PATCH/);
    assert.equal(applyFix(text, f.fixes![0]), template({ method: 'PATCH', url }));
  }
  const create = template({ method: 'PUT', url: LEAD });
  const [g, ...others] = runCheck(methodUrlMismatch, create);
  assert.equal(others.length, 0);
  assert.equal(g.message, 'Salesforce answers 405 Method Not Allowed to PUT on Lead: use POST to create a Lead');
  assert.equal(applyFix(create, g.fixes![0]), template({ method: 'POST', url: LEAD }));
});

test('method-url-mismatch: a PATCH record segment that is a Braze attribute never holding an id; fix uses {{${user_id}}}', () => {
  for (const attr of ['email_address', 'first_name', 'phone_number', 'braze_id']) {
    const text = template({ method: 'PATCH', url: `${LEAD}{{\${${attr}}}}` });
    const [f, ...more] = runCheck(methodUrlMismatch, text);
    assert.equal(more.length, 0, text);
    assert.equal(f.slice, `{{\${${attr}}}}`);
    assert.match(f.message, new RegExp(`^\\$\\{${attr}\\} is never a Salesforce record id`));
    assert.equal(applyFix(text, f.fixes![0]), template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}` }));
  }
});

test('method-url-mismatch: upserts, custom attributes and ids held elsewhere stay clean', () => {
  const texts = [
    template({ method: 'PATCH', url: `${LEAD}Email/{{\${email_address} | url_param_escape}}` }),
    template({ method: 'PATCH', url: `${LEAD}Ext_Id__c/{{\${user_id} | url_param_escape}}` }),
    template({ method: 'PATCH', url: `${LEAD}{{custom_attribute.\${sf_lead_id}}}` }),
    template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}` }),
    template({ method: 'PATCH', url: `${LEAD}{{event_properties.\${lead_id}}}` }),
    template({ method: 'PATCH', url: `${LEAD}{{\${user_id}}}`, headers: ['Sforce-Auto-Assign: FALSE', 'Sforce-Duplicate-Rule-Header: allowSave=true'], contentType: 'application/json; charset=UTF-8' }),
    template({ method: 'PATCH', url: `${LEAD.slice(0, -1)}/{{\${user_id}}}` }),
  ];
  for (const text of texts) assert.deepEqual(runCheck(methodUrlMismatch, text), [], text);
});

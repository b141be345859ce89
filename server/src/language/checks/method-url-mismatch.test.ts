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

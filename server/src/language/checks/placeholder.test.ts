import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeholder } from './placeholder';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { COMPLETE, example, filledCreateLead, filledUpdateLead, template } from '../../../../test/support/lead-samples';

test('placeholder: filled templates raise nothing', () => {
  for (const text of [filledCreateLead(), filledUpdateLead(), COMPLETE, template(), template({ auth: 'Bearer {{x}}' }), '', 'POST\n']) {
    assert.deepEqual(runCheck(placeholder, text), [], text);
  }
});

test('placeholder: every placeholder of the examples, in the URL, the token call and its body', () => {
  for (const name of ['create-lead', 'update-lead-to-mql'] as const) {
    const text = example(name);
    const found = runCheck(placeholder, text);
    assert.deepEqual(found.map((f) => f.slice), ['[insert_instance_name]', '[insert_instance_name]', '[insert_client_id]', '[insert_client_secret]']);
    const url = text.split('\n')[2].replace(/^\S+ /, '');
    assert.equal(found[0].message, `Placeholder "[insert_instance_name]" is still in the template: Braze fails at send time with "${url} is not a valid URL"; fill in your org's My Domain name (NAME in NAME.my.salesforce.com)`);
    assert.equal(found[1].message, 'Placeholder "[insert_instance_name]" is still in the template: Braze fails at send time with "https://[insert_instance_name].my.salesforce.com/services/oauth2/token is not a valid URL"; fill in your org\'s My Domain name (NAME in NAME.my.salesforce.com)');
    assert.equal(found[2].message, 'Placeholder "[insert_client_id]" is still in the template: Braze sends it as written and the call fails at send time; fill in your connected app\'s consumer key');
    assert.equal(found[3].message, 'Placeholder "[insert_client_secret]" is still in the template: Braze sends it as written and the call fails at send time; fill in your connected app\'s consumer secret');
    assert.deepEqual(found[2].fixes, [{
      title: 'Fill in [insert_client_id]...',
      edits: [],
      command: { title: 'Fill in [insert_client_id]...', command: 'brazeWebhooks.fillPlaceholder', arguments: [{ placeholder: '[insert_client_id]', secret: false }] },
      preferred: true,
    }]);
    assert.deepEqual(found[3].fixes![0].command!.arguments, [{ placeholder: '[insert_client_secret]', secret: true }]);
    assert.deepEqual(found[0].fixes![0].command!.arguments, [{ placeholder: '[insert_instance_name]', secret: false }]);
    // A command fix has no edits: applying it leaves the text as it is (the client asks for the value).
    assert.equal(applyFix(text, found[3].fixes![0]), text);
  }
});

test('placeholder: any [insert_...] in a header or the body', () => {
  const text = template({ headers: ['X-Api-Key: [insert_api_key]'], body: '{"LastName": "[INSERT_last_name]", "Company": "Acme"}' });
  const found = runCheck(placeholder, text);
  assert.deepEqual(found.map((f) => [f.slice, f.message]), [
    ['[insert_api_key]', 'Placeholder "[insert_api_key]" is still in the template: Braze sends it as written and the call fails at send time; fill in the value it stands for'],
    ['[INSERT_last_name]', 'Placeholder "[INSERT_last_name]" is still in the template: Braze sends it as written and the call fails at send time; fill in the value it stands for'],
  ]);
  // The same rule as the send engine: an API key is a secret, so its fix keeps it out of the file.
  assert.deepEqual(found[0].fixes![0].command!.arguments, [{ placeholder: '[insert_api_key]', secret: true }]);
  assert.deepEqual(runCheck(placeholder, '# fill in [insert_client_id] below\n' + template()), [], 'comments are not checked');
});

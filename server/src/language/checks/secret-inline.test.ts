import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secretInline } from './secret-inline';
import { runCheck } from '../../../../test/support/check-test-helper';
import { COMPLETE, RECIPE_ONE_LINE, TOKEN_CALL, example, filledCreateLead, template } from '../../../../test/support/lead-samples';

test('secret-inline: placeholders and Liquid secrets raise nothing', () => {
  for (const text of [example('create-lead'), example('update-lead-to-mql'), COMPLETE, template(), template({ auth: 'Bearer {{x}}' }), '']) {
    assert.deepEqual(runCheck(secretInline, text), [], text);
  }
});

test('secret-inline: a literal client secret, in the token call or another connected_content call', () => {
  const text = template({ auth: TOKEN_CALL.replace('{{custom_attribute.${sf_secret}}}', 'A1B2C3D4E5') });
  const found = runCheck(secretInline, text);
  assert.deepEqual(found.map((f) => [f.slice, f.message]), [['A1B2C3D4E5', 'The client secret "A1B2…" is written in the file, so it will be in source control: write client_secret=[insert_client_secret] and fill it in Braze']]);
  assert.deepEqual(runCheck(secretInline, RECIPE_ONE_LINE).map((f) => f.slice), ['SampleSecret123']);
  assert.deepEqual(runCheck(secretInline, filledCreateLead()).map((f) => [f.slice, f.severity]), [['SampleSecret123', undefined]]);
  const inBody = template({ body: "{% connected_content https://x.example.com/t :method post :body client_secret=abc %}{\"LastName\": \"x\"}" });
  assert.deepEqual(runCheck(secretInline, inBody).map((f) => [f.slice, f.message]), [['abc', 'The client secret "abc" is written in the file, so it will be in source control: write client_secret=[insert_client_secret] and fill it in Braze']]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oauthContentType } from './oauth-content-type';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { COMPLETE, TOKEN_CALL, filledCreateLead, filledUpdateLead, template } from '../../../../test/support/lead-samples';

const withOption = (option: string): string => template({ auth: `${TOKEN_CALL.replace(':save result', `${option} :save result`)}Bearer {{result.access_token}}` });

test('oauth-content-type: a token call with :content_type application/json; fixes remove it or write form-urlencoded', () => {
  for (const value of ['application/json', 'text/plain']) {
    const text = withOption(`:content_type ${value}`);
    const [f, ...more] = runCheck(oauthContentType, text);
    assert.equal(more.length, 0, text);
    assert.equal(f.slice, `:content_type ${value}`);
    assert.equal(f.message, `":content_type ${value}" makes Braze send the token request as ${value}, but Salesforce's token endpoint reads only application/x-www-form-urlencoded: remove it`);
    assert.equal(applyFix(text, f.fixes![0]), withOption('').replace('  :save', ' :save'));
    assert.deepEqual(runCheck(oauthContentType, applyFix(text, f.fixes![1])), []);
  }
});

test('oauth-content-type: the default, form-urlencoded, Liquid, and a JSON Content-Type of the record call stay clean', () => {
  const texts = [
    filledCreateLead(),
    filledUpdateLead(),
    COMPLETE,
    withOption(':content_type application/x-www-form-urlencoded'),
    withOption(':content_type {{custom_attribute.${ct}}}'),
    template({ contentType: 'application/json; charset=UTF-8' }),
    // Connected Content outside the Authorization header is not the token call
    template({ body: '{"LastName": "{% connected_content https://api.example.com/x :content_type application/json :save r %}{{r.name | json_escape}}", "Company": "y"}' }),
  ];
  for (const text of texts) assert.deepEqual(runCheck(oauthContentType, text), [], text);
});

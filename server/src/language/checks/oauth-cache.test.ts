import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oauthCache } from './oauth-cache';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { COMPLETE, TOKEN_CALL, example, filledCreateLead, template } from '../../../../test/support/lead-samples';

test('oauth-cache: a :cache_max_age within bounds raises nothing', () => {
  for (const text of [COMPLETE, template(), template({ auth: TOKEN_CALL.replace('900', '300') }), template({ auth: TOKEN_CALL.replace('900', '14400') }), template({ auth: 'Bearer {{x}}' }), '']) {
    assert.deepEqual(runCheck(oauthCache, text), [], text);
  }
});

test('oauth-cache: the seeds have none: a hint, fix adds ":cache_max_age 900" on its own line before :save', () => {
  for (const text of [example('create-lead'), example('update-lead-to-mql'), filledCreateLead()]) {
    const [f, ...more] = runCheck(oauthCache, text);
    assert.equal(more.length, 0);
    assert.equal(f.slice, 'connected_content');
    assert.equal(f.severity, undefined);
    assert.equal(f.message, 'The token call has no :cache_max_age: Braze caches a POST only with it, so every message fetches a new token; add ":cache_max_age 900"');
    assert.equal(applyFix(text, f.fixes![0]), text.replace('    :save result', '    :cache_max_age 900\n    :save result'));
  }
  const oneLine = template({ auth: TOKEN_CALL.replace(':cache_max_age 900 ', '') });
  const [g] = runCheck(oauthCache, oneLine);
  assert.equal(applyFix(oneLine, g.fixes![0]), template());
  const noSave = template({ auth: TOKEN_CALL.replace(' :cache_max_age 900 :save result', '') });
  const [h] = runCheck(oauthCache, noSave);
  assert.equal(applyFix(noSave, h.fixes![0]), template({ auth: TOKEN_CALL.replace(' :save result', '') }));
});

test('oauth-cache: a value outside 300 to 14400, or no number, is a warning', () => {
  const cases: [string, string, string][] = [
    ['60', '":cache_max_age 60" is outside Braze\'s 300 to 14400 seconds: write 300', '300'],
    ['86400', '":cache_max_age 86400" is outside Braze\'s 300 to 14400 seconds: write 14400', '14400'],
    ['15m', '":cache_max_age 15m" is not a number of seconds: write ":cache_max_age 900"', '900'],
  ];
  for (const [value, message, fixed] of cases) {
    const text = template({ auth: TOKEN_CALL.replace(':cache_max_age 900', `:cache_max_age ${value}`) });
    const found = runCheck(oauthCache, text);
    assert.deepEqual(found.map((f) => [f.slice, f.message, f.severity]), [[value, message, 'warning']]);
    assert.equal(applyFix(text, found[0].fixes![0]), template({ auth: TOKEN_CALL.replace(':cache_max_age 900', `:cache_max_age ${fixed}`) }));
  }
});

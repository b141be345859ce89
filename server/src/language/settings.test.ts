/** Settings warnings reach the user as notifications, in the configured language. */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { configureLocale, loadWorkspaceKnowledge, SUPPORTED_LOCALES } from '../core';
import { translated } from '../../../test/support/translated';
import { parseSettings } from './settings';

afterEach(() => {
  configureLocale('en');
});

test('English: an unknown check code and a bad severity are named, and the valid entries stay', () => {
  const { settings, warnings } = parseSettings({ checks: { 'no-such-check': 'error', 'content-type': 'loud', 'json-escape': 'off' } });
  assert.deepEqual(settings.checks, { 'json-escape': 'off' });
  assert.deepEqual(warnings, [
    'Setting "brazeWebhooks.checks.no-such-check": there is no check "no-such-check" (the codes are listed in docs/checks.md); ignored.',
    'Setting "brazeWebhooks.checks.content-type" is invalid ("loud" is not one of off, error, warning, information, hint); ignored.',
  ]);
});

for (const locale of SUPPORTED_LOCALES) {
  test(`${locale}: settings and workspace-knowledge warnings`, () => {
    configureLocale(locale);
    const { warnings } = parseSettings({ checks: { 'no-such-check': 'error' } });
    assert.deepEqual(warnings, [translated(locale, 'Setting "{0}": there is no check "{1}" (the codes are listed in {2}); ignored.', 'brazeWebhooks.checks.no-such-check', 'no-such-check', 'docs/checks.md')]);
    const bad = loadWorkspaceKnowledge({ describes: [{ path: '.salesforce/Lead.describe.json', text: '{' }] });
    const detail = (() => {
      try {
        JSON.parse('{');
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    const problem = translated(locale, 'is not valid JSON ({0})', detail);
    const kept = translated(locale, 'using the built-in {0} fields', 'Lead');
    assert.deepEqual(bad.warnings, [translated(locale, '{0}: {1}; {2}.', '.salesforce/Lead.describe.json', problem, kept)]);
  });
}

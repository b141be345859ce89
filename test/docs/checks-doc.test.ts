import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { allChecks } from '../../server/src/language';
import { CHECKS_DOC, renderChecksDoc } from '../../scripts/check-docs';

test('docs/checks.md is what the checks\' metadata generates (run `npm run docs` after changing a check)', () => {
  assert.equal(readFileSync(CHECKS_DOC, 'utf8'), renderChecksDoc(allChecks));
});

test('every check has a unique stable code, a one-line summary and docs naming a source', () => {
  const codes = allChecks.map((c) => c.meta.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const c of allChecks) {
    assert.match(c.meta.code, /^[a-z]+(-[a-z]+)*$/, c.meta.code);
    assert.doesNotMatch(c.meta.summary, /\n/, c.meta.code);
    assert.match(c.meta.docs, /https:\/\//, `${c.meta.code} docs name no source`);
  }
});

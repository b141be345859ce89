import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiVersions, findApiVersion, newestVersion, normalizeVersion, versionStatus } from './api';

test('newest GA version is 67.0 (Summer \'26); 68.0 is a preview', () => {
  assert.equal(newestVersion(), '67.0');
  assert.equal(findApiVersion('67.0')?.release, "Summer '26");
  assert.equal(versionStatus('68.0'), 'preview');
  assert.equal(findApiVersion('v68.0')?.release, "Winter '27");
});

test('v30.0 and older are retired; v31.0 to v40.0 deprecated, retiring Summer \'28', () => {
  assert.equal(versionStatus('30.0'), 'retired');
  assert.equal(versionStatus('v21.0'), 'retired');
  assert.equal(versionStatus('20.0'), 'retired');
  assert.equal(versionStatus('v7.0'), 'retired');
  assert.equal(findApiVersion('30.0')?.retiredIn, "Summer '25");
  for (const v of ['31.0', '35.0', '40.0']) {
    assert.equal(versionStatus(v), 'deprecated', v);
    assert.equal(findApiVersion(v)?.retiredIn, "Summer '28", v);
  }
  assert.equal(versionStatus('41.0'), 'current');
});

test('the version in Braze\'s recipe, v60.0, is Spring \'24 and current', () => {
  assert.equal(findApiVersion('v60.0')?.release, "Spring '24");
  assert.equal(versionStatus('v60.0'), 'current');
});

test('versions run from 20.0 to 68.0 without gaps, one release each', () => {
  assert.equal(apiVersions.length, 49);
  apiVersions.forEach((v, i) => assert.equal(v.version, `${20 + i}.0`));
  assert.equal(new Set(apiVersions.map((v) => v.release)).size, apiVersions.length);
  assert.equal(findApiVersion('52.0')?.release, "Summer '21");
});

test('version spellings', () => {
  assert.equal(normalizeVersion('v60.0'), '60.0');
  assert.equal(normalizeVersion('60'), '60.0');
  assert.equal(normalizeVersion('V61'), '61.0');
  assert.equal(normalizeVersion('60.5'), undefined);
  assert.equal(versionStatus('99.0'), 'unknown');
  assert.equal(versionStatus('latest'), 'unknown');
});

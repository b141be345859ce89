import { requestUrl } from '../analysis/oauth';
import { findApiVersion, newestVersion, normalizeVersion, versionStatus, t } from '../../core';
import type { Check, Fix } from './types';

export const urlApiVersion: Check = {
  meta: {
    code: 'url-api-version',
    severity: 'error',
    summary: 'The REST API version in the URL is missing, malformed (v60 for v60.0), retired, deprecated, or newer than any known.',
    docs:
      'Salesforce REST URLs name the API version as `/services/data/vNN.N/`. Versions 7.0 to 30.0 are retired: REST answers ' +
      '`410 GONE` (Salesforce Help article 000354473, https://help.salesforce.com/s/articleView?id=000354473&type=1); ' +
      "31.0 to 40.0 are deprecated in Summer '27 and retire in Summer '28 (article 005321531, " +
      'https://help.salesforce.com/s/articleView?id=005321531&type=1), a warning. A version newer than the newest the extension knows ' +
      '(or a preview) may not exist on the org yet, a warning. Known versions: REST API Developer Guide ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_what_is_rest_api.htm).',
  },
  run({ doc, knowledge, report }) {
    const dp = requestUrl(doc)?.dataPath;
    if (!dp) return;
    const versions = knowledge.salesforce.apiVersions;
    const newest = `v${newestVersion(versions)}`;
    const v = dp.version;
    if (!v) {
      report({
        start: dp.services.start,
        end: dp.data.end,
        message: t('No API version after "{0}": write {1}', '/services/data', `/services/data/${newest}/...`),
        fixes: [{ title: t('Add "{0}"', newest), edits: [{ start: dp.data.end, end: dp.data.end, newText: `/${newest}` }], preferred: true }],
      });
      return;
    }
    if (v.liquid || v.placeholder) return;
    const useNewest = (title = t('Use {0}', newest)): Fix => ({ title, edits: [{ start: v.start, end: v.end, newText: newest }] });
    const norm = normalizeVersion(v.text);
    if (norm === undefined) {
      report({ start: v.start, end: v.end, message: t('"{0}" is not an API version: write it as vNN.N, e.g. {1}', v.text, newest), fixes: [useNewest()] });
      return;
    }
    if (v.text !== `v${norm}`) {
      report({
        start: v.start,
        end: v.end,
        message: t('API version "{0}" is malformed: write "{1}"', v.text, `v${norm}`),
        fixes: [{ title: t('Write "{0}"', `v${norm}`), edits: [{ start: v.start, end: v.end, newText: `v${norm}` }], preferred: true }],
      });
    }
    const status = versionStatus(norm, versions);
    const info = findApiVersion(norm, versions);
    const release = info ? ` (${info.release})` : '';
    switch (status) {
      case 'retired':
        report({
          start: v.start,
          end: v.end,
          message: info?.retiredIn
            ? t('API version "{0}"{1} is retired since {2}: Salesforce answers 410 Gone; use {3}', v.text, release, info.retiredIn, newest)
            : t('API version "{0}"{1} is retired: Salesforce answers 410 Gone; use {2}', v.text, release, newest),
          fixes: [useNewest()],
        });
        break;
      case 'deprecated':
        report({
          start: v.start,
          end: v.end,
          severity: 'warning',
          message: info?.retiredIn
            ? t('API version "{0}"{1} is deprecated and retires in {2}: use {3}', v.text, release, info.retiredIn, newest)
            : t('API version "{0}"{1} is deprecated: use {2}', v.text, release, newest),
          fixes: [useNewest()],
        });
        break;
      case 'preview':
        report({
          start: v.start,
          end: v.end,
          severity: 'warning',
          message: t('API version "{0}"{1} is a preview: orgs get it only with the release; use {2}', v.text, release, newest),
          fixes: [useNewest()],
        });
        break;
      case 'unknown':
        report({
          start: v.start,
          end: v.end,
          severity: 'warning',
          message: t('API version "{0}" is newer than the newest known ({1}): Salesforce answers 404 for a version the org does not have; use {1}', v.text, newest),
          fixes: [useNewest()],
        });
        break;
      default:
        break;
    }
  },
};

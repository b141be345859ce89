import { requestUrl } from '../analysis/oauth';
import { classifyHost, isLoopbackHost, misspeltObject, newestVersion, quoteSecretsShortly, t } from '../../core';
import type { Check } from './types';

export const urlSobjectPath: Check = {
  meta: {
    code: 'url-sobject-path',
    severity: 'warning',
    summary: 'The request path is not /services/data/vNN.N/sobjects/<Object>/... (no `sobjects`, a typo of it or of an object, another resource).',
    docs:
      'A record is created with `POST /services/data/vNN.N/sobjects/<Object>/` and updated with `PATCH /services/data/vNN.N/sobjects/<Object>/{id}` ' +
      '(or upserted by an external id field: `/sobjects/<Object>/Field__c/{value}`), for any object of the org: `Lead`, `Contact`, ' +
      '`CampaignMember`, a custom `Subscription__c`. Another path reaches another resource or answers `404 NOT_FOUND`. A misspelt ' +
      'object the extension knows (`Contacts`) is named; an object it does not know is left to `sobject-unknown`, and sObject ' +
      'Collections and Composite to `url-composite`. Where a fix must name an object it writes the Lead, Braze\'s recipe\'s object. ' +
      'Source: Salesforce REST API Developer Guide, "Create a Record" and "Update a Record" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_update_fields.htm).',
  },
  run({ doc, knowledge, report }) {
    // A fix that must name an object names the knowledge's first one (the Lead, the recipe's).
    const suggested = knowledge.salesforce.objects[0]!.name;
    const url = requestUrl(doc);
    if (!url || !url.path) return;
    // A host that is not Salesforce's at all has its own paths (url-not-salesforce says so).
    if (url.hostKey && !url.hostPlaceholder && !isLoopbackHost(url.hostKey) && classifyHost(url.hostKey).kind === 'not-salesforce') return;
    if (!url.scheme && url.path.text === '') return;
    const recordPath = `/services/data/v${newestVersion(knowledge.salesforce.apiVersions)}/sobjects/${suggested}/`;
    const path = url.path;
    if (path.text === '' || path.text === '/') {
      report({
        start: url.start,
        end: url.end,
        message: t('URL "{0}" has no path: write {1}', quoteSecretsShortly(url.text), recordPath),
        fixes: [{ title: t('Add "{0}"', recordPath), edits: [{ start: path.start, end: path.end, newText: recordPath }], preferred: true }],
      });
      return;
    }
    // Liquid where `/services/data` should stand: the path is known only at send time.
    if (url.segments.slice(0, 2).some((s) => s.liquid)) return;
    const dp = url.dataPath;
    if (!dp) {
      report({ start: path.start, end: path.end, message: t('Path "{0}" is not a REST sObject endpoint: write {1}', path.text, recordPath) });
      return;
    }
    if (dp.resource) {
      report({ start: dp.resource.start, end: dp.resource.end, message: t('"{0}" in "{1}" is not the sObject resource: write {2}', dp.resource.text, path.text, recordPath) });
      return;
    }
    if (dp.composite) return;
    const afterVersion = dp.version ?? dp.data;
    if (!dp.sobjects) {
      if (!dp.object) {
        report({
          start: path.start,
          end: path.end,
          message: t('Path "{0}" names no object: write {1}', path.text, recordPath),
          fixes: [{ title: t('Add "{0}"', `sobjects/${suggested}/`), edits: [{ start: path.end, end: path.end, newText: `${doc.text[path.end - 1] === '/' ? '' : '/'}sobjects/${suggested}/` }], preferred: true }],
        });
        return;
      }
      report({
        start: afterVersion.end,
        end: dp.object.end,
        message: t('"{0}" is missing before "{1}" in "{2}": write {3}', 'sobjects', dp.object.text, path.text, `/sobjects/${dp.object.text}`),
        fixes: [{ title: t('Add "{0}"', 'sobjects/'), edits: [{ start: dp.object.start, end: dp.object.start, newText: 'sobjects/' }], preferred: true }],
      });
    } else if (dp.sobjects.text !== 'sobjects') {
      report({
        start: dp.sobjects.start,
        end: dp.sobjects.end,
        message: t('"{0}" in "{1}" should be "{2}"', dp.sobjects.text, path.text, 'sobjects'),
        fixes: [{ title: t('Write "{0}"', 'sobjects'), edits: [{ start: dp.sobjects.start, end: dp.sobjects.end, newText: 'sobjects' }], preferred: true }],
      });
    }
    const object = dp.object;
    if (!object || object.text === '') {
      const at = dp.sobjects?.end ?? path.end;
      if (dp.sobjects) {
        report({
          start: dp.sobjects.start,
          end: dp.sobjects.end,
          message: t('Path "{0}" names no object after "{1}": write {2}', path.text, dp.sobjects.text, `/sobjects/${suggested}/`),
          fixes: [{ title: t('Add "{0}"', `${suggested}/`), edits: [{ start: at, end: path.end, newText: `/${suggested}/` }], preferred: true }],
        });
      }
      return;
    }
    const meant = object.liquid || object.placeholder ? undefined : misspeltObject(knowledge, object.text)?.name;
    if (meant) {
      report({
        start: object.start,
        end: object.end,
        message: t('"{0}" in "{1}" should be "{2}"', object.text, path.text, meant),
        fixes: [{ title: t('Use "{0}"', meant), edits: [{ start: object.start, end: object.end, newText: meant }], preferred: true }],
      });
    }
    if (dp.rest.length > 0 && !(dp.id?.text === 'describe')) {
      const first = dp.rest[0];
      const last = dp.rest[dp.rest.length - 1];
      report({
        start: first.start,
        end: last.end,
        message: t('"{0}" after the record id in "{1}" is not part of a {2} record endpoint: remove it', doc.text.slice(first.start, last.end), path.text, object.text),
        fixes: [{ title: t('Remove it'), edits: [{ start: first.start - 1, end: last.end, newText: '' }] }],
      });
    }
  },
};


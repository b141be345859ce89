import { requestUrl } from '../analysis/oauth';
import { classifyHost, isLoopbackHost, misspeltObject, newestVersion, quoteSecretsShortly } from '../../core';
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
        message: `URL "${quoteSecretsShortly(url.text)}" has no path: write ${recordPath}`,
        fixes: [{ title: `Add "${recordPath}"`, edits: [{ start: path.start, end: path.end, newText: recordPath }], preferred: true }],
      });
      return;
    }
    // Liquid where `/services/data` should stand: the path is known only at send time.
    if (url.segments.slice(0, 2).some((s) => s.liquid)) return;
    const dp = url.dataPath;
    if (!dp) {
      report({ start: path.start, end: path.end, message: `Path "${path.text}" is not a REST sObject endpoint: write ${recordPath}` });
      return;
    }
    if (dp.resource) {
      report({ start: dp.resource.start, end: dp.resource.end, message: `"${dp.resource.text}" in "${path.text}" is not the sObject resource: write ${recordPath}` });
      return;
    }
    if (dp.composite) return;
    const afterVersion = dp.version ?? dp.data;
    if (!dp.sobjects) {
      if (!dp.object) {
        report({
          start: path.start,
          end: path.end,
          message: `Path "${path.text}" names no object: write ${recordPath}`,
          fixes: [{ title: `Add "sobjects/${suggested}/"`, edits: [{ start: path.end, end: path.end, newText: `${doc.text[path.end - 1] === '/' ? '' : '/'}sobjects/${suggested}/` }], preferred: true }],
        });
        return;
      }
      report({
        start: afterVersion.end,
        end: dp.object.end,
        message: `"sobjects" is missing before "${dp.object.text}" in "${path.text}": write /sobjects/${dp.object.text}`,
        fixes: [{ title: 'Add "sobjects/"', edits: [{ start: dp.object.start, end: dp.object.start, newText: 'sobjects/' }], preferred: true }],
      });
    } else if (dp.sobjects.text !== 'sobjects') {
      report({
        start: dp.sobjects.start,
        end: dp.sobjects.end,
        message: `"${dp.sobjects.text}" in "${path.text}" should be "sobjects"`,
        fixes: [{ title: 'Write "sobjects"', edits: [{ start: dp.sobjects.start, end: dp.sobjects.end, newText: 'sobjects' }], preferred: true }],
      });
    }
    const object = dp.object;
    if (!object || object.text === '') {
      const at = dp.sobjects?.end ?? path.end;
      if (dp.sobjects) {
        report({
          start: dp.sobjects.start,
          end: dp.sobjects.end,
          message: `Path "${path.text}" names no object after "${dp.sobjects.text}": write /sobjects/${suggested}/`,
          fixes: [{ title: `Add "${suggested}/"`, edits: [{ start: at, end: path.end, newText: `/${suggested}/` }], preferred: true }],
        });
      }
      return;
    }
    const meant = object.liquid || object.placeholder ? undefined : misspeltObject(knowledge, object.text)?.name;
    if (meant) {
      report({
        start: object.start,
        end: object.end,
        message: `"${object.text}" in "${path.text}" should be "${meant}"`,
        fixes: [{ title: `Use "${meant}"`, edits: [{ start: object.start, end: object.end, newText: meant }], preferred: true }],
      });
    }
    if (dp.rest.length > 0 && !(dp.id?.text === 'describe')) {
      const first = dp.rest[0];
      const last = dp.rest[dp.rest.length - 1];
      report({
        start: first.start,
        end: last.end,
        message: `"${doc.text.slice(first.start, last.end)}" after the record id in "${path.text}" is not part of a ${object.text} record endpoint: remove it`,
        fixes: [{ title: 'Remove it', edits: [{ start: first.start - 1, end: last.end, newText: '' }] }],
      });
    }
  },
};


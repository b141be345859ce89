import { requestUrl } from '../analysis/oauth';
import { classifyHost, editDistance, isLoopbackHost, newestVersion, quoteSecretsShortly } from '../../core';
import type { Check } from './types';

const LEAD = 'Lead';

export const urlSobjectPath: Check = {
  meta: {
    code: 'url-sobject-path',
    severity: 'warning',
    summary: 'The request path is not /services/data/vNN.N/sobjects/Lead/... (another object, no `sobjects`, a typo).',
    docs:
      "A Lead is created with `POST /services/data/vNN.N/sobjects/Lead/` and updated with `PATCH /services/data/vNN.N/sobjects/Lead/{id}` " +
      "(or upserted by an external id field: `/sobjects/Lead/Field__c/{value}`). Another path reaches another resource or answers " +
      '`404 NOT_FOUND`. Source: Salesforce REST API Developer Guide, "Create a Record" and "Update a Record" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_update_fields.htm).',
  },
  run({ doc, knowledge, report }) {
    const url = requestUrl(doc);
    if (!url || !url.path) return;
    // A host that is not Salesforce's at all has its own paths (url-not-salesforce says so).
    if (url.hostKey && !url.hostPlaceholder && !isLoopbackHost(url.hostKey) && classifyHost(url.hostKey).kind === 'not-salesforce') return;
    if (!url.scheme && url.path.text === '') return;
    const leadPath = `/services/data/v${newestVersion(knowledge.salesforce.apiVersions)}/sobjects/${LEAD}/`;
    const path = url.path;
    if (path.text === '' || path.text === '/') {
      report({
        start: url.start,
        end: url.end,
        message: `URL "${quoteSecretsShortly(url.text)}" has no path: write ${leadPath}`,
        fixes: [{ title: `Add "${leadPath}"`, edits: [{ start: path.start, end: path.end, newText: leadPath }], preferred: true }],
      });
      return;
    }
    // Liquid where `/services/data` should stand: the path is known only at send time.
    if (url.segments.slice(0, 2).some((s) => s.liquid)) return;
    const dp = url.dataPath;
    if (!dp) {
      report({ start: path.start, end: path.end, message: `Path "${path.text}" is not a Lead endpoint: write ${leadPath}` });
      return;
    }
    if (dp.resource) {
      report({ start: dp.resource.start, end: dp.resource.end, message: `"${dp.resource.text}" in "${path.text}" is not the sObject resource: write ${leadPath}` });
      return;
    }
    const afterVersion = dp.version ?? dp.data;
    if (!dp.sobjects) {
      if (!dp.object) {
        report({
          start: path.start,
          end: path.end,
          message: `Path "${path.text}" names no object: write ${leadPath}`,
          fixes: [{ title: `Add "sobjects/${LEAD}/"`, edits: [{ start: path.end, end: path.end, newText: `${doc.text[path.end - 1] === '/' ? '' : '/'}sobjects/${LEAD}/` }], preferred: true }],
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
          message: `Path "${path.text}" names no object after "${dp.sobjects.text}": write /sobjects/${LEAD}/`,
          fixes: [{ title: `Add "${LEAD}/"`, edits: [{ start: at, end: path.end, newText: `/${LEAD}/` }], preferred: true }],
        });
      }
      return;
    }
    if (!object.liquid && !object.placeholder && object.text.toLowerCase() !== LEAD.toLowerCase()) {
      const typo = editDistance(object.text.toLowerCase(), LEAD.toLowerCase()) <= 1;
      report({
        start: object.start,
        end: object.end,
        message: typo
          ? `"${object.text}" in "${path.text}" should be "${LEAD}"`
          : `Object "${object.text}" in "${path.text}": these templates create and update Leads; write /sobjects/${LEAD}/`,
        fixes: [{ title: `Use "${LEAD}"`, edits: [{ start: object.start, end: object.end, newText: LEAD }], preferred: typo }],
      });
    }
    if (dp.rest.length > 0 && !(dp.id?.text === 'describe')) {
      const first = dp.rest[0];
      const last = dp.rest[dp.rest.length - 1];
      report({
        start: first.start,
        end: last.end,
        message: `"${doc.text.slice(first.start, last.end)}" after the record id in "${path.text}" is not part of a Lead endpoint: remove it`,
        fixes: [{ title: 'Remove it', edits: [{ start: first.start - 1, end: last.end, newText: '' }] }],
      });
    }
  },
};

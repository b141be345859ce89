import { recordBodies, requestWrite } from '../analysis/record-body';
import { describePath, findObject, misspeltObject, newestVersion, normalizeVersion, t } from '../../core';
import type { Span } from '../../syntax';
import type { Check } from './types';

export const sobjectUnknown: Check = {
  meta: {
    code: 'sobject-unknown',
    severity: 'information',
    summary: 'A request writes an object the extension has no schema of (a custom object, a standard one it does not ship): its fields are not checked.',
    docs:
      'The extension knows the fields of Lead, Contact, Account, Opportunity, Case, Task and CampaignMember, and of any object whose ' +
      'describe the workspace keeps in `.salesforce/<Object>.describe.json` (the answer of `GET /services/data/vXX.X/sobjects/<Object>/describe`; ' +
      "the VS Code command **Fetch Schema from Org** fetches it with the template's own token call and saves it there). For another " +
      'object (`Subscription__c`, `Event`) nothing is known, so nothing is reported about its fields, and this note says so. Source: ' +
      'Salesforce REST API Developer Guide, "sObject Describe" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm).',
  },
  run({ doc, knowledge, report }) {
    const write = requestWrite(doc);
    if (!write) return;
    const version = normalizeVersion(write.dataPath.version?.text ?? '') ?? newestVersion(knowledge.salesforce.apiVersions);
    const note = (name: string, at: Span) =>
      report({
        ...at,
        message: t(
          'The extension has no schema of {0}: its fields are not checked. Run Fetch Schema from Org, or save the answer of GET {1} to {2}',
          name,
          describePath(version, name),
          `.salesforce/${name}.describe.json`,
        ),
      });
    const object = write.dataPath.object;
    // A misspelt known object is url-sobject-path's.
    const inUrl = object && !object.liquid && !object.placeholder && !findObject(knowledge, object.text) && !misspeltObject(knowledge, object.text) ? object : undefined;
    if (inUrl) note(inUrl.text, inUrl);
    if (!write.dataPath.collection) return;
    for (const body of recordBodies(doc, knowledge)) {
      if (!body.object && body.objectName.toLowerCase() !== inUrl?.text.toLowerCase()) note(body.objectName, body.objectAt);
    }
  },
};

import { hostAdvice } from '../analysis/host-advice';
import { requestUrl } from '../analysis/oauth';
import { isLoopbackHost } from '../../core';
import type { Check } from './types';

export const urlNotSalesforce: Check = {
  meta: {
    code: 'url-not-salesforce',
    severity: 'warning',
    summary: "The request URL's host is not a Salesforce My Domain host (production, sandbox, Developer Edition, scratch...).",
    docs:
      "Salesforce's REST API answers on the org's My Domain host: `NAME.my.salesforce.com` in production, " +
      '`NAME--SANDBOX.sandbox.my.salesforce.com`, `NAME-dev-ed.develop.my.salesforce.com`, `NAME.scratch.my.salesforce.com`... ' +
      'The Lightning (`*.lightning.force.com`), Setup (`*.my.salesforce-setup.com`) and site hosts are for people, not for the API; ' +
      'instance hosts (`na123.salesforce.com`) are not recommended and are not redirected from Spring \'26; `login.salesforce.com` and ' +
      '`test.salesforce.com` are login hosts. Loopback hosts (a local stand-in) and hosts written with Liquid are not checked. ' +
      'Sources: Salesforce Help, "My Domain URL formats" ' +
      '(https://help.salesforce.com/s/articleView?id=sf.domain_name_url_formats_what_determines.htm&type=5) and ' +
      '"My Domain considerations" (https://help.salesforce.com/s/articleView?id=sf.domain_name_considerations.htm&type=5).',
  },
  run({ doc, knowledge, report }) {
    const url = requestUrl(doc);
    const host = url?.host;
    // A host hidden behind another (url-invalid reports it) is not advised on by the name written.
    if (!url || !host || url.hostLiquid || url.hidden || url.hostKey === undefined || url.hostKey === '' || isLoopbackHost(url.hostKey)) return;
    const problem = hostAdvice(url, knowledge);
    if (problem) report({ start: host.start, end: host.end, message: problem.message, fixes: problem.fix ? [problem.fix] : undefined });
  },
};

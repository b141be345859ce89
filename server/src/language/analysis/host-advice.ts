/**
 * Advice on a URL's host for a Salesforce API call: which host to use instead of a login, UI or
 * instance host. Shared by the request URL and token URL checks.
 */
import { checkMyDomainName, classifyHost, t, type Knowledge } from '../../core';
import type { Fix } from '../checks/types';
import type { UrlAnalysis } from './url';

export interface HostAdvice {
  message: string;
  /** Replaces the host by the My Domain host, when it can be told. */
  fix?: Fix;
}

/** What is wrong with a URL's host for a Salesforce API call, or undefined when it is a My Domain host. */
export function hostAdvice(url: UrlAnalysis, knowledge: Knowledge): HostAdvice | undefined {
  const host = url.host;
  const key = url.hostKey;
  if (!host || key === undefined) return undefined;
  const c = classifyHost(key);
  const shown = host.text;
  const fixTo = (newHost: string): Fix => ({ title: t('Use "{0}"', newHost), edits: [{ start: host.start, end: host.end, newText: newHost }], preferred: true });
  switch (c.kind) {
    case 'production':
    case 'sandbox':
    case 'developer':
    case 'scratch':
    case 'other-partition': {
      if (c.validName !== false || url.hostPlaceholder) return undefined;
      if (c.kind === 'sandbox' && c.sandboxName === undefined) {
        return { message: t('Host "{0}" is a sandbox host without a sandbox name: write NAME--SANDBOX.sandbox.my.salesforce.com', shown) };
      }
      return { message: nameAdvice(shown, c.myDomain ?? '') };
    }
    case 'login':
      return { message: t("Host \"{0}\" is a login host, not your org's API host: use your My Domain host (NAME.my.salesforce.com)", shown) };
    case 'ui-host': {
      const suggested = myDomainForUiHost(host.text, knowledge);
      return {
        message: suggested
          ? t('Host "{0}" is a user-interface host, not the API host: use "{1}"', shown, suggested)
          : t('Host "{0}" is a user-interface host, not the API host: use your My Domain host (NAME.my.salesforce.com)', shown),
        fix: suggested ? fixTo(suggested) : undefined,
      };
    }
    case 'instance':
      return { message: t('Host "{0}" is an instance host, which Salesforce no longer redirects: use your My Domain host (NAME.my.salesforce.com)', shown) };
    default:
      return { message: t("Host \"{0}\" is not a Salesforce My Domain host: Salesforce's API answers on NAME.my.salesforce.com (or NAME--SANDBOX.sandbox.my.salesforce.com...)", shown) };
  }
}

/** A My Domain or sandbox name that breaks the rule, one whole sentence per problem. */
function nameAdvice(shown: string, myDomain: string): string {
  const name = checkMyDomainName(myDomain);
  switch (name.problem) {
    case undefined:
      return t("Host \"{0}\" has an invalid sandbox name: check your org's My Domain in Setup > My Domain", shown);
    case 'empty':
      return t("Host \"{0}\" has a My Domain name that is empty: check your org's My Domain in Setup > My Domain", shown);
    case 'too-long':
      return t("Host \"{0}\" has a My Domain name that is longer than 40 characters: check your org's My Domain in Setup > My Domain", shown);
    case 'characters':
      return t("Host \"{0}\" has a My Domain name that may hold only letters, digits and hyphens: check your org's My Domain in Setup > My Domain", shown);
    case 'hyphen-ends':
      return t("Host \"{0}\" has a My Domain name that may not start or end with a hyphen: check your org's My Domain in Setup > My Domain", shown);
    case 'double-hyphen':
      return t("Host \"{0}\" has a My Domain name that may not hold two hyphens in a row (they separate a sandbox name): check your org's My Domain in Setup > My Domain", shown);
    case 'reserved-prefix':
      return t("Host \"{0}\" has a My Domain name that may not start with \"root\" or \"status\": check your org's My Domain in Setup > My Domain", shown);
  }
}

/** `acme--uat.sandbox.lightning.force.com` gives `acme--uat.sandbox.my.salesforce.com`. */
function myDomainForUiHost(hostText: string, knowledge: Knowledge): string | undefined {
  const hostKey = hostText.toLowerCase();
  const production = knowledge.salesforce.hostPatterns.find((p) => p.kind === 'production')?.suffix ?? '.my.salesforce.com';
  const suffixes = knowledge.salesforce.hostPatterns.filter((p) => p.kind === 'ui-host').map((p) => p.suffix);
  const suffix = suffixes.find((s) => hostKey.endsWith(s));
  if (!suffix) return undefined;
  const labels = hostText.slice(0, hostText.length - suffix.length).split('.');
  if (labels.length > 2 || labels[0] === '') return undefined;
  return `${labels.join('.')}${production}`;
}

/**
 * Salesforce host names (enhanced domains, enforced since Winter '24) and My Domain names.
 *
 * Sources: help.salesforce.com
 * `domain_name_url_formats_what_determines.htm` (production), `domain_name_considerations.htm`
 * (Developer Edition `-dev-ed` + `develop` partition), `domain_name_partitioned_domains_scratch.htm`,
 * `domain_name_partitioned_domains_patch.htm`, Tooling `OrgDomainLog` partitions (demo, trailblaze,
 * free, sfdctest, sfrestore); sandbox shape from forcedotcom/postman-salesforce-apis.
 *
 * My Domain name rules: Salesforce Help ("Choose a My Domain Name") could not be read here. The
 * rule below follows third-party accounts of it: up to 40 letters, digits and hyphens, not
 * starting or ending with a hyphen, and not starting with `root` or `status`. A double hyphen is
 * rejected too because enhanced domains use `--` to separate the sandbox name (inference).
 */
import type { HostKind, HostPattern } from '../schema';

const help = (id: string): string => `https://help.salesforce.com/s/articleView?id=${id}&type=5`;
const formatsDoc = help('sf.domain_name_url_formats_what_determines.htm');

export const hostPatterns: readonly HostPattern[] = [
  { kind: 'production', suffix: '.my.salesforce.com', example: 'acme.my.salesforce.com', description: 'Production org on its My Domain; REST and token calls go here.', api: true, docsUrl: formatsDoc },
  { kind: 'sandbox', partition: 'sandbox', suffix: '.sandbox.my.salesforce.com', example: 'acme--uat.sandbox.my.salesforce.com', description: 'Sandbox: My Domain name, two hyphens, sandbox name.', api: true, docsUrl: formatsDoc },
  { kind: 'developer', partition: 'develop', suffix: '.develop.my.salesforce.com', example: 'acme-dev-ed.develop.my.salesforce.com', description: 'Developer Edition org; -dev-ed is appended to the name.', api: true, docsUrl: help('sf.domain_name_considerations.htm') },
  { kind: 'scratch', partition: 'scratch', suffix: '.scratch.my.salesforce.com', example: 'acme.scratch.my.salesforce.com', description: 'Scratch org.', api: true, docsUrl: help('sf.domain_name_partitioned_domains_scratch.htm') },
  { kind: 'other-partition', partition: 'patch', suffix: '.patch.my.salesforce.com', example: 'acme.patch.my.salesforce.com', description: 'Patch org.', api: true, docsUrl: help('sf.domain_name_partitioned_domains_patch.htm') },
  { kind: 'other-partition', partition: 'demo', suffix: '.demo.my.salesforce.com', example: 'acme.demo.my.salesforce.com', description: 'Demo org.', api: true, docsUrl: formatsDoc },
  { kind: 'other-partition', partition: 'trailblaze', suffix: '.trailblaze.my.salesforce.com', example: 'acme.trailblaze.my.salesforce.com', description: 'Trailhead Playground.', api: true, docsUrl: formatsDoc },
  { kind: 'other-partition', partition: 'free', suffix: '.free.my.salesforce.com', example: 'acme.free.my.salesforce.com', description: 'Free org.', api: true, docsUrl: formatsDoc },
  { kind: 'other-partition', partition: 'sfdctest', suffix: '.sfdctest.my.salesforce.com', example: 'acme.sfdctest.my.salesforce.com', description: 'Salesforce internal test org.', api: true, docsUrl: formatsDoc },
  { kind: 'other-partition', partition: 'sfrestore', suffix: '.sfrestore.my.salesforce.com', example: 'acme.sfrestore.my.salesforce.com', description: 'Restore org.', api: true, docsUrl: formatsDoc },
  { kind: 'login', suffix: '.salesforce.com', example: 'login.salesforce.com', description: 'Generic login host (test.salesforce.com for sandboxes); the client credentials flow fails there.', api: false, docsUrl: help('sf.domain_name_setting_login_policy.htm') },
  { kind: 'ui-host', suffix: '.lightning.force.com', example: 'acme.lightning.force.com', description: 'Lightning UI host; not for REST or token calls.', api: false, docsUrl: formatsDoc },
  { kind: 'ui-host', suffix: '.my.salesforce-setup.com', example: 'acme.my.salesforce-setup.com', description: 'Setup UI host; token calls there fail.', api: false, docsUrl: formatsDoc },
  { kind: 'ui-host', suffix: '.my.site.com', example: 'acme.my.site.com', description: 'Experience Cloud site host; not the org API host.', api: false, docsUrl: help('sf.domain_name_overview.htm') },
  { kind: 'instance', suffix: '.salesforce.com', example: 'na123.salesforce.com', description: 'Instance host; not recommended, and not redirected from Spring \'26.', api: false, docsUrl: help('sf.domain_name_considerations.htm') },
];

export interface HostClassification {
  kind: HostKind;
  /**
   * The My Domain name as it appears in the host: the first label, minus `--sandbox` for
   * sandboxes. For Developer Edition it keeps `-dev-ed` (`acme-dev-ed`), as Salesforce does.
   */
  myDomain?: string;
  /** Sandbox name after `--` (sandboxes only). */
  sandboxName?: string;
  /** Partition label for partitioned hosts (`sandbox`, `develop`, `scratch`, `patch`...). */
  partition?: string;
  /** False when `myDomain` is not a valid My Domain name (e.g. a `[insert_instance_name]` placeholder). */
  validName?: boolean;
  /** True when REST and token calls can be sent to this host. */
  api: boolean;
}

const MY_DOMAIN_SUFFIX = '.my.salesforce.com';
const OTHER_PARTITIONS = new Set(['patch', 'demo', 'trailblaze', 'free', 'sfdctest', 'sfrestore']);

/**
 * Classifies a host name (no scheme, no path; a port is ignored; case-insensitive).
 * `login.salesforce.com` and `test.salesforce.com` are `login`.
 */
export function classifyHost(input: string): HostClassification {
  const host = input.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');

  if (host === 'login.salesforce.com' || host === 'test.salesforce.com') return { kind: 'login', api: false };

  if (host.endsWith(MY_DOMAIN_SUFFIX)) {
    const labels = host.slice(0, -MY_DOMAIN_SUFFIX.length).split('.');
    if (labels.length === 1) return named('production', labels[0] as string);
    if (labels.length === 2) {
      const [name, partition] = labels as [string, string];
      if (partition === 'sandbox') return named('sandbox', name, partition);
      if (partition === 'develop') return named('developer', name, partition);
      if (partition === 'scratch') return named('scratch', name, partition);
      if (OTHER_PARTITIONS.has(partition)) return named('other-partition', name, partition);
    }
    if (labels.length === 2) {
      const [name, partition] = labels as [string, string];
      // Legacy sandbox hosts such as acme--uat.cs42.my.salesforce.com.
      if (name.includes('--')) return named('sandbox', name, partition);
      // A partition this list does not know yet.
      return named('other-partition', name, partition);
    }
    return { kind: 'not-salesforce', api: false };
  }

  for (const suffix of ['.lightning.force.com', '.my.salesforce-setup.com', '.my.site.com', '.my.salesforce-sites.com']) {
    if (host.endsWith(suffix)) {
      const first = host.slice(0, -suffix.length).split('.')[0] as string;
      return { ...splitSandbox(first), kind: 'ui-host', api: false };
    }
  }

  if (/^[a-z]{2,4}\d{1,4}(?:-[a-z]+)?\.salesforce\.com$/.test(host)) return { kind: 'instance', api: false };

  return { kind: 'not-salesforce', api: false };
}

function named(kind: HostKind, label: string, partition?: string): HostClassification {
  const parts = splitSandbox(label);
  const out: HostClassification = { kind, ...parts, api: true };
  if (partition !== undefined) out.partition = partition;
  if (kind === 'sandbox' && parts.sandboxName === undefined) out.validName = false;
  else out.validName = isValidMyDomainName(parts.myDomain ?? '') && (parts.sandboxName === undefined || isValidSandboxName(parts.sandboxName));
  return out;
}

function splitSandbox(label: string): { myDomain?: string; sandboxName?: string } {
  const i = label.indexOf('--');
  if (i < 0) return { myDomain: label };
  return { myDomain: label.slice(0, i), sandboxName: label.slice(i + 2) };
}

/** Why a My Domain name breaks the rule: a code, so each reader words it whole in its language. */
export type MyDomainProblem = 'empty' | 'too-long' | 'characters' | 'hyphen-ends' | 'double-hyphen' | 'reserved-prefix';

export interface NameCheck {
  ok: boolean;
  problem?: MyDomainProblem;
}

/** My Domain name rule (see the header for the source and what is inferred). */
export function checkMyDomainName(name: string): NameCheck {
  if (name.length === 0) return { ok: false, problem: 'empty' };
  if (name.length > 40) return { ok: false, problem: 'too-long' };
  if (!/^[A-Za-z0-9-]+$/.test(name)) return { ok: false, problem: 'characters' };
  if (name.startsWith('-') || name.endsWith('-')) return { ok: false, problem: 'hyphen-ends' };
  if (name.includes('--')) return { ok: false, problem: 'double-hyphen' };
  if (/^(root|status)/i.test(name)) return { ok: false, problem: 'reserved-prefix' };
  return { ok: true };
}

export function isValidMyDomainName(name: string): boolean {
  return checkMyDomainName(name).ok;
}

/** Sandbox names: letters and digits, starting with a letter, up to 10 characters (unverified). */
export function isValidSandboxName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]{0,9}$/.test(name);
}

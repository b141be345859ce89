/**
 * The built-in Salesforce objects a webhook may create or update, one module each. An org's own
 * describe (`/sobjects/<Object>/describe`) overrides these, as it does for the Lead.
 */
import type { SObject } from '../../schema';
import { accountObject } from './account';
import { campaignMemberObject } from './campaign-member';
import { caseObject } from './case';
import { contactObject } from './contact';
import { leadObject } from './lead';
import { opportunityObject } from './opportunity';
import { taskObject } from './task';

export { accountObject, campaignMemberObject, caseObject, contactObject, leadObject, opportunityObject, taskObject };

export const builtinObjects: readonly SObject[] = [
  leadObject,
  contactObject,
  accountObject,
  opportunityObject,
  caseObject,
  taskObject,
  campaignMemberObject,
];

/** A built-in object by API name, ignoring letter case (as Salesforce matches `/sobjects/<name>`). */
export function builtinObject(name: string): SObject | undefined {
  const n = name.toLowerCase();
  return builtinObjects.find((o) => o.name.toLowerCase() === n);
}

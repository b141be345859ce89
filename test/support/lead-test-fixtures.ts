/** Shared texts for the Lead check tests (not a test file itself). */
import { readFileSync } from 'node:fs';
import { loadWorkspaceKnowledge, type Knowledge } from '../../server/src/core/knowledge';
import { repoPath } from './paths';

export const CREATE = 'POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n';
export const UPDATE = 'PATCH https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/{{${user_id}}}\nContent-Type: application/json\n\n';

/** A body of `"key": value` lines, values written as given. */
export const body = (pairs: [string, string][]): string => `{\n${pairs.map(([k, v]) => `  "${k}": ${v}`).join(',\n')}\n}`;

/** The knowledge with the describe fixture (custom `Lead_Stage__c` restricted picklist, `Lead_Score__c` double). */
export function describeKnowledge(): Knowledge {
  const describeJson = readFileSync(repoPath('test', 'fixtures', 'describe', 'Lead.describe.json'), 'utf8');
  const { knowledge, warnings } = loadWorkspaceKnowledge({ describeJson, describePath: 'Lead.describe.json' });
  if (warnings.length) throw new Error(warnings.join('\n'));
  return knowledge;
}

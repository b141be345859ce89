/**
 * The objects the stand-in serves, the one list every endpoint reads: the Lead (lead-schema.ts),
 * the extension's other built-in objects (knowledge-objects.ts), Campaign (campaigns.ts) and the
 * custom Subscription__c (subscription.ts).
 *
 * Assumed: `/sobjects/<name>` matches the name without regard to case (as field names do).
 */
import { CAMPAIGN } from './campaigns';
import { KNOWLEDGE_OBJECTS } from './knowledge-objects';
import { LEAD } from './lead-schema';
import type { ObjectDef } from './object-schema';
import { SUBSCRIPTION } from './subscription';

export const OBJECTS: readonly ObjectDef[] = [LEAD, ...KNOWLEDGE_OBJECTS, CAMPAIGN, SUBSCRIPTION];

const byLowerName = new Map(OBJECTS.map((o) => [o.name.toLowerCase(), o]));
const byPrefix = new Map(OBJECTS.map((o) => [o.keyPrefix, o]));

export function findObject(name: string): ObjectDef | undefined {
  return byLowerName.get(name.toLowerCase());
}

/** The object whose records have this id's key prefix, when the stand-in serves it. */
export function objectOfId(id: string): ObjectDef | undefined {
  return byPrefix.get(id.slice(0, 3));
}

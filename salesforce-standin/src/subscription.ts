/**
 * `Subscription__c`, a custom object of the stand-in's org: what a Braze webhook writes when a
 * user's plan changes, keyed by an external id (upserts) and linked to a Lead or Contact.
 *
 * Sources: custom objects have the standard system fields, an OwnerId and a text Name, and their
 * fields end in `__c`, their relationships in `__r` (Object Reference, "Custom Objects",
 * sforce_api_objects_custom_objects.htm); key prefixes of custom objects start with `a`; External
 * ID + Unique fields are upsert keys (REST API Developer Guide, resources_sobject_upsert_patch.htm).
 *
 * Assumed: the object and its fields are the stand-in's invention (key prefix a0S); a create
 * without Name gets the record's id as its Name (how custom-object records are named when the API
 * leaves Name out, from experience; not found in the docs).
 */
import { pick, systemFields, type ObjectDef } from './object-schema';

const RW = { nillable: true, createable: true, updateable: true, defaultedOnCreate: false, custom: true } as const;

export const SUBSCRIPTION: ObjectDef = {
  name: 'Subscription__c',
  label: 'Subscription',
  labelPlural: 'Subscriptions',
  keyPrefix: 'a0S',
  custom: true,
  fields: [
    ...systemFields('Record ID'),
    { name: 'Name', label: 'Subscription Name', type: 'string', length: 80, ...RW, custom: false, defaultedOnCreate: true },
    {
      name: 'OwnerId', label: 'Owner ID', type: 'reference', length: 18, ...RW, custom: false, nillable: false, defaultedOnCreate: true,
      referenceTo: ['Group', 'User'], idPrefixes: ['005', '00G'],
    },
    { name: 'Subscription_Key__c', label: 'Subscription Key', type: 'string', length: 80, ...RW, externalId: true, unique: true },
    { name: 'Lead__c', label: 'Lead', type: 'reference', length: 18, ...RW, referenceTo: ['Lead'], idPrefixes: ['00Q'] },
    { name: 'Contact__c', label: 'Contact', type: 'reference', length: 18, ...RW, referenceTo: ['Contact'], idPrefixes: ['003'] },
    { name: 'Plan__c', label: 'Plan', type: 'picklist', length: 255, ...RW, picklistValues: pick(['Free', 'Pro', 'Enterprise']), restrictedPicklist: true },
    { name: 'Status__c', label: 'Status', type: 'picklist', length: 255, ...RW, picklistValues: pick(['Active', 'Paused', 'Cancelled'], 'Active'), restrictedPicklist: false },
    { name: 'Seats__c', label: 'Seats', type: 'double', length: 0, precision: 18, scale: 0, ...RW },
    { name: 'Start_Date__c', label: 'Start Date', type: 'date', length: 0, ...RW },
    { name: 'Auto_Renew__c', label: 'Auto Renew', type: 'boolean', length: 0, ...RW, nillable: false, defaultedOnCreate: true },
  ],
};

/**
 * The describe answers: one object's (`GET .../sobjects/<Object>/describe`), its basic information
 * (`GET .../sobjects/<Object>/`) and the global list (`GET .../sobjects/`).
 *
 * Sources:
 * - Describe shape (name, label, keyPrefix, fields[] with name/label/type/soapType/length/
 *   precision/scale/digits/nillable/createable/updateable/defaultedOnCreate/custom/calculated/
 *   unique/externalId/idLookup/autoNumber/picklistValues[{value,label,active,defaultValue,validFor}]/
 *   restrictedPicklist/referenceTo/relationshipName/compoundFieldName): Salesforce SOAP API
 *   "DescribeSObjectResult" and Field
 *   (developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_describesobjects_describesobjectresult.htm)
 *   as typed by @types/jsforce `describe-result.d.ts`.
 * - Global list `{encoding: "UTF-8", maxBatchSize: 200, sobjects: [{name, label, keyPrefix,
 *   labelPlural, custom, layoutable, activateable, urls, searchable, updateable, createable,
 *   deprecatedAndHidden, customSetting, deletable, feedEnabled, mergeable, queryable,
 *   replicateable, retrieveable, undeletable, triggerable}]}`: REST API Developer Guide, "Get a
 *   List of Objects" (dome_describeGlobal.htm), example response.
 * - Basic information `{objectDescribe, recentItems}`: REST guide, "sObject Basic Information"
 *   (resources_sobject_basic_info.htm).
 * - mergeable: merge() takes leads, contacts, accounts and cases (SOAP API, "merge()").
 * - Relationship names: a standard reference `XId` has relationship `X`, a custom `X__c` has `X__r`
 *   (SOQL and SOSL Reference, "Relationship Names for Custom Objects and Custom Fields").
 *
 * Assumed: every served object is createable, updateable, deletable, queryable, searchable and
 * feed-enabled; recentItems lists the last 10 records created.
 */
import { compoundOf, isIdLookup, objectUrls, recordUrl, type FieldType, type ObjectDef } from './object-schema';
import type { SfRecord } from './records';

const SOAP_TYPES: Record<FieldType, string> = {
  id: 'tns:ID',
  string: 'xsd:string',
  textarea: 'xsd:string',
  email: 'xsd:string',
  phone: 'xsd:string',
  url: 'xsd:string',
  picklist: 'xsd:string',
  combobox: 'xsd:string',
  boolean: 'xsd:boolean',
  int: 'xsd:int',
  double: 'xsd:double',
  percent: 'xsd:double',
  currency: 'xsd:double',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
  reference: 'tns:ID',
  address: 'urn:address',
};

const MERGEABLE = new Set(['Lead', 'Contact', 'Account', 'Case']);

function relationshipName(name: string): string | null {
  if (name.endsWith('__c')) return `${name.slice(0, -3)}__r`;
  return name.endsWith('Id') ? name.slice(0, -2) : null;
}

/** The flags the global list and the describe share. */
function objectFlags(def: ObjectDef, version: string) {
  return {
    name: def.name,
    label: def.label,
    labelPlural: def.labelPlural,
    keyPrefix: def.keyPrefix,
    custom: def.custom,
    customSetting: false,
    createable: true,
    updateable: true,
    deletable: true,
    undeletable: true,
    mergeable: MERGEABLE.has(def.name),
    queryable: true,
    retrieveable: true,
    replicateable: true,
    searchable: true,
    layoutable: true,
    triggerable: true,
    feedEnabled: true,
    activateable: false,
    deprecatedAndHidden: false,
    urls: objectUrls(def, version),
  };
}

/** `GET .../sobjects/<Object>/describe`, a subset of DescribeSObjectResult. */
export function describeObject(def: ObjectDef, version: string): Record<string, unknown> {
  const compound = compoundOf(def);
  return {
    ...objectFlags(def, version),
    fields: def.fields.map((f) => ({
      name: f.name,
      label: f.label,
      type: f.type,
      soapType: SOAP_TYPES[f.type],
      length: f.length,
      precision: f.precision ?? 0,
      scale: f.scale ?? 0,
      digits: f.digits ?? 0,
      nillable: f.nillable,
      createable: f.createable,
      updateable: f.updateable,
      defaultedOnCreate: f.defaultedOnCreate,
      custom: f.custom,
      calculated: f.type === 'address' || (def.personName === true && f.name === 'Name'),
      unique: f.unique ?? false,
      externalId: f.externalId ?? false,
      idLookup: isIdLookup(f),
      autoNumber: f.autoNumber ?? false,
      picklistValues: (f.picklistValues ?? []).map((p) => ({ ...p, validFor: null })),
      restrictedPicklist: f.restrictedPicklist ?? false,
      referenceTo: f.referenceTo ?? [],
      relationshipName: f.type === 'reference' ? relationshipName(f.name) : null,
      compoundFieldName: compound.get(f.name) ?? null,
    })),
  };
}

/** `GET .../sobjects/`: every served object. */
export function describeGlobal(objects: readonly ObjectDef[], version: string): Record<string, unknown> {
  return { encoding: 'UTF-8', maxBatchSize: 200, sobjects: objects.map((o) => objectFlags(o, version)) };
}

/** `GET .../sobjects/<Object>/`: the object's flags and its most recent records. */
export function basicInfo(def: ObjectDef, version: string, records: readonly SfRecord[]): Record<string, unknown> {
  const recentItems = records
    .filter((r) => r.IsDeleted !== true)
    .slice(-10)
    .reverse()
    .map((r) => ({ attributes: { type: def.name, url: recordUrl(def, version, r.Id) }, Id: r.Id, Name: r.Name ?? null }));
  return { objectDescribe: objectFlags(def, version), recentItems };
}

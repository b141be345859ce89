/**
 * The part of `GET /services/data/vXX.X/sobjects/<Object>/describe` we read, as a zod schema, and
 * its conversion into a `KnownObject`. Unknown keys are allowed everywhere (a real describe has
 * dozens). Field properties: SOAP API Developer Guide, "DescribeSObjectResult", Field
 * (https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_describesobjects_describesobjectresult.htm).
 */
import { z } from 'zod';
import { FieldTypeSchema, type FieldType, type KnownObject, type SObjectField } from '../schema';

export const DescribePicklistValueSchema = z.looseObject({
  value: z.string(),
  label: z.string().nullable().optional(),
  active: z.boolean().optional(),
  defaultValue: z.boolean().optional(),
});

export const DescribeFieldSchema = z.looseObject({
  name: z.string().min(1),
  label: z.string(),
  type: z.string().min(1),
  length: z.number().int().nonnegative().optional(),
  nillable: z.boolean(),
  createable: z.boolean(),
  updateable: z.boolean(),
  defaultedOnCreate: z.boolean().optional(),
  custom: z.boolean().optional(),
  externalId: z.boolean().optional(),
  unique: z.boolean().optional(),
  idLookup: z.boolean().optional(),
  picklistValues: z.array(DescribePicklistValueSchema).optional(),
  restrictedPicklist: z.boolean().optional(),
  referenceTo: z.array(z.string()).optional(),
  calculated: z.boolean().optional(),
  inlineHelpText: z.string().nullable().optional(),
});
export type DescribeField = z.infer<typeof DescribeFieldSchema>;

export const SObjectDescribeSchema = z.looseObject({
  name: z.string().min(1),
  label: z.string().optional(),
  keyPrefix: z.string().nullable().optional(),
  fields: z.array(DescribeFieldSchema).min(1),
});
export type SObjectDescribe = z.infer<typeof SObjectDescribeSchema>;

const typeAliases: Readonly<Record<string, FieldType>> = {
  datetime: 'datetime',
  anytype: 'other',
};

/** Maps a describe type name (`string`, `dateTime`, `ID`...) to a `FieldType`. */
export function toFieldType(describeType: string): FieldType {
  const t = describeType.toLowerCase();
  const alias = typeAliases[t];
  if (alias !== undefined) return alias;
  const parsed = FieldTypeSchema.safeParse(t);
  return parsed.success ? parsed.data : 'other';
}

/**
 * Converts one describe field. `requiredOnCreate` = createable, not nillable, not defaulted on
 * create and not a boolean (booleans are never nillable but default to false).
 */
export function describeFieldToField(f: DescribeField): SObjectField {
  const type = toFieldType(f.type);
  const defaulted = f.defaultedOnCreate ?? false;
  const out: SObjectField = {
    name: f.name,
    label: f.label === '' ? f.name : f.label,
    type,
    requiredOnCreate: f.createable && !f.nillable && !defaulted && type !== 'boolean',
    createable: f.createable,
    updateable: f.updateable,
    nillable: f.nillable,
    defaulted,
    custom: f.name.endsWith('__c'),
    externalId: f.externalId ?? false,
    unique: f.unique ?? false,
    idLookup: f.idLookup ?? false,
  };
  if (f.length !== undefined && f.length > 0) out.length = f.length;
  if (f.picklistValues !== undefined && (type === 'picklist' || type === 'multipicklist' || type === 'combobox')) {
    out.picklistValues = f.picklistValues.filter((p) => p.active !== false).map((p) => p.value);
    out.restrictedPicklist = f.restrictedPicklist ?? false;
  }
  if (f.referenceTo !== undefined && f.referenceTo.length > 0) out.referenceTo = [...f.referenceTo];
  if (type === 'other') out.notes = `Describe type "${f.type}".`;
  else if (f.calculated === true) out.notes = 'Formula field; read-only.';
  return out;
}

/**
 * The object a describe gives. For an object the extension knows (`known`), what a describe does
 * not say is kept: its docs page, assignment rules, notes and rules, and the hints of its fields of
 * the same name (`brazeValue`, `idPrefix`, `notes`) where the describe does not say otherwise.
 */
export function describeToObject(d: SObjectDescribe, known?: KnownObject): KnownObject {
  const byName = new Map((known?.fields ?? []).map((f) => [f.name.toLowerCase(), f]));
  const fields = d.fields.map((df) => {
    const f = describeFieldToField(df);
    const b = byName.get(f.name.toLowerCase());
    if (b === undefined) return f;
    if (b.brazeValue !== undefined && f.brazeValue === undefined) f.brazeValue = b.brazeValue;
    if (b.idPrefix !== undefined && f.idPrefix === undefined) f.idPrefix = [...b.idPrefix];
    if (b.notes !== undefined && f.notes === undefined) f.notes = b.notes;
    return f;
  });
  const names = new Set(fields.map((f) => f.name));
  const out: KnownObject = { name: d.name, label: d.label || known?.label || d.name, fields, source: 'describe' };
  if (d.keyPrefix) out.keyPrefix = d.keyPrefix;
  if (known?.docsUrl !== undefined) out.docsUrl = known.docsUrl;
  if (known?.assignmentRules !== undefined) out.assignmentRules = known.assignmentRules;
  if (known?.notes !== undefined) out.notes = known.notes;
  // A rule on fields the org's describe does not have would name fields that are not there.
  const groups = known?.requiredOneOf?.filter((g) => g.every((n) => names.has(n)));
  if (groups?.length) out.requiredOneOf = groups;
  return out;
}

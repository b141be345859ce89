/**
 * The part of `GET /services/data/vXX.X/sobjects/Lead/describe` we read, as a zod schema, and its
 * conversion into `LeadField`s. Unknown keys are allowed everywhere (a real describe has dozens).
 */
import { z } from 'zod';
import { LeadFieldTypeSchema, type LeadField, type LeadFieldType } from '../schema';

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

const typeAliases: Readonly<Record<string, LeadFieldType>> = {
  datetime: 'datetime',
  anytype: 'other',
};

/** Maps a describe type name (`string`, `dateTime`, `ID`...) to a `LeadFieldType`. */
export function toLeadFieldType(describeType: string): LeadFieldType {
  const t = describeType.toLowerCase();
  const alias = typeAliases[t];
  if (alias !== undefined) return alias;
  const parsed = LeadFieldTypeSchema.safeParse(t);
  return parsed.success ? parsed.data : 'other';
}

/**
 * Converts one describe field. `requiredOnCreate` = createable, not nillable, not defaulted on
 * create and not a boolean (booleans are never nillable but default to false).
 */
export function describeFieldToLeadField(f: DescribeField): LeadField {
  const type = toLeadFieldType(f.type);
  const defaulted = f.defaultedOnCreate ?? false;
  const out: LeadField = {
    name: f.name,
    label: f.label === '' ? f.name : f.label,
    type,
    requiredOnCreate: f.createable && !f.nillable && !defaulted && type !== 'boolean',
    createable: f.createable,
    updateable: f.updateable,
    nillable: f.nillable,
    defaulted,
    custom: f.name.endsWith('__c'),
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

/** Converts every field of a describe. */
export function describeToLeadFields(d: SObjectDescribe): LeadField[] {
  return d.fields.map(describeFieldToLeadField);
}

/**
 * Copies built-in hints (`brazeValue`, `idPrefix`, `notes`) onto describe fields of the same name,
 * where the describe does not say otherwise.
 */
export function mergeBuiltinHints(fromDescribe: readonly LeadField[], builtin: readonly LeadField[]): LeadField[] {
  const byName = new Map(builtin.map((f) => [f.name.toLowerCase(), f]));
  return fromDescribe.map((f) => {
    const b = byName.get(f.name.toLowerCase());
    if (b === undefined) return f;
    const merged: LeadField = { ...f };
    if (b.brazeValue !== undefined && merged.brazeValue === undefined) merged.brazeValue = b.brazeValue;
    if (b.idPrefix !== undefined && merged.idPrefix === undefined) merged.idPrefix = [...b.idPrefix];
    if (b.notes !== undefined && merged.notes === undefined) merged.notes = b.notes;
    return merged;
  });
}

/**
 * In-memory Lead records of the stand-in.
 *
 * Sources: defaults on create follow the Lead field properties of Salesforce's Object Reference,
 * "Lead" (sforce_api_objects_lead.htm) (Status defaulted from LeadStatus, "Open - Not
 * Contacted" by default; the opt-out booleans default to false; OwnerId defaults to the running
 * user; IsConverted defaulted) and the "System Fields" page of Salesforce's Object Reference
 * (CreatedDate, CreatedById, LastModifiedDate, LastModifiedById, SystemModstamp). `Name` is the
 * read-only compound of FirstName, MiddleName, LastName and Suffix (Object Reference "Lead").
 * Date-time format "2024-01-31T12:00:00.000+0000": Salesforce's REST record answers.
 *
 * Assumed: a deleted record stays in the store with IsDeleted = true (the recycle bin), and
 * answers 404 ENTITY_IS_DELETED "entity is deleted" afterwards (text seen in a public mock of
 * Salesforce, not in Salesforce's docs).
 */
import { IdFactory, USER_ID } from './ids';
import { LEAD_FIELDS, LEAD_OBJECT, findLeadField } from './lead-schema';

/** A stored Lead: every field of the schema, by API name, null when empty. */
export type LeadRecord = { readonly Id: string } & Readonly<Record<string, unknown>>;

/** Field values keyed by canonical API name, as produced by validation. */
export type LeadValues = Readonly<Record<string, unknown>>;

/** "2024-01-31T12:00:00.000+0000" */
export function sfDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function derived(record: Record<string, unknown>): void {
  const name = [record.FirstName, record.MiddleName, record.LastName, record.Suffix].map(text).filter((s) => s !== '').join(' ');
  record.Name = name === '' ? null : name;
  const parts = {
    street: record.Street ?? null,
    city: record.City ?? null,
    state: record.State ?? null,
    postalCode: record.PostalCode ?? null,
    country: record.Country ?? null,
    latitude: record.Latitude ?? null,
    longitude: record.Longitude ?? null,
    geocodeAccuracy: record.GeocodeAccuracy ?? null,
  };
  record.Address = Object.values(parts).some((v) => v !== null) ? parts : null;
}

export class LeadStore {
  private readonly records = new Map<string, Record<string, unknown>>();
  private readonly ids = new IdFactory(LEAD_OBJECT.keyPrefix);
  private initial: readonly LeadRecord[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Every record (deleted ones included), oldest first, as copies. */
  list(): LeadRecord[] {
    return [...this.records.values()].map((r) => structuredClone(r) as LeadRecord);
  }

  get size(): number {
    return this.records.size;
  }

  /** Looks a record up by its 15- or 18-character id (the first 15 characters decide). */
  get(id: string): LeadRecord | undefined {
    const r = this.records.get(id.slice(0, 15));
    return r ? (structuredClone(r) as LeadRecord) : undefined;
  }

  /** Inserts a record from validated values; fills defaults and system fields. */
  insert(values: LeadValues, id?: string): LeadRecord {
    const now = sfDateTime(this.now());
    const record: Record<string, unknown> = {};
    for (const f of LEAD_FIELDS) record[f.name] = null;
    const newId = id ?? this.ids.next();
    if (this.records.has(newId.slice(0, 15))) throw new Error(`duplicate Lead id ${newId}`);
    Object.assign(record, {
      Id: newId,
      IsDeleted: false,
      Status: findLeadField('Status')?.picklistValues?.find((p) => p.defaultValue)?.value ?? null,
      OwnerId: USER_ID,
      HasOptedOutOfEmail: false,
      HasOptedOutOfFax: false,
      DoNotCall: false,
      IsUnreadByOwner: true,
      IsConverted: false,
      IsPriorityRecord: false,
      CreatedDate: now,
      CreatedById: USER_ID,
      LastModifiedDate: now,
      LastModifiedById: USER_ID,
      SystemModstamp: now,
    });
    for (const [k, v] of Object.entries(values)) {
      // A null for a defaulted boolean keeps the default (assumed).
      if (v === null && typeof record[k] === 'boolean') continue;
      record[k] = v;
    }
    derived(record);
    this.records.set(newId.slice(0, 15), record);
    return structuredClone(record) as LeadRecord;
  }

  /** Applies validated values; returns the updated record, or undefined when there is none. */
  update(id: string, values: LeadValues): LeadRecord | undefined {
    const record = this.records.get(id.slice(0, 15));
    if (!record || record.IsDeleted === true) return undefined;
    for (const [k, v] of Object.entries(values)) {
      if (v === null && typeof record[k] === 'boolean') record[k] = false;
      else record[k] = v;
    }
    const now = sfDateTime(this.now());
    record.LastModifiedDate = now;
    record.SystemModstamp = now;
    derived(record);
    return structuredClone(record) as LeadRecord;
  }

  /** Moves a record to the recycle bin (IsDeleted = true). */
  delete(id: string): boolean {
    const record = this.records.get(id.slice(0, 15));
    if (!record || record.IsDeleted === true) return false;
    record.IsDeleted = true;
    record.SystemModstamp = sfDateTime(this.now());
    return true;
  }

  /** Remembers the current records as the state `reset()` returns to. */
  markInitial(): void {
    this.initial = this.list();
  }

  /** Back to the records given at start. */
  reset(): void {
    this.records.clear();
    for (const r of this.initial) this.records.set(r.Id.slice(0, 15), structuredClone(r) as Record<string, unknown>);
  }
}

/**
 * The stand-in's records, of every object, in memory: what a create fills in, what every write
 * derives, lookups by id and by field value, and snapshots for all-or-none rollbacks.
 *
 * Sources:
 * - Defaults on create: checkboxes are false unless set (a boolean is never null); a picklist takes
 *   its default value (Lead Status "Open - Not Contacted"); OwnerId and the audit user fields are
 *   the running user; CreatedDate, LastModifiedDate and SystemModstamp are now (Object Reference,
 *   "Lead" and "System Fields").
 * - Compound fields are read-only and derived: an address from its parts, a person's Name from
 *   FirstName, MiddleName, LastName and Suffix (SOAP API Developer Guide, "Compound Fields").
 * - Date-time format "2024-01-31T12:00:00.000+0000": Salesforce's REST record answers.
 * - Upsert matching: "Custom field matching is case-insensitive only if the custom field has the
 *   Unique and Treat "ABC" and "abc" as duplicate values (case insensitive) attributes" (Apex
 *   Developer Guide, "Upserting Records"); standard lookup fields (Email) match as SOQL does,
 *   without regard to case.
 *
 * Assumed: a deleted record stays with IsDeleted = true (the recycle bin); a null for a checkbox
 * keeps or sets false; an auto-number counts from 00001001; unique fields are case-insensitive
 * (the setting's default); a custom object's record created without Name is named by its id.
 */
import { IdFactory, USER_ID } from './ids';
import { addressPrefixes, ADDRESS_PARTS, findField, type FieldDef, type ObjectDef, type RecordValues } from './object-schema';

/** A stored record: every field of its object by API name, null when empty. */
export type SfRecord = { readonly Id: string } & Readonly<RecordValues>;

/** "2024-01-31T12:00:00.000+0000" */
export function sfDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

const AUDIT_TIMES = ['CreatedDate', 'LastModifiedDate', 'SystemModstamp'];
const NAME_PARTS = ['FirstName', 'MiddleName', 'LastName', 'Suffix'];
const AUTO_NUMBER_START = 1001;

interface Entry {
  readonly def: ObjectDef;
  readonly values: RecordValues;
}

/** A copy of every record, for a rollback. */
export type Snapshot = ReadonlyMap<string, Entry>;

function copy(entry: Entry): SfRecord {
  return structuredClone(entry.values) as SfRecord;
}

function key(id: string): string {
  return id.slice(0, 15);
}

/** Whether two stored values match the way Salesforce looks a record up by this field. */
export function sameValue(field: FieldDef, a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && !(field.custom && !field.unique)) return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

export class RecordStore {
  private records = new Map<string, Entry>();
  private readonly ids = new Map<string, IdFactory>();
  private readonly autoNumbers = new Map<string, number>();
  private initial: Snapshot = new Map();

  constructor(private readonly now: () => number = Date.now) {}

  /** Looks a record up by its 15- or 18-character id (the first 15 characters decide). */
  get(id: string): SfRecord | undefined {
    const e = this.records.get(key(id));
    return e ? copy(e) : undefined;
  }

  /** The object of a stored record. */
  objectOf(id: string): ObjectDef | undefined {
    return this.records.get(key(id))?.def;
  }

  /** Every record of one object (or of all), deleted ones included, oldest first, as copies. */
  list(def?: ObjectDef): SfRecord[] {
    return [...this.records.values()].filter((e) => def === undefined || e.def === def).map(copy);
  }

  /** How many records each object has. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.records.values()) out[e.def.name] = (out[e.def.name] ?? 0) + 1;
    return out;
  }

  /** Live records of `def` whose `field` matches `value`, oldest first. */
  find(def: ObjectDef, field: FieldDef, value: unknown): SfRecord[] {
    return [...this.records.values()]
      .filter((e) => e.def === def && e.values.IsDeleted !== true && sameValue(field, e.values[field.name], value))
      .map(copy);
  }

  /** Inserts a record from validated values; fills defaults, system and derived fields. */
  insert(def: ObjectDef, values: Readonly<RecordValues>, id?: string): SfRecord {
    const newId = id ?? this.idFactory(def).next();
    if (this.records.has(key(newId))) throw new Error(`duplicate ${def.name} id ${newId}`);
    const now = sfDateTime(this.now());
    const record: RecordValues = {};
    for (const f of def.fields) record[f.name] = this.defaultValue(def, f, now);
    record.Id = newId;
    Object.assign(record, def.createDefaults);
    for (const [k, v] of Object.entries(values)) {
      if (v === null && typeof record[k] === 'boolean') continue;
      record[k] = v;
    }
    if (def.custom && record.Name == null && findField(def, 'Name')) record.Name = newId;
    this.derive(def, record);
    const entry = { def, values: record };
    this.records.set(key(newId), entry);
    return copy(entry);
  }

  /** Applies validated values; returns the updated record, or undefined when there is none. */
  update(id: string, values: Readonly<RecordValues>): SfRecord | undefined {
    const entry = this.records.get(key(id));
    if (!entry || entry.values.IsDeleted === true) return undefined;
    const record = entry.values;
    for (const [k, v] of Object.entries(values)) record[k] = v === null && typeof record[k] === 'boolean' ? false : v;
    const now = sfDateTime(this.now());
    record.LastModifiedDate = now;
    record.SystemModstamp = now;
    this.derive(entry.def, record);
    return copy(entry);
  }

  /** Moves a record to the recycle bin (IsDeleted = true). */
  delete(id: string): boolean {
    const record = this.records.get(key(id))?.values;
    if (!record || record.IsDeleted === true) return false;
    record.IsDeleted = true;
    record.SystemModstamp = sfDateTime(this.now());
    return true;
  }

  snapshot(): Snapshot {
    return new Map([...this.records].map(([k, e]) => [k, { def: e.def, values: structuredClone(e.values) }]));
  }

  restore(snapshot: Snapshot): void {
    this.records = new Map([...snapshot].map(([k, e]) => [k, { def: e.def, values: structuredClone(e.values) }]));
  }

  /** Remembers the current records as the state `reset()` returns to. */
  markInitial(): void {
    this.initial = this.snapshot();
  }

  /** Back to the records given at start. */
  reset(): void {
    this.restore(this.initial);
  }

  private idFactory(def: ObjectDef): IdFactory {
    let f = this.ids.get(def.keyPrefix);
    if (!f) {
      f = new IdFactory(def.keyPrefix);
      this.ids.set(def.keyPrefix, f);
    }
    return f;
  }

  private defaultValue(def: ObjectDef, f: FieldDef, now: string): unknown {
    if (f.type === 'boolean') return false;
    if (AUDIT_TIMES.includes(f.name)) return now;
    if (f.type === 'reference' && f.defaultedOnCreate && f.idPrefixes?.includes(USER_ID.slice(0, 3))) return USER_ID;
    if (f.autoNumber) {
      const n = this.autoNumbers.get(def.name) ?? AUTO_NUMBER_START;
      this.autoNumbers.set(def.name, n + 1);
      return String(n).padStart(8, '0');
    }
    return f.picklistValues?.find((p) => p.defaultValue)?.value ?? null;
  }

  private derive(def: ObjectDef, record: RecordValues): void {
    for (const prefix of addressPrefixes(def)) {
      const parts = Object.fromEntries(
        ADDRESS_PARTS.map((p) => [p.charAt(0).toLowerCase() + p.slice(1), record[prefix + p] ?? null]),
      );
      record[`${prefix}Address`] = Object.values(parts).some((v) => v !== null) ? parts : null;
    }
    if (def.personName) {
      const name = NAME_PARTS.map((p) => record[p]).filter((v): v is string => typeof v === 'string' && v !== '').join(' ');
      record.Name = name === '' ? null : name;
    }
    def.derive?.(record, (id) => (typeof id === 'string' ? this.records.get(key(id))?.values : undefined));
  }
}

/** One object's records, as `startStandin()` hands out the Leads (`sf.store`). */
export class ObjectRecords {
  constructor(
    private readonly store: RecordStore,
    private readonly def: ObjectDef,
  ) {}

  get(id: string): SfRecord | undefined {
    return this.store.objectOf(id) === this.def ? this.store.get(id) : undefined;
  }

  list(): SfRecord[] {
    return this.store.list(this.def);
  }

  get size(): number {
    return this.list().length;
  }
}

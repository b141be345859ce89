/**
 * Salesforce record ids: 15 characters (case-sensitive) or 18 (the 15 plus a 3-character
 * checksum that makes them case-insensitive). The first three characters, the object's key
 * prefix, name the object: Lead ids start with `00Q`.
 */

const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export type RecordIdProblem = 'empty' | 'length' | 'characters' | 'checksum' | 'prefix';

export interface RecordIdCheck {
  ok: boolean;
  /** The three-character key prefix, when the id has at least three characters. */
  prefix?: string;
  /** The 18-character form, when the id is well formed. */
  id18?: string;
  problem?: RecordIdProblem;
  /** One-line explanation when not ok. */
  message?: string;
}

/** The 3-character suffix Salesforce appends to a 15-character id. */
export function recordIdChecksum(id15: string): string {
  let out = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    out += CHECKSUM_ALPHABET.charAt(bits);
  }
  return out;
}

/** The object a record id must be of: its name and key prefix. */
export interface IdObject {
  name: string;
  keyPrefix: string;
}

/**
 * Checks a record id, of any object or of `expected`. An 18-character id whose checksum does not
 * match its first 15 characters is reported (`checksum`): Salesforce answers MALFORMED_ID or
 * NOT_FOUND for it.
 */
export function checkRecordId(id: string, expected?: IdObject): RecordIdCheck {
  if (id.length === 0) return { ok: false, problem: 'empty', message: 'The record id is empty.' };
  const prefix = id.length >= 3 ? id.slice(0, 3) : undefined;
  const base = prefix === undefined ? {} : { prefix };
  if (!/^[A-Za-z0-9]+$/.test(id)) {
    return { ...base, ok: false, problem: 'characters', message: 'A record id holds only letters and digits.' };
  }
  if (id.length !== 15 && id.length !== 18) {
    return { ...base, ok: false, problem: 'length', message: `A record id has 15 or 18 characters, not ${id.length}.` };
  }
  const id15 = id.slice(0, 15);
  const checksum = recordIdChecksum(id15);
  if (id.length === 18 && id.slice(15).toUpperCase() !== checksum) {
    return { ...base, ok: false, problem: 'checksum', message: `The last three characters should be ${checksum} for this id.` };
  }
  if (expected !== undefined && prefix !== expected.keyPrefix) {
    return {
      ...base,
      ok: false,
      id18: id15 + checksum,
      problem: 'prefix',
      message: `This id starts with ${prefix ?? ''}; ${expected.name} ids start with ${expected.keyPrefix}.`,
    };
  }
  return { ...base, ok: true, id18: id15 + checksum };
}

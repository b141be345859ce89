/**
 * Salesforce record ids: 15 characters (case-sensitive) or 18 (the 15 plus a 3-character
 * checksum that makes them case-insensitive). The first three characters name the object:
 * Lead ids start with `00Q`.
 */

export const LEAD_ID_PREFIX = '00Q';

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

/**
 * Checks a record id. `expectedPrefix` defaults to the Lead prefix `00Q`; pass `null` to accept
 * any object. An 18-character id whose checksum does not match its first 15 characters is
 * reported (`checksum`): Salesforce answers MALFORMED_ID or NOT_FOUND for it.
 */
export function checkRecordId(id: string, expectedPrefix: string | null = LEAD_ID_PREFIX): RecordIdCheck {
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
  const expected = recordIdChecksum(id15);
  if (id.length === 18 && id.slice(15).toUpperCase() !== expected) {
    return { ...base, ok: false, problem: 'checksum', message: `The last three characters should be ${expected} for this id.` };
  }
  if (expectedPrefix !== null && prefix !== expectedPrefix) {
    return {
      ...base,
      ok: false,
      id18: id15 + expected,
      problem: 'prefix',
      message: `This id starts with ${prefix ?? ''}; ${expectedPrefix === LEAD_ID_PREFIX ? 'Lead' : 'the expected'} ids start with ${expectedPrefix}.`,
    };
  }
  return { ...base, ok: true, id18: id15 + expected };
}

/** Well-known key prefixes, for messages ("this is a Contact id"). */
export const knownIdPrefixes: Readonly<Record<string, string>> = {
  '001': 'Account',
  '003': 'Contact',
  '005': 'User',
  '006': 'Opportunity',
  '00D': 'Organization',
  '00G': 'Group (queue)',
  '00Q': 'Lead',
  '012': 'RecordType',
  '0PK': 'Individual',
  '500': 'Case',
  '701': 'Campaign',
};

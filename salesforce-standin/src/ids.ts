/**
 * Salesforce record ids: 15 case-sensitive characters, or 18 with a 3-character suffix that
 * encodes which of the first 15 are upper case; the first 3 characters are the object's key
 * prefix (Lead: 00Q).
 *
 * Sources: Salesforce's object reference (record ids are 15 or 18 characters; Lead ids start with
 * `00Q`: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/field_types.htm#i1435616); the suffix algorithm reproduces Salesforce's documented example id "001D000000IqhSLIAZ"
 * ("Create a Record", REST API Developer Guide), and the MALFORMED_ID answers captured in public
 * tests for 18-character ids whose suffix does not match (e.g. "Account ID: id value of incorrect
 * type: 001900K0001pPuOAAU", whose correct suffix would be ACU).
 */
import { randomInt } from 'node:crypto';

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function idSuffix(id15: string): string {
  let out = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') flags |= 1 << i;
    }
    out += SUFFIX_ALPHABET.charAt(flags);
  }
  return out;
}

export function to18(id15: string): string {
  return id15 + idSuffix(id15);
}

export type IdShape = 'not-an-id' | 'bad-suffix' | 'ok';

/** Whether a string has the form of a record id (15 or 18 alphanumerics, valid suffix). */
export function idShape(id: string): IdShape {
  if (!/^[a-zA-Z0-9]{15}$/.test(id) && !/^[a-zA-Z0-9]{18}$/.test(id)) return 'not-an-id';
  if (id.length === 18 && idSuffix(id.slice(0, 15)) !== id.slice(15)) return 'bad-suffix';
  return 'ok';
}

/** Makes 18-character ids with the given key prefix: prefix + 2-char pod + random + counter. */
export class IdFactory {
  private counter = 0;
  private readonly stem: string;

  constructor(private readonly keyPrefix: string) {
    let r = '';
    for (let i = 0; i < 4; i++) r += ALNUM.charAt(randomInt(ALNUM.length));
    this.stem = `${keyPrefix}Sb${r}`; // 3 + 2 + 4 = 9 characters
  }

  next(): string {
    this.counter += 1;
    const n = this.counter.toString(36).toUpperCase().padStart(6, '0');
    if (n.length > 6) throw new Error(`id space of ${this.keyPrefix} exhausted`);
    return to18(this.stem + n);
  }
}

/** Fixed ids of the stand-in's org and its integration ("run as") user. */
export const ORG_ID = to18('00D5g00000STAND');
export const USER_ID = to18('0055g00000RUNAS');

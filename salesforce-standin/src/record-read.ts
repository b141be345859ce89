/**
 * The answer of a record GET (by id or by external id): `attributes {type, url}` first, then
 * every field, or `Id` and those named by `?fields=`.
 *
 * Sources: REST API Developer Guide, "Get Field Values from a Standard Object Record"
 * (dome_get_field_values.htm: `?fields=`, the `attributes` map) and "Get a Record Using an
 * External ID"; `INVALID_FIELD` "No such column 'X' on entity 'Lead'. If you are attempting to use
 * a custom field, be sure to append the '__c' after the custom field name. Please reference your
 * WSDL or the describe call for the appropriate names." (Salesforce's SOQL wording, captured in
 * public clients).
 *
 * Assumed: an unknown name in `?fields=` answers 400 with that SOQL wording.
 */
import { sfError, sfErrorResponse, type StandinResponse } from './http-types';
import { findField, recordUrl, type ObjectDef } from './object-schema';
import type { SfRecord } from './records';

export function recordAnswer(def: ObjectDef, record: SfRecord, version: string, fieldsParam: string | null): StandinResponse {
  let names = def.fields.map((f) => f.name);
  if (fieldsParam !== null) {
    names = ['Id'];
    for (const raw of fieldsParam.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
      const f = findField(def, raw);
      if (!f) {
        return sfErrorResponse(
          400,
          sfError(
            'INVALID_FIELD',
            `No such column '${raw}' on entity '${def.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
          ),
        );
      }
      if (!names.includes(f.name)) names.push(f.name);
    }
  }
  const body: Record<string, unknown> = { attributes: { type: def.name, url: recordUrl(def, version, record.Id) } };
  for (const n of names) body[n] = record[n] ?? null;
  return { status: 200, body };
}

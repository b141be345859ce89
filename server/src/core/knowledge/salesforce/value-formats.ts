/**
 * How a JSON value must be written for each kind of Salesforce field, as Braze's `date` and `join`
 * can print it. Salesforce REST API Developer Guide, "Valid Date and DateTime Formats"
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_valid_date_formats.htm):
 * a date is `yyyy-MM-dd` without an offset, a dateTime `yyyy-MM-ddTHH:mm:ss(.SSS)` then `Z` or
 * `+HH:mm`; a multi-select picklist is one string, its values separated by `;` (SOQL and SOSL
 * Reference, "Query Multi-Select Picklists").
 */
import type { FieldType } from '../schema';

/** Fields that take a JSON number. */
export const NUMERIC_FIELD_TYPES: ReadonlySet<FieldType> = new Set<FieldType>(['int', 'long', 'double', 'currency', 'percent']);

/** The strftime format that prints a Salesforce date. */
export const SALESFORCE_DATE_FORMAT = '%Y-%m-%d';
/** The strftime format that prints a Salesforce dateTime, whatever zone `time_zone` chose. */
export const SALESFORCE_DATETIME_FORMAT = '%Y-%m-%dT%H:%M:%S%:z';
export const MULTI_SELECT_SEPARATOR = ';';

const DATETIME = /^%Y-%m-%dT%H:%M(?::%S(?:\.%L|\.%3N)?)?(?:Z|%z|%:z|[+-]\d{2}:?\d{2})$/;

/**
 * Whether a strftime format (Ruby's combined formats already expanded) prints what a date or a
 * dateTime field reads; undefined for other field types.
 */
export function formatFitsField(expandedFormat: string, type: FieldType): boolean | undefined {
  if (type === 'date') return expandedFormat === SALESFORCE_DATE_FORMAT;
  if (type === 'datetime') return DATETIME.test(expandedFormat);
  return undefined;
}

/**
 * Domain knowledge for the language server: what Braze Liquid offers (attributes, namespaces,
 * tags, filters, Connected Content options) and what Salesforce's REST API accepts (objects and
 * their fields, API versions, hosts, record ids), as typed data validated with zod, plus lookups.
 *
 * - `builtin.ts`: the `Knowledge` shape, `builtinKnowledge()` (validated once, cached; never throws
 *   at runtime, `assertBuiltinKnowledgeValid()` throws for tests).
 * - `workspace.ts`: `loadWorkspaceKnowledge()` adds the org's describes (any object) and the custom
 *   attribute setting, with one warning per malformed input.
 * - `lookup.ts`: `findObject`, `findField`, `findFilter`, `findTag`, `findAttribute`, `findNamespace`,
 *   `closestField`, `resolveBodyKey`... (each list indexed once)
 * - `schema.ts`: zod schemas and the types of every data kind.
 */
export {
  builtinKnowledge,
  builtinKnowledgeProblems,
  assertBuiltinKnowledgeValid,
  salesforceKnowledge,
  validateKnowledge,
  type Knowledge,
  type BrazeKnowledge,
  type SalesforceKnowledge,
} from './builtin';
export {
  stripAttributeBraces,
  findObject,
  misspeltObject,
  findField,
  objectOfIdPrefix,
  findFilter,
  findUnsupportedFilter,
  findTag,
  builtinTag,
  findUnsupportedTag,
  findAttribute,
  findNamespace,
  findNamespaceMember,
  findConnectedContentOption,
  findCustomAttribute,
  editDistance,
  closestField,
  findBodyKeyTranslation,
  translateBodyKey,
  resolveBodyKey,
  type ClosestOptions,
  type FieldMatch,
  type BodyKeyResolution,
} from './lookup';
export * from './schema';
export { normalizeBodyKey } from './translations';
export { localized, localizedFieldNotes, knowledgeTranslations, type KnowledgeTranslation } from './localized';
export { localizedKnowledgeTexts, type LocalizedKind } from './localized-keys';
export { newestVersion, versionStatus, findApiVersion, normalizeVersion, TOKEN_PATH } from './salesforce/api';
export { hostPatterns } from './salesforce/hosts';
export { builtinObjects, builtinObject } from './salesforce/objects';
export { requestHeaders, type RequestHeader } from './salesforce/request-headers';
export { NUMERIC_FIELD_TYPES, SALESFORCE_DATE_FORMAT, SALESFORCE_DATETIME_FORMAT, MULTI_SELECT_SEPARATOR, formatFitsField } from './salesforce/value-formats';
export { classifyHost, checkMyDomainName, isValidMyDomainName, isValidSandboxName, type HostClassification, type MyDomainProblem } from './salesforce/hosts';
export { checkRecordId, recordIdChecksum, type IdObject, type RecordIdCheck } from './salesforce/record-id';
export { CATALOG_ITEMS_VARIABLE } from './braze/tags';
export { CUSTOM_ATTRIBUTE_MAX_LENGTH } from './braze/attributes';
export { CACHE_MAX_AGE_MIN, CACHE_MAX_AGE_MAX, CONNECTED_CONTENT_METHODS, DEFAULT_SAVE_VARIABLE, DEFAULT_GET_CACHE_SECONDS } from './braze/connected-content';
export { SObjectDescribeSchema, DescribeFieldSchema, describeToObject, describeFieldToField, toFieldType, type SObjectDescribe, type DescribeField } from './salesforce/describe';
export { loadWorkspaceKnowledge, describedObject, CUSTOM_ATTRIBUTES_SETTING, DESCRIBE_FOLDER, type DescribeFile, type WorkspaceKnowledgeInput, type WorkspaceKnowledgeResult } from './workspace';

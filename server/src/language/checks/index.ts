import { assignmentRules } from './assignment-rules';
import { contentType } from './content-type';
import { headerSyntax } from './header-syntax';
import { jsonEscape } from './json-escape';
import { jsonInvalid } from './json-invalid';
import { jsonPathDuplicateKey } from './json-path-duplicate-key';
import { jsonPathInvalid } from './json-path-invalid';
import { pathsUnchecked } from './paths-unchecked';
import { fieldCase } from './field-case';
import { fieldReadonly } from './field-readonly';
import { fieldRequired } from './field-required';
import { fieldMayBeEmpty } from './field-may-be-empty';
import { fieldUnknown } from './field-unknown';
import { fieldValue } from './field-value';
import { fieldOutputType } from './field-output-type';
import { liquidAbortReason } from './liquid-abort-reason';
import { liquidFilterInCondition } from './liquid-filter-in-condition';
import { liquidSyntax } from './liquid-syntax';
import { liquidVariableScope } from './liquid-variable-scope';
import { methodUrlMismatch } from './method-url-mismatch';
import { oauthBody } from './oauth-body';
import { oauthCache } from './oauth-cache';
import { oauthContentType } from './oauth-content-type';
import { oauthGuard } from './oauth-guard';
import { oauthHostMismatch } from './oauth-host-mismatch';
import { oauthMethod } from './oauth-method';
import { oauthMissing } from './oauth-missing';
import { oauthSave } from './oauth-save';
import { oauthTokenUrl } from './oauth-token-url';
import { placeholder } from './placeholder';
import { recordId } from './record-id';
import { urlIdMayBeEmpty } from './url-id-may-be-empty';
import { requestLine } from './request-line';
import { secretInline } from './secret-inline';
import { sobjectUnknown } from './sobject-unknown';
import { unknownAttribute } from './unknown-attribute';
import { unknownFilter } from './unknown-filter';
import { unknownTag } from './unknown-tag';
import { urlApiVersion } from './url-api-version';
import { urlComposite } from './url-composite';
import { urlExternalId } from './url-external-id';
import { urlInvalid } from './url-invalid';
import { urlNotSalesforce } from './url-not-salesforce';
import { urlSobjectPath } from './url-sobject-path';
import type { Check } from './types';

/**
 * Every check, in the order of the table in docs/checks.md: the request line and headers, Liquid,
 * the URL, authentication, the body. One file per check; its tests stand beside it.
 */
export const allChecks: readonly Check[] = [
  requestLine,
  headerSyntax,
  liquidSyntax,
  liquidFilterInCondition,
  liquidAbortReason,
  unknownTag,
  unknownFilter,
  unknownAttribute,
  liquidVariableScope,
  placeholder,
  urlInvalid,
  urlNotSalesforce,
  urlApiVersion,
  urlSobjectPath,
  sobjectUnknown,
  urlComposite,
  methodUrlMismatch,
  assignmentRules,
  recordId,
  urlIdMayBeEmpty,
  urlExternalId,
  oauthMissing,
  oauthTokenUrl,
  oauthHostMismatch,
  oauthMethod,
  oauthBody,
  oauthSave,
  oauthCache,
  oauthContentType,
  oauthGuard,
  contentType,
  jsonInvalid,
  jsonPathInvalid,
  jsonPathDuplicateKey,
  pathsUnchecked,
  jsonEscape,
  fieldUnknown,
  fieldCase,
  fieldRequired,
  fieldMayBeEmpty,
  fieldReadonly,
  fieldValue,
  fieldOutputType,
  secretInline,
];

const CODES = new Map(allChecks.flatMap((c) => [[c.meta.code, c.meta.code] as const, ...(c.meta.aliases ?? []).map((a) => [a, c.meta.code] as const)]));

/** The code of the check a code names: its own, or a former one (`lead-field-unknown` is `field-unknown`); undefined for no check. */
export function checkCode(code: string): string | undefined {
  return CODES.get(code);
}

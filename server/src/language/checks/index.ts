import { contentType } from './content-type';
import { headerSyntax } from './header-syntax';
import { jsonEscape } from './json-escape';
import { jsonInvalid } from './json-invalid';
import { leadFieldCase } from './lead-field-case';
import { leadFieldReadonly } from './lead-field-readonly';
import { leadFieldRequired } from './lead-field-required';
import { leadFieldUnknown } from './lead-field-unknown';
import { leadFieldValue } from './lead-field-value';
import { leadId } from './lead-id';
import { liquidFilterInCondition } from './liquid-filter-in-condition';
import { liquidSyntax } from './liquid-syntax';
import { liquidVariableScope } from './liquid-variable-scope';
import { methodUrlMismatch } from './method-url-mismatch';
import { oauthBody } from './oauth-body';
import { oauthCache } from './oauth-cache';
import { oauthGuard } from './oauth-guard';
import { oauthHostMismatch } from './oauth-host-mismatch';
import { oauthMethod } from './oauth-method';
import { oauthMissing } from './oauth-missing';
import { oauthSave } from './oauth-save';
import { oauthTokenUrl } from './oauth-token-url';
import { placeholder } from './placeholder';
import { requestLine } from './request-line';
import { secretInline } from './secret-inline';
import { unknownAttribute } from './unknown-attribute';
import { unknownFilter } from './unknown-filter';
import { unknownTag } from './unknown-tag';
import { urlApiVersion } from './url-api-version';
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
  unknownTag,
  unknownFilter,
  unknownAttribute,
  liquidVariableScope,
  placeholder,
  urlInvalid,
  urlNotSalesforce,
  urlApiVersion,
  urlSobjectPath,
  methodUrlMismatch,
  leadId,
  oauthMissing,
  oauthTokenUrl,
  oauthHostMismatch,
  oauthMethod,
  oauthBody,
  oauthSave,
  oauthCache,
  oauthGuard,
  contentType,
  jsonInvalid,
  jsonEscape,
  leadFieldUnknown,
  leadFieldCase,
  leadFieldRequired,
  leadFieldReadonly,
  leadFieldValue,
  secretInline,
];

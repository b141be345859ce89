/**
 * The `Knowledge` shape and the built-in knowledge.
 *
 * `builtinKnowledge()` gives the built-in data, checked once against `KnowledgeSchema` on first
 * use and cached. It never throws: if the data breaks a schema rule (a bug in this folder), the
 * problems are kept in `builtinKnowledgeProblems()` and the data is served as is (the compiler
 * already checked its shape). Tests call `assertBuiltinKnowledgeValid()`, which throws.
 * Workspace input (the org's describes, the custom attribute setting) goes through
 * `loadWorkspaceKnowledge` in `workspace.ts`.
 */
import { brazeAttributes, brazeNamespaces } from './braze/attributes';
import { connectedContentOptions, tokenResponseMembers } from './braze/connected-content';
import { liquidFilters, unsupportedFilters } from './braze/filters';
import { liquidTags, unsupportedTags } from './braze/tags';
import {
  KnowledgeSchema,
  formatPath,
  type ApiVersion,
  type BodyKeyTranslation,
  type BrazeAttribute,
  type BrazeNamespace,
  type ConnectedContentOption,
  type CustomAttribute,
  type HostPattern,
  type KnownObject,
  type LiquidFilter,
  type SObjectField,
  type LiquidTag,
  type TokenResponseMember,
  type UnsupportedFilter,
  type UnsupportedTag,
} from './schema';
import { apiVersions } from './salesforce/api';
import { hostPatterns } from './salesforce/hosts';
import { builtinObjects } from './salesforce/objects';
import { bodyKeyTranslations } from './translations';

export interface BrazeKnowledge {
  attributes: readonly BrazeAttribute[];
  namespaces: readonly BrazeNamespace[];
  tags: readonly LiquidTag[];
  unsupportedTags: readonly UnsupportedTag[];
  filters: readonly LiquidFilter[];
  unsupportedFilters: readonly UnsupportedFilter[];
  connectedContentOptions: readonly ConnectedContentOption[];
  tokenResponseMembers: readonly TokenResponseMember[];
}

export interface SalesforceKnowledge {
  /**
   * The objects a webhook may write: the built-in ones, each replaced by the org's describe when
   * one is loaded, then the org's other described objects. Found by name with `findObject`.
   */
  objects: readonly KnownObject[];
  /** @deprecated The Lead's fields (`findObject(k, 'Lead')`), kept while the client's New Update-Lead command reads them. */
  leadFields: readonly SObjectField[];
  /** @deprecated Where the Lead's fields came from (`findObject(k, 'Lead')?.source`). */
  leadFieldsSource: KnownObject['source'];
  apiVersions: readonly ApiVersion[];
  hostPatterns: readonly HostPattern[];
  /** Translated / informal body keys and the API names they stand for. */
  bodyKeyTranslations: readonly BodyKeyTranslation[];
}

export interface Knowledge {
  braze: BrazeKnowledge;
  salesforce: SalesforceKnowledge;
  /** Custom attributes declared in the `brazeWebhooks.customAttributes` setting. */
  customAttributes: readonly CustomAttribute[];
}

function buildBuiltin(): Knowledge {
  return {
    braze: {
      attributes: brazeAttributes,
      namespaces: brazeNamespaces,
      tags: liquidTags,
      unsupportedTags,
      filters: liquidFilters,
      unsupportedFilters,
      connectedContentOptions,
      tokenResponseMembers,
    },
    salesforce: salesforceKnowledge(
      builtinObjects.map((o): KnownObject => ({ ...o, source: 'builtin' })),
      { apiVersions, hostPatterns, bodyKeyTranslations },
    ),
    customAttributes: [],
  };
}

/** The Salesforce knowledge of these objects (the Lead's aliases set from them: one list of fields). */
export function salesforceKnowledge(
  objects: readonly KnownObject[],
  rest: Pick<SalesforceKnowledge, 'apiVersions' | 'hostPatterns' | 'bodyKeyTranslations'>,
): SalesforceKnowledge {
  const lead = objects.find((o) => o.name === 'Lead');
  const { apiVersions, hostPatterns, bodyKeyTranslations } = rest;
  return { objects, leadFields: lead?.fields ?? [], leadFieldsSource: lead?.source ?? 'builtin', apiVersions, hostPatterns, bodyKeyTranslations };
}

/** Lists every schema problem of a knowledge value as `path: message` (empty when valid). */
export function validateKnowledge(k: Knowledge): string[] {
  const result = KnowledgeSchema.safeParse(k);
  return result.success ? [] : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

let cached: { knowledge: Knowledge; problems: readonly string[] } | undefined;

function load(): { knowledge: Knowledge; problems: readonly string[] } {
  if (cached === undefined) {
    const knowledge = deepFreeze(buildBuiltin());
    cached = { knowledge, problems: Object.freeze(validateKnowledge(knowledge)) };
  }
  return cached;
}

/** The built-in knowledge (validated once, cached, frozen). Never throws. */
export function builtinKnowledge(): Knowledge {
  return load().knowledge;
}

/** Schema problems found in the built-in data (empty unless this folder has a bug). */
export function builtinKnowledgeProblems(): readonly string[] {
  return load().problems;
}

/** For tests: throws an Error listing every problem of the built-in data. */
export function assertBuiltinKnowledgeValid(): void {
  const problems = builtinKnowledgeProblems();
  if (problems.length > 0) throw new Error(`Built-in knowledge is invalid:\n${problems.join('\n')}`);
}

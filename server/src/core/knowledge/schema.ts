/**
 * Zod schemas for every kind of domain knowledge (Braze Liquid, Connected Content, Salesforce
 * objects over REST), and the TypeScript types inferred from them. The data modules next to this file
 * are typed with these types, so the compiler checks their shape; the schemas add what a type
 * cannot say (https links, number ranges, unique names, non-empty text) and are run once when
 * the built-in knowledge is first used (see `index.ts`) and on every workspace input
 * (see `workspace.ts`).
 */
import { z } from 'zod';

/** A one-line, non-empty description. */
const Line = z
  .string()
  .min(1)
  .refine((s) => !s.includes('\n'), { message: 'must be a single line' });

/** A documentation link: always https. */
export const DocsUrlSchema = z
  .string()
  .refine((s) => s.startsWith('https://'), { message: 'must start with https://' })
  .refine((s) => URL.canParse(s), { message: 'must be a valid URL' });

// ---------------------------------------------------------------------------------------------
// Braze: attributes and namespaces
// ---------------------------------------------------------------------------------------------

/** How Braze hands a value to Liquid. `time` values render like `2021-06-03 17:13:41 UTC`. */
export const BrazeValueTypeSchema = z.enum([
  'string',
  'number',
  'boolean',
  'time',
  'date',
  'url',
  'array',
  'object',
]);
export type BrazeValueType = z.infer<typeof BrazeValueTypeSchema>;

/** A default (standard) attribute, written `${name}` in Braze Liquid: `{{${first_name}}}`. */
export const BrazeAttributeSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  description: Line,
  type: BrazeValueTypeSchema,
  docsUrl: DocsUrlSchema,
  /** A realistic rendered value, as text. */
  sample: z.string(),
  /**
   * Name of the field in a Braze user export (`POST /users/export/ids`, `users[]`) that holds
   * this value, where it differs from `name` or where only the export has it.
   */
  exportField: z.string().min(1).optional(),
  /** Kept by Braze for old messages; a newer attribute replaces it. */
  legacy: z.boolean().optional(),
  notes: Line.optional(),
});
export type BrazeAttribute = z.infer<typeof BrazeAttributeSchema>;

export const NamespaceMemberSchema = z.object({
  name: z.string().min(1),
  description: Line,
  type: BrazeValueTypeSchema.optional(),
});
export type NamespaceMember = z.infer<typeof NamespaceMemberSchema>;

/** A Liquid namespace whose members are written `namespace.${member}`. */
export const BrazeNamespaceSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  description: Line,
  docsUrl: DocsUrlSchema,
  /** Fixed members documented by Braze (for open namespaces: well-known members, if any). */
  members: z.array(NamespaceMemberSchema).optional(),
  /** True when members are defined by the workspace (custom attributes, event properties...). */
  open: z.boolean(),
  /** Whether the values can be filled when a webhook is rendered. */
  inWebhooks: z.boolean(),
  notes: Line.optional(),
});
export type BrazeNamespace = z.infer<typeof BrazeNamespaceSchema>;

// ---------------------------------------------------------------------------------------------
// Braze: Liquid tags
// ---------------------------------------------------------------------------------------------

/**
 * - `block`: opens a body that an end tag closes (`if` ... `endif`)
 * - `simple`: stands alone (`assign`, `connected_content`)
 * - `branch`: only inside a block (`elsif`, `else`, `when`, `break`, `continue`)
 * - `end`: closes a block (`endif`)
 */
export const LiquidTagKindSchema = z.enum(['block', 'simple', 'branch', 'end']);
export type LiquidTagKind = z.infer<typeof LiquidTagKindSchema>;

/**
 * How a tag's arguments are read:
 * - `none`: nothing (`else`, `raw`);
 * - `condition`: a condition with operators (`if`, `elsif`, `unless`);
 * - `expression`: a value, maybe with filters (`echo`, `case`, `when`, `cycle`);
 * - `assignment`: `name <keyword> value` (`assign x = ...`, `for x in ...`);
 * - `name`: a variable name alone (`capture x`);
 * - `connected-content`: Braze's `URL :option value ...`;
 * - `lines`: one tag per line (`liquid`);
 * - `free`: words the parser does not read (`abort_message('...')`, `catalog_items ...`).
 */
export const TagArgumentsSchema = z.enum(['none', 'condition', 'expression', 'assignment', 'name', 'connected-content', 'lines', 'free']);
export type TagArguments = z.infer<typeof TagArgumentsSchema>;

/**
 * The variable a tag sets in its field:
 * - `named`: the name in its arguments (`assign`, `capture`, a loop variable);
 * - `saved-answer`: the `:save` name, or `connected` (`connected_content`);
 * - `items`: `items` (the catalog tags);
 * - `counter`: the counter it names (`increment`, `decrement`).
 */
export const TagSetsSchema = z.enum(['named', 'saved-answer', 'items', 'counter']);
export type TagSets = z.infer<typeof TagSetsSchema>;

/**
 * What a block's body is: `liquid` (rendered in place), `captured` (rendered into a variable,
 * not output: `capture`), `hidden` (not rendered, not Liquid: `comment`), `raw` (output as
 * written, not Liquid: `raw`).
 */
export const TagBodySchema = z.enum(['liquid', 'captured', 'hidden', 'raw']);
export type TagBody = z.infer<typeof TagBodySchema>;

export const LiquidTagSchema = z
  .object({
    name: z.string().regex(/^[a-z_]+$/),
    kind: LiquidTagKindSchema,
    arguments: TagArgumentsSchema,
    /** `=` (`assign`) or `in` (`for`): the word between the name and the value of an `assignment`. */
    keyword: z.string().min(1).optional(),
    /** Words of the arguments that are not variables (`limit`, `offset`, `reversed` in `for`). */
    argumentWords: z.array(z.string().min(1)).optional(),
    /** False where Braze's docs forbid filters in the arguments (`if`, `case`, `for`...). */
    filters: z.boolean(),
    sets: TagSetsSchema.optional(),
    /** For block tags: what the body is (default `liquid`). */
    body: TagBodySchema.optional(),
    description: Line,
    docsUrl: DocsUrlSchema,
    /** True for tags that open a body closed by `endTag`. */
    block: z.boolean(),
    /** True for `abort_message`: a rendering that reaches it sends nothing for that user. */
    cancelsSend: z.boolean().optional(),
    endTag: z.string().regex(/^end[a-z_]+$/).optional(),
    /** For branch and end tags: the block tags they may appear in / close. */
    parents: z.array(z.string()).optional(),
    /**
     * VS Code snippet body for completion; see the convention in `braze/tags.ts`: it starts at
     * the tag name (after `{% `) and stops before the final ` %}`.
     */
    snippet: z.string().min(1),
    /** A tag Braze added to Liquid (not in Shopify's open-source Liquid). */
    braze: z.boolean(),
    /** Braze's documentation names or shows this tag (false: standard Liquid, assumed to work). */
    documented: z.boolean(),
    notes: Line.optional(),
  })
  .refine((t) => t.block === (t.kind === 'block'), { message: 'block must be true exactly for kind "block"' })
  .refine((t) => (t.kind === 'block') === (t.endTag !== undefined), {
    message: 'block tags, and only they, have an endTag',
    path: ['endTag'],
  })
  .refine((t) => !t.snippet.trimEnd().endsWith('%}'), {
    message: 'snippet must stop before the closing %}',
    path: ['snippet'],
  })
  .refine((t) => (t.arguments === 'assignment') === (t.keyword !== undefined), {
    message: 'assignment tags, and only they, have a keyword',
    path: ['keyword'],
  })
  .refine((t) => t.body === undefined || t.kind === 'block', { message: 'only block tags have a body', path: ['body'] });
export type LiquidTag = z.infer<typeof LiquidTagSchema>;

/** A Liquid tag that Braze does not run. */
export const UnsupportedTagSchema = z.object({
  name: z.string().regex(/^[a-z_]+$/),
  reason: Line,
  /** Where the fact comes from. */
  source: DocsUrlSchema,
  /** False when Braze's documentation does not say so in as many words (an inference). */
  verified: z.boolean(),
});
export type UnsupportedTag = z.infer<typeof UnsupportedTagSchema>;

// ---------------------------------------------------------------------------------------------
// Braze: filters
// ---------------------------------------------------------------------------------------------

export const FilterValueTypeSchema = z.enum(['any', 'string', 'number', 'boolean', 'array', 'object', 'time']);
export type FilterValueType = z.infer<typeof FilterValueTypeSchema>;

export const FilterArgSchema = z.object({
  name: z.string().min(1),
  type: FilterValueTypeSchema,
  optional: z.boolean(),
});
export type FilterArg = z.infer<typeof FilterArgSchema>;

export const FilterCategorySchema = z.enum([
  'array',
  'math',
  'money',
  'string',
  'encoding',
  'url',
  'json',
  'number',
  'date',
  'general',
  'color',
  'font',
]);
export type FilterCategory = z.infer<typeof FilterCategorySchema>;

export const LiquidFilterSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/),
    description: Line,
    docsUrl: DocsUrlSchema,
    category: FilterCategorySchema,
    args: z.array(FilterArgSchema),
    /** Braze's own filter (not in Shopify's open-source Liquid). */
    braze: z.boolean(),
    /** The type of what the filter gives back. */
    returns: FilterValueTypeSchema,
    /** Older names Braze still accepts for this filter. */
    aliases: z.array(z.string()).optional(),
    notes: Line.optional(),
  })
  .refine((f) => f.args.every((a, i) => !a.optional || f.args.slice(i).every((b) => b.optional)), {
    message: 'optional arguments must come last',
    path: ['args'],
  });
export type LiquidFilter = z.infer<typeof LiquidFilterSchema>;

export const UnsupportedFilterSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  category: FilterCategorySchema,
  reason: Line,
  source: DocsUrlSchema,
  /** A supported filter or pattern that does the job, when there is one. */
  alternative: Line.optional(),
});
export type UnsupportedFilter = z.infer<typeof UnsupportedFilterSchema>;

// ---------------------------------------------------------------------------------------------
// Braze: Connected Content
// ---------------------------------------------------------------------------------------------

export const ConnectedContentValueKindSchema = z.enum([
  'url',
  'enum',
  'number',
  'identifier',
  'json',
  'form',
  'mime',
  'none',
]);
export type ConnectedContentValueKind = z.infer<typeof ConnectedContentValueKindSchema>;

export const ConnectedContentOptionSchema = z
  .object({
    /** Written with its leading colon, as in a template: `:method`. */
    name: z.string().regex(/^:[a-z_]+$/),
    description: Line,
    docsUrl: DocsUrlSchema,
    takesValue: z.boolean(),
    valueKind: ConnectedContentValueKindSchema,
    /** Allowed values for `valueKind: 'enum'` (lower case as Braze writes them). */
    values: z.array(z.string().min(1)).optional(),
    /** Inclusive bounds for `valueKind: 'number'`. */
    min: z.number().optional(),
    max: z.number().optional(),
    /** What Braze does when the option is left out. */
    default: Line.optional(),
    notes: Line.optional(),
  })
  .refine((o) => o.takesValue === (o.valueKind !== 'none'), {
    message: 'takesValue must be false exactly when valueKind is "none"',
  })
  .refine((o) => (o.valueKind === 'enum') === (o.values !== undefined && o.values.length > 0), {
    message: 'enum options, and only they, list values',
    path: ['values'],
  })
  .refine((o) => o.min === undefined || o.max === undefined || o.min <= o.max, {
    message: 'min must not exceed max',
    path: ['min'],
  });
export type ConnectedContentOption = z.infer<typeof ConnectedContentOptionSchema>;

/** A member of the JSON Salesforce answers to a token request, read as `result.member`. */
export const TokenResponseMemberSchema = z.object({
  name: z.string().regex(/^[a-z_]+$/),
  description: Line,
  type: z.enum(['string', 'number']),
  /** Set by Braze on the saved variable, not sent by Salesforce. */
  addedByBraze: z.boolean(),
  sample: z.string(),
  docsUrl: DocsUrlSchema,
});
export type TokenResponseMember = z.infer<typeof TokenResponseMemberSchema>;


// ---------------------------------------------------------------------------------------------
// Salesforce: objects and their fields
// ---------------------------------------------------------------------------------------------

/**
 * Field types as a describe call names them (lower case). `other` holds any type this list does
 * not know (the original name is kept in `notes`).
 */
export const FieldTypeSchema = z.enum([
  'id',
  'string',
  'textarea',
  'email',
  'phone',
  'url',
  'picklist',
  'multipicklist',
  'combobox',
  'boolean',
  'int',
  'long',
  'double',
  'percent',
  'currency',
  'date',
  'datetime',
  'time',
  'reference',
  'address',
  'location',
  'encryptedstring',
  'base64',
  'other',
]);
export type FieldType = z.infer<typeof FieldTypeSchema>;

const ApiName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/);

/** A field of any Salesforce object (Lead, Contact, a custom object...) as a REST create or update sees it. */
export const SObjectFieldSchema = z
  .object({
    /** The API name, as the JSON body must spell it (Salesforce matches it case-insensitively). */
    name: ApiName,
    label: z.string().min(1),
    type: FieldTypeSchema,
    length: z.number().int().positive().optional(),
    /** Must be present in a create (POST) body. */
    requiredOnCreate: z.boolean(),
    /** May be set on create (POST). */
    createable: z.boolean(),
    /** May be set on update (PATCH). */
    updateable: z.boolean(),
    /** May be null (`null` in the body clears it). */
    nillable: z.boolean(),
    /** Salesforce fills it on create when left out. */
    defaulted: z.boolean(),
    /** True for fields an org added (`__c`). */
    custom: z.boolean(),
    /**
     * Marked External ID: the field can name a record in an upsert
     * (`PATCH /sobjects/<Object>/<Field>/<value>`). An org's custom fields may be; the standard
     * fields of the built-in objects are not.
     */
    externalId: z.boolean(),
    /** Salesforce refuses a second record with the same value (DUPLICATE_VALUE). */
    unique: z.boolean(),
    /**
     * describe's `idLookup`: the field can name a record, in an upsert too, as an external id does
     * (`Email` of a Lead or a Contact). The `Id` has it, but REST upserts by external ids only.
     */
    idLookup: z.boolean(),
    /** Active values; for standard picklists the out-of-the-box defaults, which orgs change. */
    picklistValues: z.array(z.string().min(1)).optional(),
    /** Only listed values are accepted (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST otherwise). */
    restrictedPicklist: z.boolean().optional(),
    referenceTo: z.array(z.string().min(1)).optional(),
    /** Id prefixes of the referenced records (`005` User, `00G` Group/queue...). */
    idPrefix: z.array(z.string().length(3)).optional(),
    /** A suggested Liquid value from a Braze default attribute. */
    brazeValue: z.string().min(1).optional(),
    notes: Line.optional(),
  })
  .refine((f) => !f.requiredOnCreate || f.createable, {
    message: 'a field required on create must be createable',
    path: ['requiredOnCreate'],
  })
  .refine((f) => f.custom === f.name.endsWith('__c'), {
    message: 'custom must be true exactly for names ending in __c',
    path: ['custom'],
  });
export type SObjectField = z.infer<typeof SObjectFieldSchema>;

const SObjectShape = z.object({
  /** The API name, as `/sobjects/<name>` spells it. */
  name: ApiName,
  label: z.string().min(1),
  /** The first three characters of its record ids (`00Q` Lead, `003` Contact). */
  keyPrefix: z.string().regex(/^[0-9A-Za-z]{3}$/),
  /** REST create and update run the active assignment rules (`Sforce-Auto-Assign`, default TRUE). */
  assignmentRules: z.boolean(),
  /** Its page in Salesforce's Object Reference. */
  docsUrl: DocsUrlSchema,
  fields: z.array(SObjectFieldSchema).min(1),
  /**
   * Groups of fields of which a create must send one, beyond `requiredOnCreate` (a campaign member
   * names its Lead or its Contact): Salesforce answers REQUIRED_FIELD_MISSING naming the group.
   */
  requiredOneOf: z.array(z.array(ApiName).min(2)).optional(),
  notes: Line.optional(),
});

/** The rules every object's fields keep, built in or read from a describe. */
function objectRules(o: { keyPrefix?: string; fields: readonly SObjectField[]; requiredOneOf?: readonly (readonly string[])[] }, ctx: z.RefinementCtx): void {
  uniqueBy(o.fields, (f) => f.name.toLowerCase(), ctx, ['fields']);
  o.fields.forEach((f, i) => {
    if ((f.name === 'Id') !== (f.type === 'id')) {
      ctx.addIssue({ code: 'custom', message: 'the Id field, and only it, has type "id"', path: ['fields', i, 'type'] });
    }
    if (f.type === 'id' && f.idPrefix !== undefined && !(f.idPrefix.length === 1 && f.idPrefix[0] === o.keyPrefix)) {
      ctx.addIssue({ code: 'custom', message: `the Id field's prefix must be the key prefix ${o.keyPrefix ?? '(none)'}`, path: ['fields', i, 'idPrefix'] });
    }
  });
  const createable = new Set(o.fields.filter((f) => f.createable).map((f) => f.name));
  o.requiredOneOf?.forEach((group, i) => {
    for (const name of group) {
      if (!createable.has(name)) ctx.addIssue({ code: 'custom', message: `"${name}" is not a createable field`, path: ['requiredOneOf', i] });
    }
  });
}

/** One Salesforce object and the fields a REST create (POST) or update (PATCH) may send. */
export const SObjectSchema = SObjectShape.superRefine(objectRules);
export type SObject = z.infer<typeof SObjectSchema>;

/**
 * An object of a knowledge value: a built-in one, or the org's own as its describe gives it (a
 * describe has no docs page, and says nothing of assignment rules; an object may have no key prefix).
 */
export const KnownObjectSchema = SObjectShape.partial({ keyPrefix: true, docsUrl: true, assignmentRules: true })
  .extend({ source: z.enum(['builtin', 'describe']) })
  .superRefine(objectRules);
export type KnownObject = z.infer<typeof KnownObjectSchema>;

// ---------------------------------------------------------------------------------------------
// Salesforce: API versions, hosts
// ---------------------------------------------------------------------------------------------

export const ApiVersionStatusSchema = z.enum(['preview', 'current', 'deprecated', 'retired']);
export type ApiVersionStatus = z.infer<typeof ApiVersionStatusSchema>;

export const ApiVersionSchema = z.object({
  /** `60.0` (a URL writes it `v60.0`). */
  version: z.string().regex(/^\d{2}\.0$/),
  /** Release name, e.g. `Spring '24`. */
  release: z.string().regex(/^(Winter|Spring|Summer) '\d{2}$/),
  status: ApiVersionStatusSchema,
  /** Release in which the version is (or is announced to be) deprecated. */
  deprecatedIn: z.string().optional(),
  /** Release in which the version is (or is announced to be) retired; REST then answers 410. */
  retiredIn: z.string().optional(),
});
export type ApiVersion = z.infer<typeof ApiVersionSchema>;

export const HostKindSchema = z.enum([
  'production',
  'sandbox',
  'developer',
  'scratch',
  'other-partition',
  'login',
  'ui-host',
  'instance',
  'not-salesforce',
]);
export type HostKind = z.infer<typeof HostKindSchema>;

/** One documented shape of a Salesforce host name (enhanced domains). */
export const HostPatternSchema = z.object({
  kind: HostKindSchema,
  /** For `other-partition` and the like: the partition label (`patch`, `demo`...). */
  partition: z.string().optional(),
  /** Host suffix after the My Domain label, e.g. `.sandbox.my.salesforce.com`. */
  suffix: z.string().startsWith('.'),
  /** An example host. */
  example: z.string().min(1),
  description: Line,
  /** True when REST and the token endpoint are served on this host. */
  api: z.boolean(),
  docsUrl: DocsUrlSchema,
});
export type HostPattern = z.infer<typeof HostPatternSchema>;

// ---------------------------------------------------------------------------------------------
// Translations of body keys, custom attributes
// ---------------------------------------------------------------------------------------------

/** A translated or informal body key and the field API name it stands for. */
export const BodyKeyTranslationSchema = z.object({
  key: z.string().min(1),
  apiName: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
  /** BCP 47 language tags (`es`, `pt-BR`, `ko`...). */
  languages: z.array(z.string().min(2)).min(1),
  /** The key appears in one of the translated Braze pages (braze-inc/braze-docs `_lang/<lang>/_user_guide/get_started/b2b_use_cases/b2b_salesforce_sales_cloud.md`). */
  fromSeed: z.boolean(),
});
export type BodyKeyTranslation = z.infer<typeof BodyKeyTranslationSchema>;

export const CustomAttributeTypeSchema = z.enum(['string', 'number', 'boolean', 'time', 'array', 'object']);
export type CustomAttributeType = z.infer<typeof CustomAttributeTypeSchema>;

export const CustomAttributeSchema = z.object({
  name: z.string().min(1),
  type: CustomAttributeTypeSchema,
});
export type CustomAttribute = z.infer<typeof CustomAttributeSchema>;

/**
 * The `brazeWebhooks.customAttributes` setting. Preferred shape: an array of `{name, type}`.
 * Also accepted: an object mapping name to type (`{"company": "string"}`).
 */
export const CustomAttributesSettingSchema = z.union([
  z.array(CustomAttributeSchema),
  z.record(z.string().min(1), CustomAttributeTypeSchema),
]);
export type CustomAttributesSetting = z.infer<typeof CustomAttributesSettingSchema>;

// ---------------------------------------------------------------------------------------------
// The whole
// ---------------------------------------------------------------------------------------------

/** Adds an issue for each name that occurs twice in a list. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string, ctx: z.RefinementCtx, path: (string | number)[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', message: `duplicate name "${k}" (first at index ${first})`, path: [...path, i] });
    } else {
      seen.set(k, i);
    }
  });
}

export const KnowledgeSchema = z
  .object({
    braze: z.object({
      attributes: z.array(BrazeAttributeSchema),
      namespaces: z.array(BrazeNamespaceSchema),
      tags: z.array(LiquidTagSchema),
      unsupportedTags: z.array(UnsupportedTagSchema),
      filters: z.array(LiquidFilterSchema),
      unsupportedFilters: z.array(UnsupportedFilterSchema),
      connectedContentOptions: z.array(ConnectedContentOptionSchema),
      tokenResponseMembers: z.array(TokenResponseMemberSchema),
    }),
    salesforce: z.object({
      /** The built-in objects, each replaced by the org's describe when one is loaded, and the org's others. */
      objects: z.array(KnownObjectSchema).min(1),
      apiVersions: z.array(ApiVersionSchema).min(1),
      hostPatterns: z.array(HostPatternSchema),
      bodyKeyTranslations: z.array(BodyKeyTranslationSchema),
    }),
    customAttributes: z.array(CustomAttributeSchema),
  })
  .superRefine((k, ctx) => {
    uniqueBy(k.braze.attributes, (a) => a.name, ctx, ['braze', 'attributes']);
    uniqueBy(k.braze.namespaces, (n) => n.name, ctx, ['braze', 'namespaces']);
    uniqueBy(k.braze.tags, (t) => t.name, ctx, ['braze', 'tags']);
    uniqueBy(k.braze.filters, (f) => f.name, ctx, ['braze', 'filters']);
    uniqueBy(k.braze.unsupportedFilters, (f) => f.name, ctx, ['braze', 'unsupportedFilters']);
    uniqueBy(k.braze.unsupportedTags, (t) => t.name, ctx, ['braze', 'unsupportedTags']);
    uniqueBy(k.braze.connectedContentOptions, (o) => o.name, ctx, ['braze', 'connectedContentOptions']);
    uniqueBy(k.salesforce.objects, (o) => o.name.toLowerCase(), ctx, ['salesforce', 'objects']);
    uniqueBy(k.salesforce.apiVersions, (v) => v.version, ctx, ['salesforce', 'apiVersions']);
    uniqueBy(k.salesforce.bodyKeyTranslations, (t) => t.key, ctx, ['salesforce', 'bodyKeyTranslations']);
    uniqueBy(k.customAttributes, (a) => a.name, ctx, ['customAttributes']);

    const supported = new Set(k.braze.filters.map((f) => f.name));
    k.braze.unsupportedFilters.forEach((f, i) => {
      if (supported.has(f.name)) {
        ctx.addIssue({ code: 'custom', message: `"${f.name}" is listed as both supported and unsupported`, path: ['braze', 'unsupportedFilters', i] });
      }
    });
    const tagNames = new Set(k.braze.tags.map((t) => t.name));
    k.braze.unsupportedTags.forEach((t, i) => {
      if (tagNames.has(t.name)) {
        ctx.addIssue({ code: 'custom', message: `"${t.name}" is listed as both supported and unsupported`, path: ['braze', 'unsupportedTags', i] });
      }
    });
    k.braze.tags.forEach((t, i) => {
      if (t.endTag !== undefined && !tagNames.has(t.endTag)) {
        ctx.addIssue({ code: 'custom', message: `end tag "${t.endTag}" is not in the tag list`, path: ['braze', 'tags', i, 'endTag'] });
      }
      for (const p of t.parents ?? []) {
        if (!tagNames.has(p)) {
          ctx.addIssue({ code: 'custom', message: `parent "${p}" is not in the tag list`, path: ['braze', 'tags', i, 'parents'] });
        }
      }
    });
    // The translations are the seeds' keys: each stands for a field of a built-in object (an org's describe may hide one).
    if (k.salesforce.objects.every((o) => o.source === 'builtin')) {
      const fieldNames = new Set(k.salesforce.objects.flatMap((o) => o.fields.map((f) => f.name)));
      k.salesforce.bodyKeyTranslations.forEach((t, i) => {
        if (!fieldNames.has(t.apiName)) {
          ctx.addIssue({ code: 'custom', message: `translation target "${t.apiName}" is not a field of a built-in object`, path: ['salesforce', 'bodyKeyTranslations', i, 'apiName'] });
        }
      });
    }
  });
export type KnowledgeData = z.infer<typeof KnowledgeSchema>;

/**
 * The first problem of a failed parse as `path: message` (path written `fields[3].type`), for
 * one-line warnings.
 */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid value';
  return `${formatPath(issue.path)}: ${issue.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Renders a `.webhook` document like Braze does before it sends the webhook:
 * - each field (the URL, each header value, the body) is its OWN Liquid template with its own
 *   variables: a variable saved by `connected_content` or set by `assign`/`capture` in one field
 *   is empty in every other (braze-inc/braze-docs `.../connected_content/local_connected_content_variables.md`);
 * - `[insert_...]` placeholders are replaced first from `context.placeholders` (a missing one is a
 *   failure naming it; the file is never rewritten);
 * - Braze's syntax is made liquidjs's by the core's `translateBrazeLiquid`, the translation the
 *   parser reads too; `{% abort_message () %}` stops the render with its reason;
 * - Braze's own filters (filters.ts) and `connected_content` (connected-content.ts) are added;
 *   `include`/`render` read no file (Braze has no file system);
 * - every URL the render will call is checked before the first call (destinations.ts), and each
 *   field is rendered within the bounds of limits.ts.
 */
import { Context, Liquid, toPromise, type FS } from 'liquidjs';
import { HTTP_METHODS, type Field, type WebhookDocument } from '../syntax';
import { checkDestination, fillPlaceholders, isSecretHeader, isSecretPlaceholder, placeholderNames, secretPartOfHeader, t, translateBrazeLiquid } from '../core';
import { registerBrazeTags, RenderSession, StopRender } from './connected-content';
import { plannedCalls, refusedCall } from './destinations';
import { fieldName, inField } from './field-place';
import { brazeFilters } from './filters';
import { BoundedEmitter, chargedFilter, ChargedCaptureTag, liquidLimitMessage, MEMORY_LIMIT, PARSE_LIMIT, RenderClock, renderTimeMessage } from './limits';
import { buildScope } from './test-users';
import type { RenderContext, RenderedHeader, RenderedRequest, RenderFailure } from './types';

export type { RenderContext, RenderedRequest, RenderFailure } from './types';

function refuseFile(f: string): never {
  throw new Error(t('Braze templates cannot include files ("{0}")', f));
}

const NO_FILES: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async (f: string) => refuseFile(f),
  readFileSync: (f: string) => refuseFile(f),
  resolve: (_dir: string, file: string) => file,
};

/** A liquidjs engine with Braze's filters and tags, bound to one render session. */
function createEngine(session: RenderSession): Liquid {
  const engine = new Liquid({
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    timezoneOffset: 0,
    fs: NO_FILES,
    relativeReference: false,
    parseLimit: PARSE_LIMIT,
    memoryLimit: MEMORY_LIMIT,
  });
  for (const [name, impl] of Object.entries(brazeFilters)) engine.registerFilter(name, chargedFilter(impl));
  engine.registerTag('capture', ChargedCaptureTag);
  registerBrazeTags(engine, session);
  return engine;
}

interface FieldToRender {
  label: string;
  text: string;
  headerName?: string;
}

/** Renders the webhook for one test user. Never throws: what goes wrong is a `RenderFailure`. */
export async function renderWebhook(doc: WebhookDocument, context: RenderContext): Promise<RenderedRequest | RenderFailure> {
  const session = new RenderSession(context);
  const placeholderValues: Record<string, string> = { ...(context.placeholders ?? {}) };
  for (const [k, v] of Object.entries(placeholderValues)) {
    if (isSecretPlaceholder(k, context.secretPlaceholders)) session.secrets.add(v);
  }
  const fail = (kind: RenderFailure['kind'], message: string, extra: Partial<RenderFailure> = {}): RenderFailure => ({
    ok: false,
    kind,
    message,
    calls: session.calls,
    secrets: [...session.secrets],
    notes: session.notes,
    ...extra,
  });

  const rl = doc.requestLine;
  if (!rl?.url || !rl.method) return fail('document', t('The file has no request line ("POST https://..."): nothing to send'));
  const method = rl.method.text;
  if (!(HTTP_METHODS as readonly string[]).includes(method)) return fail('document', t('"{0}" is not an HTTP method Braze sends: use {1}', method, HTTP_METHODS.join(', ')));
  const headerProblem = doc.problems.find((p) => p.code === 'request-line' || p.code === 'header-syntax');
  if (headerProblem) return fail('document', t('The file cannot be sent as it is: {0}', headerProblem.message));

  const fields: FieldToRender[] = [{ label: 'URL', text: rl.url.text }];
  for (const h of doc.headers) {
    if (!h.name.text) continue;
    fields.push({ label: `header ${h.name.text}`, text: h.value.text, headerName: h.name.text });
  }
  if (doc.body) fields.push({ label: 'body', text: (doc.body as Field).text });

  // Placeholders first, all fields, so every missing one is named at once.
  const missing = new Map<string, string[]>();
  for (const f of fields) {
    const filled = fillPlaceholders(f.text, placeholderValues);
    f.text = filled.text;
    for (const p of filled.missing) missing.set(p, [...(missing.get(p) ?? []), f.label]);
  }
  if (missing.size > 0) {
    const list = [...missing].map(([p, where]) => t('{0} (in the {1})', p, where.map(fieldName).join(', '))).join(', ');
    return fail('placeholder', missing.size === 1 ? t('No value for the placeholder {0}', list) : t('No value for the placeholders {0}', list), {
      missingPlaceholders: [...missing.keys()],
    });
  }

  // Every destination known before rendering is checked before the first call is made.
  const destinationOptions = { instanceUrlOverride: context.instanceUrlOverride, allowHttpHosts: context.allowHttpHosts };
  const refused = refusedCall(plannedCalls(doc, placeholderValues), destinationOptions);
  if (refused) {
    const { call, check } = refused;
    return fail('refused', call.field ? t('The connected_content call {0}: {1}', inField(call.field), check.message) : t('The webhook URL: {0}', check.message));
  }

  const engine = createEngine(session);
  const scope = buildScope(context.user, context.message);
  const rendered: string[] = [];
  for (const f of fields) {
    session.field = f.label;
    try {
      const templates = engine.parse(translateBrazeLiquid(f.text).text);
      const halt = (message: string) => session.halt('limit', message);
      session.clock = new RenderClock(() => halt(renderTimeMessage(f.label)));
      const ctx = new Context(structuredClone(scope), engine.options, { sync: false }, { renderLimit: session.clock.asLimiter() });
      const emitter = new BoundedEmitter(f.label, halt);
      await toPromise(engine.renderer.renderTemplates(templates, ctx, emitter));
      rendered.push(emitter.buffer);
    } catch (e) {
      if (session.stop) {
        const { kind, message, abortReason } = session.stop;
        return fail(kind, message, { field: f.label, abortReason });
      }
      const limit = liquidLimitMessage(e, f.label);
      if (limit) return fail('limit', limit, { field: f.label });
      if (e instanceof StopRender) return fail('liquid', e.message, { field: f.label });
      return fail('liquid', t('Liquid error {0}: {1}', inField(f.label), liquidMessage(e)), { field: f.label });
    } finally {
      session.clock = undefined;
    }
  }

  const renderedUrl = rendered[0].trim();
  if (!URL.canParse(renderedUrl)) {
    // Braze's Message Activity Log text for this case.
    return fail('invalid-url', `${renderedUrl || '(empty URL)'} is not a valid URL`, { field: 'URL' });
  }
  const destination = checkDestination(renderedUrl, destinationOptions);
  if (!destination.ok && destination.reason !== 'transport') return fail('refused', t('The webhook URL: {0}', destination.message), { field: 'URL' });
  // A URL the transport rule refuses is refused by the sender, in its own words.
  const url = destination.ok ? destination.url : (destination.url ?? renderedUrl);

  const headers: RenderedHeader[] = [];
  let i = 1;
  for (const f of fields.slice(1)) {
    if (f.headerName === undefined) break;
    let value = rendered[i++].trim();
    if (/[\r\n]/.test(value)) {
      value = value.replace(/\s*[\r\n]+\s*/g, ' ');
      session.notes.push(t('line breaks in the {0} header value were replaced by spaces', f.headerName));
    }
    headers.push({ name: f.headerName, value });
    if (isSecretHeader(f.headerName)) session.secrets.add(secretPartOfHeader(value));
    if (/^authorization$/i.test(f.headerName) && /^\s*Bearer\s*$/i.test(value)) {
      session.notes.push(t('the Authorization header holds no token: the token call in that field failed or saved nothing (see the Connected Content calls)'));
    }
  }
  const body = doc.body ? rendered[rendered.length - 1].replace(/\s+$/, '') : undefined;

  return {
    ok: true,
    name: doc.name,
    method,
    url,
    renderedUrl,
    overridden: destination.ok && destination.rewrittenFrom !== undefined,
    headers,
    body,
    calls: session.calls,
    secrets: [...session.secrets],
    notes: session.notes,
  };
}

function liquidMessage(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  // liquidjs appends the template excerpt after a line break; keep the first line.
  return e.message.split('\n')[0].replace(/, file:.*$/, '');
}

/** The placeholder names (without brackets) a document uses, in its fields. */
export function placeholdersOf(doc: WebhookDocument): string[] {
  return placeholderNames([doc.requestLine?.url?.text ?? '', ...doc.headers.map((h) => h.value.text), doc.body?.text ?? '']);
}

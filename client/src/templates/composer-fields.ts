/**
 * A `.webhook` file as Braze's webhook composer takes it: the webhook URL, the HTTP method, one
 * key/value per request header, and the request body as "JSON key/value pairs" (when the body is
 * a flat JSON object of string values) or as raw text. Pure: uses the language server's parser.
 */
import { findPlaceholders } from '../../../server/src/core';
import { parseWebhook, type JsonValue, type WebhookDocument } from '../../../server/src/syntax';
import { l10n } from '../l10n';

export interface KeyValue {
  key: string;
  value: string;
}

export type ComposerBody =
  | { mode: 'pairs'; pairs: KeyValue[] }
  | { mode: 'raw'; text: string; /** Why it is not offered as key/value pairs. */ reason?: string }
  | { mode: 'none' };

export interface ComposerView {
  /** `# @name`: the template's name in Braze's template list. */
  name?: string;
  method: string;
  url: string;
  headers: KeyValue[];
  body: ComposerBody;
  /** Syntax problems the parser found: the copy may not be what Braze should get. */
  problems: string[];
}

/** One value with a copy button. `id` is what the webview sends back; the extension copies `value`. */
export interface ComposerField {
  id: string;
  section: 'Template' | 'Request' | 'Headers' | 'Body';
  label: string;
  value: string;
}

export function composerView(text: string): ComposerView {
  const doc = parseWebhook(text);
  const view: ComposerView = {
    method: doc.requestLine?.method?.text ?? '',
    url: doc.requestLine?.url?.text ?? '',
    headers: doc.headers.map((h) => ({ key: h.name.text, value: h.value.text })),
    body: composerBody(doc),
    problems: doc.problems.map((p) => p.message),
  };
  if (doc.name !== undefined) view.name = doc.name;
  return view;
}

function composerBody(doc: WebhookDocument): ComposerBody {
  const body = doc.body;
  const raw = body ? body.text.replace(/\s+$/, '') : '';
  if (!body || raw.trim() === '') return { mode: 'none' };
  const rawBody = (reason?: string): ComposerBody => (reason ? { mode: 'raw', text: raw, reason } : { mode: 'raw', text: raw });
  const root = doc.json?.root;
  if (!root) return rawBody();
  if (doc.problems.some((p) => p.code === 'json-invalid')) return rawBody(l10n.t('the JSON body does not parse'));
  if (root.kind !== 'object') return rawBody(l10n.t('the body is not a JSON object'));
  const members = root.members ?? [];
  if (members.length === 0) return rawBody(l10n.t('the JSON object is empty'));
  const pairs: KeyValue[] = [];
  const keys = new Set<string>();
  for (const m of members) {
    if (!m.value || m.value.kind !== 'string') return rawBody(l10n.t('"{0}" is not a string: key/value pairs send strings only', m.key.value));
    if (keys.has(m.key.value)) return rawBody(l10n.t('"{0}" is written twice', m.key.value));
    keys.add(m.key.value);
    pairs.push({ key: m.key.value, value: stringValue(doc.text, m.value) });
  }
  // Liquid between the members (`{% if %}` around one) cannot be written as pairs.
  const inValues = (start: number, end: number) => members.some((m) => m.value && m.value.start <= start && end <= m.value.end);
  if (body.liquid.some((n) => !inValues(n.start, n.end))) return rawBody(l10n.t('Liquid stands between the members'));
  return { mode: 'pairs', pairs };
}

/** A JSON string's content: its escapes decoded (Liquid inside stays as written). */
function stringValue(text: string, value: JsonValue): string {
  if (typeof value.value === 'string') return value.value;
  const quoted = text.slice(value.start, value.end);
  try {
    const decoded: unknown = JSON.parse(quoted);
    if (typeof decoded === 'string') return decoded;
  } catch {
    // Liquid with a character JSON refuses: give it as written.
  }
  return quoted.slice(1, -1);
}

/** Every copyable value of the view, in the composer's order. */
export function composerFields(view: ComposerView): ComposerField[] {
  const fields: ComposerField[] = [];
  if (view.name !== undefined) fields.push({ id: 'name', section: 'Template', label: l10n.t('Template name'), value: view.name });
  fields.push({ id: 'url', section: 'Request', label: l10n.t('Webhook URL'), value: view.url });
  fields.push({ id: 'method', section: 'Request', label: l10n.t('HTTP method'), value: view.method });
  view.headers.forEach((h, i) => {
    fields.push({ id: `header-${i}-key`, section: 'Headers', label: l10n.t('Key'), value: h.key });
    fields.push({ id: `header-${i}-value`, section: 'Headers', label: l10n.t('Value of {0}', h.key), value: h.value });
  });
  if (view.body.mode === 'pairs') {
    view.body.pairs.forEach((p, i) => {
      fields.push({ id: `body-${i}-key`, section: 'Body', label: l10n.t('Key'), value: p.key });
      fields.push({ id: `body-${i}-value`, section: 'Body', label: l10n.t('Value of {0}', p.key), value: p.value });
    });
  } else if (view.body.mode === 'raw') {
    fields.push({ id: 'body-raw', section: 'Body', label: l10n.t('Raw text'), value: view.body.text });
  }
  return fields;
}

/** The `[insert_...]` placeholders a value still holds, each once, as written: Braze would send them as they are. */
export function leftoverPlaceholders(value: string): string[] {
  return [...new Set(findPlaceholders(value).map((p) => p.text))];
}

/** The warning before copying a value that still holds a placeholder; undefined when it holds none. */
export function leftoverWarning(field: ComposerField): string | undefined {
  const left = leftoverPlaceholders(field.value);
  if (left.length === 0) return undefined;
  return left.length === 1
    ? l10n.t('{0} still holds {1}: Braze would send it as written and the call fails. Fill it in first (in Braze, a secret belongs in a Content Block).', field.label, left[0])
    : l10n.t('{0} still holds {1}: Braze would send them as written and the call fails. Fill them in first (in Braze, a secret belongs in a Content Block).', field.label, left.join(', '));
}

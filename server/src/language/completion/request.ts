import { localized, newestVersion, requestHeaders, t, type Knowledge } from '../../core';
import type { WebhookDocument } from '../../syntax';
import { docs, Kind, wordEnd, type Item } from './item';

/** Descriptions are lazy: worded when completion runs, in the language configured by then. */
const METHODS = [
  { name: 'POST', description: () => t('Create a record: `POST .../sobjects/<Object>/`.') },
  { name: 'PATCH', description: () => t('Update a record, `PATCH .../sobjects/<Object>/{id}`, or upsert one by an external id, `.../sobjects/<Object>/<Field>/{value}`.') },
  { name: 'GET', description: () => t('Read a record (no body).') },
  { name: 'PUT', description: () => t("Not used by Salesforce's sObject endpoints.") },
  { name: 'DELETE', description: () => t('Delete a record (no body).') },
];

export function methodItems(doc: WebhookDocument, lineStart: number, offset: number): Item[] {
  const typed = doc.text.slice(lineStart, offset);
  if (!/^\w*$/.test(typed)) return [];
  return METHODS.map((m, i) => ({ label: m.name, kind: Kind.Keyword, documentation: m.description(), insertText: `${m.name} `, start: lineStart, end: wordEnd(doc.text, offset, /\w/), sortText: String(i) }));
}

/** In the request URL: the instance URL shape, API versions, `sobjects/<Object>/` for each object the knowledge has, and the record id. */
export function urlItems(doc: WebhookDocument, urlStart: number, offset: number, k: Knowledge): Item[] {
  const typed = doc.text.slice(urlStart, offset);
  const newest = newestVersion(k.salesforce.apiVersions);
  // The shapes end with the knowledge's first object (the Lead, Braze's recipe's).
  const first = k.salesforce.objects[0]!.name;
  if (!typed.includes('://') && /^[\w:/]*$/.test(typed)) {
    const end = wordEnd(doc.text, offset, /\S/);
    const shape = (label: string, host: string, detail: string): Item => ({
      label,
      kind: Kind.Reference,
      detail,
      documentation: docs(t("{0}; the org's My Domain host.", detail), 'https://help.salesforce.com/s/articleView?id=sf.domain_name_url_formats_what_determines.htm&type=5'),
      insertText: `https://${host}/services/data/v\${3:${newest}}/sobjects/${first}/`,
      snippet: true,
      start: urlStart,
      end,
    });
    return [
      shape(`https://…my.salesforce.com/…/sobjects/${first}/`, '${1:instance}.my.salesforce.com', t('Production org')),
      shape(`https://…--…sandbox.my.salesforce.com/…/sobjects/${first}/`, '${1:instance}--${2:sandbox}.sandbox.my.salesforce.com', t('Sandbox org')),
    ];
  }
  const segment = typed.slice(typed.lastIndexOf('/') + 1);
  const start = offset - segment.length;
  const end = wordEnd(doc.text, offset, /[^/\s]/);
  const before = typed.slice(0, typed.length - segment.length);
  if (/\/services\/data\/$/.test(before)) {
    return k.salesforce.apiVersions
      .filter((v) => v.status === 'current' || v.status === 'preview')
      .map((v) => ({
        label: `v${v.version}`,
        kind: Kind.Constant,
        detail: `${v.release}${v.status === 'preview' ? ` · ${t('preview')}` : v.version === newest ? ` · ${t('newest')}` : ''}`,
        insertText: `v${v.version}`,
        start,
        end,
        sortText: String(1000 - Number(v.version)).padStart(4, '0'),
      }));
  }
  const objects = (insert: (name: string) => string) =>
    k.salesforce.objects.map((o, i) => ({
      label: insert(o.name),
      kind: Kind.Module,
      detail: `${o.label} · ${o.source === 'describe' ? t("the org's describe") : t('built in')}`,
      documentation: docs(t('The {0} sObject endpoint.', o.name), o.docsUrl),
      insertText: insert(o.name),
      start,
      end,
      sortText: String(i).padStart(4, '0'),
    }));
  if (/\/services\/data\/v\d+\.\d\/$/.test(before)) return objects((name) => `sobjects/${name}/`);
  if (/\/services\/data\/v\d+\.\d\/sobjects\/$/.test(before)) return objects((name) => `${name}/`);
  if (/\/sobjects\/[A-Za-z]\w*\/$/.test(before)) {
    return [
      {
        label: '{{${user_id}}}',
        kind: Kind.Variable,
        detail: t('Record id: the Braze external_id'),
        documentation: docs(t("The id of the record to update, taken from the user's Braze external_id, as Braze's Salesforce recipe does for the Lead.")),
        insertText: '{{${user_id}}}',
        start,
        end,
      },
    ];
  }
  return [];
}

export function headerNameItems(doc: WebhookDocument, lineStart: number, offset: number): Item[] {
  const typed = doc.text.slice(lineStart, offset);
  if (!/^[\w-]*$/.test(typed)) return [];
  const present = new Set(doc.headers.map((h) => h.name.text.toLowerCase()));
  return requestHeaders
    .filter((h) => !present.has(h.name.toLowerCase()) || h.name.toLowerCase() === typed.toLowerCase())
    .map((h, i) => ({
      label: h.name,
      kind: Kind.Property,
      documentation: docs(localized('header', h.name, h.description), h.docsUrl),
      insertText: `${h.name}: `,
      start: lineStart,
      end: wordEnd(doc.text, offset, /[\w-]/) + (doc.text[wordEnd(doc.text, offset, /[\w-]/)] === ':' ? 1 : 0),
      sortText: String(i),
    }));
}

export function headerValueItems(doc: WebhookDocument, headerName: string, valueStart: number, offset: number): Item[] {
  const header = requestHeaders.find((h) => h.name.toLowerCase() === headerName.toLowerCase());
  const typed = doc.text.slice(valueStart, offset);
  if (!header || !/^[\w/=.-]*$/.test(typed)) return [];
  return header.values.map((v) => ({
    label: v.trim(),
    kind: Kind.Value,
    documentation: docs(localized('header', header.name, header.description), header.docsUrl),
    insertText: v,
    start: valueStart,
    end: wordEnd(doc.text, offset, /[\w/=.-]/),
  }));
}

import { getLocation } from 'jsonc-parser';
import { escapeSnippetText, findLeadField, type Knowledge, type LeadField } from '../../core';
import { maskBodyLiquid, type WebhookDocument } from '../../syntax';
import { docs, Kind, type Item } from './item';
import { wordStart } from './typed';

/** Markdown describing a Lead field: label, type and length, requirements, picklist values. */
export function leadFieldDocs(f: LeadField, operation?: string): string {
  const facts = [
    `**${f.name}** — ${f.label}`,
    `Type: \`${f.type}${f.length ? `(${f.length})` : ''}\``,
    f.requiredOnCreate ? 'Required to create a Lead.' : undefined,
    !f.createable && !f.updateable ? 'Read-only: Salesforce rejects it in a body.' : !f.createable ? 'Settable on update (PATCH) only.' : !f.updateable ? 'Settable on create (POST) only.' : undefined,
    f.picklistValues?.length ? `Values${f.restrictedPicklist ? ' (restricted)' : ''}: ${f.picklistValues.map((v) => `\`${v}\``).join(', ')}` : undefined,
    f.notes,
    operation,
  ];
  return facts.filter(Boolean).join('\n\n');
}

const fieldDetail = (f: LeadField) => `${f.label} · ${f.type}${f.length ? `(${f.length})` : ''}${f.requiredOnCreate ? ' · required' : ''}`;

/**
 * In a JSON body aimed at a Lead: at a key, the fields not used yet (required
 * first on a POST, only updateable ones on a PATCH); at a value, the field's
 * picklist values and a Liquid value from a Braze attribute.
 */
export function jsonBodyItems(doc: WebhookDocument, offset: number, k: Knowledge): Item[] {
  const body = doc.body;
  // No tree: the body is not JSON, or nests too deep for jsonc-parser, which recurses.
  if (!body || !doc.json) return [];
  const masked = maskBodyLiquid(body.text, body.liquid, body.start);
  const location = getLocation(masked, offset - body.start);
  const method = doc.requestLine?.method?.text;
  const node = location.previousNode;
  const nodeSpan = node && node.offset + body.start <= offset && offset <= node.offset + node.length + body.start ? { start: node.offset + body.start, end: node.offset + node.length + body.start } : undefined;

  if (location.isAtPropertyKey && location.path.length === 1) {
    const typedStart = wordStart(doc.text, offset, body.start);
    const used = new Set((doc.json?.root?.members ?? []).map((m) => m.key.value.toLowerCase()));
    const typed = nodeSpan ? doc.text.slice(nodeSpan.start + 1, nodeSpan.end - 1).toLowerCase() : '';
    const fields = k.salesforce.leadFields.filter(
      (f) => (method === 'PATCH' ? f.updateable : f.createable) && (!used.has(f.name.toLowerCase()) || f.name.toLowerCase() === typed),
    );
    return fields.map((f) => ({
      label: f.name,
      kind: Kind.Field,
      detail: fieldDetail(f),
      documentation: leadFieldDocs(f),
      insertText: nodeSpan ? `"${f.name}"` : `"${f.name}": ${valueSnippet(f)}`,
      snippet: !nodeSpan,
      filterText: nodeSpan ? `"${f.name}"` : f.name,
      start: nodeSpan?.start ?? typedStart,
      end: nodeSpan?.end ?? offset,
      sortText: `${method !== 'PATCH' && f.requiredOnCreate ? 0 : f.custom ? 1 : 2}_${f.name}`,
    }));
  }
  if (!location.isAtPropertyKey && location.path.length === 1 && typeof location.path[0] === 'string') {
    const field = findLeadField(k, location.path[0]);
    if (!field) return [];
    const start = nodeSpan?.start ?? offset;
    const end = nodeSpan?.end ?? offset;
    const items: Item[] = (field.picklistValues ?? []).map((v, i) => ({
      label: `"${v}"`,
      kind: Kind.EnumMember,
      detail: `${field.name} picklist value`,
      documentation: leadFieldDocs(field),
      insertText: `"${v}"`,
      start,
      end,
      sortText: `1_${String(i).padStart(3, '0')}`,
    }));
    if (field.brazeValue) {
      items.unshift({
        label: `"${field.brazeValue}"`,
        kind: Kind.Value,
        detail: `Braze value for ${field.name}`,
        documentation: docs(`The Braze attribute that fills ${field.label}, escaped for a JSON string.`),
        insertText: `"${field.brazeValue}"`,
        start,
        end,
        sortText: '0',
      });
    }
    return items;
  }
  return [];
}

function valueSnippet(f: LeadField): string {
  if (f.brazeValue) return `"\${1:${escapeSnippetText(f.brazeValue)}}"`;
  if (f.type === 'boolean') return '${1|true,false|}';
  if (f.type === 'int' || f.type === 'double' || f.type === 'currency') return '${1:0}';
  if (f.picklistValues?.length) return `"\${1|${f.picklistValues.map((v) => v.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}"`;
  return '"$1"';
}

/**
 * Every template against the built-in schema of the object it writes
 * (`server/src/core/knowledge/salesforce/objects/`): each body key is a field a POST may set
 * (createable) or a PATCH may set (updateable; an upsert by external id may do either, so both),
 * a create sends every required field, an upsert leaves its external id field out of the body, a
 * literal picklist value (each choice of a tab stop included) is one of the field's values, and a
 * literal record id has the prefix of the object it points at. Custom fields (`__c`) are the org's
 * own, so they are not in the built-in schemas.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtinObject } from '../../server/src/core/knowledge/salesforce/objects';
import { NEW_CAMPAIGN_MEMBER_STATUSES } from '../../server/src/core/knowledge/salesforce/objects/campaign-member';
import { TASK_PRIORITY_DEFAULTS, TASK_STATUS_DEFAULTS } from '../../server/src/core/knowledge/salesforce/objects/task';
import { CAMPAIGN_MEMBER_STATUSES } from '../../client/src/templates/campaign-member-template';
import { TASK_PRIORITIES } from '../../client/src/templates/task-template';
import { expandSnippet } from '../support/snippet-expander';
import { bodyOf, typeSamples } from './template-assertions';
import { TEMPLATE_SNIPPETS } from './template-snippets';

/** The method, the object and the external id field of a template's request line. */
function requestOf(text: string): { method: string; object: string; externalIdField?: string } {
  const m = /^(POST|PATCH) https:\/\/\S+?\/services\/data\/v[\d.]+\/sobjects\/([A-Za-z]\w*)\/(?:([A-Za-z]\w*__c)\/)?/m.exec(text);
  assert.ok(m, `no sObject request line in\n${text}`);
  return { method: m[1]!, object: m[2]!, ...(m[3] ? { externalIdField: m[3] } : {}) };
}

/** The filled-in texts of a template: the tab stops' defaults, then each other choice of each choice tab stop. */
function variants(snippet: string): string[] {
  const base = expandSnippet(snippet, { value: typeSamples });
  const out = [base.text];
  for (const stop of base.tabStops.filter((s) => s.choices)) {
    for (const choice of stop.choices!.slice(1)) out.push(expandSnippet(snippet, { value: (s) => (s.index === stop.index ? choice : typeSamples(s)) }).text);
  }
  return out;
}

const isLiquid = (value: string): boolean => /\{\{|\{%/.test(value);

describe('templates against the object schemas', () => {
  for (const [name, build] of Object.entries(TEMPLATE_SNIPPETS)) {
    test(`${name}: every body key a settable field, the required ones sent, values the fields take`, () => {
      for (const text of variants(build().snippet)) {
        const { method, object, externalIdField } = requestOf(text);
        const schema = builtinObject(object);
        assert.ok(schema, `${name}: no built-in schema of ${object}`);
        const body = bodyOf(text);
        const creates = method === 'POST' || externalIdField !== undefined;
        const updates = method === 'PATCH';
        for (const [key, value] of Object.entries(body)) {
          if (/__c$/.test(key)) continue;
          const field = schema.fields.find((f) => f.name === key);
          assert.ok(field, `${name}: ${key} is not a ${object} field`);
          if (creates) assert.ok(field.createable, `${name}: ${object}.${key} cannot be set on create`);
          if (updates) assert.ok(field.updateable, `${name}: ${object}.${key} cannot be set on update`);
          if (isLiquid(value)) continue;
          if (field.picklistValues) assert.ok(field.picklistValues.includes(value), `${name}: "${value}" is not a value of ${object}.${key} (${field.picklistValues.join(', ')})`);
          if (field.type === 'reference' && field.idPrefix) assert.ok(field.idPrefix.includes(value.slice(0, 3)), `${name}: ${object}.${key} takes ${field.idPrefix.join(' or ')}... ids, not ${value}`);
        }
        if (creates) {
          for (const f of schema.fields.filter((x) => x.requiredOnCreate)) assert.ok(f.name in body, `${name}: ${object}.${f.name} is required on create`);
        }
        if (externalIdField) assert.ok(!(externalIdField in body), `${name}: ${externalIdField} is in the URL; Salesforce refuses it in an upsert's body`);
      }
    });
  }

  test('the choices offered are the schemas\' values, Salesforce\'s default first', () => {
    assert.deepEqual(CAMPAIGN_MEMBER_STATUSES, NEW_CAMPAIGN_MEMBER_STATUSES);
    assert.deepEqual([...TASK_PRIORITIES].sort(), [...TASK_PRIORITY_DEFAULTS].sort());
    // The Task's notes: "the default is Normal".
    assert.equal(TASK_PRIORITIES[0], 'Normal');
    assert.ok(TASK_STATUS_DEFAULTS.includes('Completed'));
  });
});

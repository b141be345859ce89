import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { findObject } from '../core';
import { defaultSettings } from '../language';
import { repoPath } from '../../../test/support/paths';
import { readWorkspaceKnowledge } from './workspace-knowledge';

const folders: string[] = [];
after(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
const fixture = (name: string) => repoPath('test', 'fixtures', 'describe', name);

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'workspace-knowledge-'));
  folders.push(dir);
  for (const [path, from] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    copyFileSync(from, join(dir, path));
  }
  return dir;
}

test('every .salesforce/*.describe.json is read, the Lead\'s once', async () => {
  const dir = folder({ '.salesforce/Lead.describe.json': fixture('Lead.describe.json'), '.salesforce/Subscription__c.describe.json': fixture('Subscription__c.describe.json') });
  writeFileSync(join(dir, '.salesforce', 'notes.json'), 'not a describe file: not read');
  const { knowledge, warnings } = await readWorkspaceKnowledge(pathToFileURL(dir).href, defaultSettings);
  assert.deepEqual(warnings, []);
  assert.equal(findObject(knowledge, 'Lead')?.source, 'describe');
  assert.equal(findObject(knowledge, 'Subscription__c')?.source, 'describe');
  assert.equal(findObject(knowledge, 'Contact')?.source, 'builtin');
});

test('brazeWebhooks.leadDescribePath elsewhere: it is the Lead\'s, and a second Lead file is reported', async () => {
  const dir = folder({ 'org/lead.json': fixture('Lead.describe.json'), '.salesforce/Lead.describe.json': fixture('Lead.describe.json') });
  const { knowledge, warnings } = await readWorkspaceKnowledge(pathToFileURL(dir).href, { ...defaultSettings, leadDescribePath: 'org/lead.json' });
  assert.equal(findObject(knowledge, 'Lead')?.source, 'describe');
  assert.deepEqual(warnings, ['.salesforce/Lead.describe.json: Lead is read from org/lead.json already; this file is not used.']);
  const same = await readWorkspaceKnowledge(pathToFileURL(dir).href, { ...defaultSettings, leadDescribePath: './.salesforce/Lead.describe.json' });
  assert.deepEqual(same.warnings, [], 'the same file, however the setting spells it, is read once');
});

test('no folder, no describe folder, a describe that cannot be read: the built-in objects serve', async () => {
  assert.deepEqual((await readWorkspaceKnowledge(undefined, defaultSettings)).warnings, []);
  const empty = folder({});
  assert.equal(findObject((await readWorkspaceKnowledge(pathToFileURL(empty).href, defaultSettings)).knowledge, 'Lead')?.source, 'builtin');
  const dir = folder({});
  mkdirSync(join(dir, '.salesforce', 'Contact.describe.json'), { recursive: true });
  const unreadable = await readWorkspaceKnowledge(pathToFileURL(dir).href, { ...defaultSettings, leadDescribePath: '.salesforce/Contact.describe.json' });
  assert.deepEqual(unreadable.warnings, ['.salesforce/Contact.describe.json: cannot be read (EISDIR); it is not used.'], 'a directory is no file to read');
});

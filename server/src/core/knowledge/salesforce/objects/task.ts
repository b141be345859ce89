/**
 * The standard Task object (an activity: a call, an email, a to-do) as a REST create or update
 * sees it. Recurrence fields (`Recurrence*`) are left out: a webhook does not create series.
 *
 * Sources:
 * - Object Reference, "Task" (properties Create / Update / Nillable / Defaulted on create, Subject
 *   not required, Status and Priority defaulted, TaskSubtype create-only, WhoId and WhatId targets):
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm
 *   (text copy in `koichiro-o/wip` `salesforce/standard_objects/Task.md`);
 * - Field Reference, "Task" (lengths: CallDisposition and CallObject 255, Description 32000,
 *   Priority and CallType 40):
 *   https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-task.html;
 * - a describe capture without flags (labels, nillable, picklist values of Subject, Status,
 *   Priority, CallType and TaskSubtype): `SalesforceLabs/GanttChart`
 *   `.sfdx/tools/soqlMetadata/standardObjects/Task.json`;
 * - key prefix 00T: public key prefix lists (the capture has none).
 * No Task describe with `externalId` / `unique` was found; they are false here as on every other
 * standard object's captured fields.
 */
import type { SObject } from '../../schema';
import { READ_ONLY_NOTE, RECORD_TYPE_NOTE, auditFields, checkbox, createOnly, idField, readOnly, writable } from './fields';

export const TASK_SUBJECT_DEFAULTS = ['Call', 'Email', 'Send Letter', 'Send Quote', 'Other'];
export const TASK_STATUS_DEFAULTS = ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'];
export const TASK_PRIORITY_DEFAULTS = ['High', 'Normal', 'Low'];
export const TASK_SUBTYPE_VALUES = ['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn'];

/** WhatId's usual targets; the Object Reference lists many more (every object with activities). */
const WHAT_TARGETS = ['Account', 'Asset', 'Campaign', 'Case', 'Contract', 'Opportunity', 'Order', 'Product2'];

const callCenterNote = 'Salesforce CRM Call Center field.';

export const taskObject: SObject = {
  name: 'Task',
  label: 'Task',
  keyPrefix: '00T',
  assignmentRules: false,
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm',
  notes: 'No field is required by the API: Status and Priority are defaulted, Subject may be left out; WhoId names the person, WhatId the record.',
  fields: [
    // ---- Writable on create and update -------------------------------------------------------
    writable({
      name: 'Subject',
      label: 'Subject',
      type: 'combobox',
      length: 255,
      picklistValues: TASK_SUBJECT_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Free text with suggested values (a combobox): "Call", "Send Quote"...',
    }),
    writable({ name: 'ActivityDate', label: 'Due Date Only', type: 'date', notes: 'A date, YYYY-MM-DD.' }),
    writable({
      name: 'Status',
      label: 'Status',
      type: 'picklist',
      nillable: false,
      defaulted: true,
      picklistValues: TASK_STATUS_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org (TaskStatus); the default is Not Started. A closed status sets IsClosed.',
    }),
    writable({
      name: 'Priority',
      label: 'Priority',
      type: 'picklist',
      length: 40,
      nillable: false,
      defaulted: true,
      picklistValues: TASK_PRIORITY_DEFAULTS,
      restrictedPicklist: false,
      notes: 'Values are defined by each org (TaskPriority); the default is Normal.',
    }),
    writable({
      name: 'WhoId',
      label: 'Name ID',
      type: 'reference',
      referenceTo: ['Contact', 'Lead'],
      notes: 'The lead or contact the task is about (polymorphic).',
    }),
    writable({
      name: 'WhatId',
      label: 'Related To ID',
      type: 'reference',
      referenceTo: WHAT_TARGETS,
      notes: 'The record the task is about (polymorphic); many more objects than listed here are accepted.',
    }),
    writable({
      name: 'OwnerId',
      label: 'Assigned To ID',
      type: 'reference',
      nillable: false,
      defaulted: true,
      referenceTo: ['Group', 'User'],
      notes: 'A user, or a queue (API version 48.0 and later); defaults to the running user.',
    }),
    writable({ name: 'Description', label: 'Description', type: 'textarea', length: 32000, notes: 'Shown as Comments on the task page.' }),
    writable({ name: 'Type', label: 'Type', type: 'picklist', notes: 'unconfirmed: its default values and length (defined by each org).' }),
    writable(checkbox({ name: 'IsReminderSet', label: 'Reminder Set' })),
    writable({ name: 'ReminderDateTime', label: 'Reminder Date/Time', type: 'datetime' }),
    writable(checkbox({ name: 'IsVisibleInSelfService', label: 'Public', notes: 'Visible in portals and Experience Cloud sites.' })),
    writable({ name: 'CallDurationInSeconds', label: 'Call Duration', type: 'int', notes: callCenterNote }),
    writable({
      name: 'CallType',
      label: 'Call Type',
      type: 'picklist',
      length: 40,
      picklistValues: ['Internal', 'Inbound', 'Outbound'],
      restrictedPicklist: true,
      notes: callCenterNote,
    }),
    writable({ name: 'CallDisposition', label: 'Call Result', type: 'string', length: 255, notes: callCenterNote }),
    writable({ name: 'CallObject', label: 'Call Object Identifier', type: 'string', length: 255, notes: callCenterNote }),
    writable({ name: 'RecordTypeId', label: 'Record Type ID', type: 'reference', referenceTo: ['RecordType'], notes: RECORD_TYPE_NOTE }),

    // ---- Create only -------------------------------------------------------------------------
    createOnly({
      name: 'TaskSubtype',
      label: 'Task Subtype',
      type: 'picklist',
      picklistValues: TASK_SUBTYPE_VALUES,
      restrictedPicklist: true,
      notes: 'Set on create only; Cadence is internal to Sales Engagement and cannot be set.',
    }),
    createOnly(checkbox({ name: 'IsRecurrence', label: 'Create Recurring Series of Tasks', notes: 'true needs the Recurrence* fields; set on create only.' })),

    // ---- Read-only ---------------------------------------------------------------------------
    idField('Activity ID', '00T'),
    readOnly({ name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'], notes: "Derived from WhatId or the contact's account; read-only." }),
    readOnly(checkbox({ name: 'IsClosed', label: 'Closed', notes: 'Derived from Status; read-only.' })),
    readOnly(checkbox({ name: 'IsHighPriority', label: 'High Priority', notes: 'Derived from Priority; read-only.' })),
    readOnly(checkbox({ name: 'IsArchived', label: 'Archived', notes: READ_ONLY_NOTE })),
    readOnly({ name: 'CompletedDateTime', label: 'Completed Date/Time', type: 'datetime', notes: 'Set when the task is saved with a closed status; read-only.' }),
    readOnly({ name: 'RecurrenceActivityId', label: 'Recurrence Activity ID', type: 'reference', referenceTo: ['Task'], notes: 'The main task of a series; read-only.' }),
    ...auditFields(),
  ],
};

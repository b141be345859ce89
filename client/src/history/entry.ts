/**
 * One kept send or preview: the masked result model the result view showed (so the history holds
 * no secret and no token: they were masked before the model existed), the template it came from
 * and the test user it was rendered for (masked the same way), which is what a re-send needs.
 * The zod schemas read the history file back: an entry that does not match is a corrupt file,
 * never a half-drawn view. Pure: no vscode.
 */
import { z } from 'zod';
import type { SecretSet } from '../../../server/src/core';
import { TestUserSchema, type TestUser } from '../../../server/src/send';
import { maskModel, type ResultModel } from '../send/result-model';

export interface HistoryEntry {
  /** The result model's id. */
  id: string;
  /** The template's URI as a string (`file:` or `untitled:`). */
  template: string;
  /** The test user the template was rendered for. */
  user: TestUser;
  model: ResultModel;
}

/** Bodies longer than this are cut in the history (the view cuts at 256 KB; a history of many sends stays small). */
export const STORED_BODY_MAX = 64 * 1024;

const Header = z.object({ name: z.string(), value: z.string() });
const Explanation = z.looseObject({ ok: z.boolean(), summary: z.string(), details: z.array(z.string()), fixes: z.array(z.string()), codes: z.array(z.string()) });

/** What the result view, the tree, the diff and the curl command read of a model. */
export const ResultModelSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(['send', 'preview']),
  outcome: z.enum(['answer', 'timeout', 'cancelled', 'network-error', 'refused', 'rendered', 'not-rendered']),
  ok: z.boolean(),
  title: z.string(),
  file: z.string(),
  templateName: z.string().optional(),
  user: z.string(),
  userSource: z.string().optional(),
  startedAt: z.string(),
  status: z.number().optional(),
  statusText: z.string().optional(),
  durationMs: z.number().optional(),
  created: z.looseObject({ object: z.string(), id: z.string() }).optional(),
  instanceUrlOverride: z.string().optional(),
  explanation: Explanation.optional(),
  credential: z.looseObject({ code: z.string(), what: z.string(), placeholder: z.string().optional() }).optional(),
  request: z.looseObject({ method: z.string(), url: z.string(), renderedUrl: z.string().optional(), headers: z.array(Header), body: z.string().optional(), sent: z.boolean() }).optional(),
  response: z.looseObject({ headers: z.array(Header), body: z.string(), json: z.boolean(), redirectLocation: z.string().optional(), truncated: z.boolean() }).optional(),
  renderFailure: z.looseObject({ kind: z.string(), field: z.string().optional(), message: z.string(), missingPlaceholders: z.array(z.string()) }).optional(),
  calls: z.array(
    z.looseObject({
      field: z.string(),
      method: z.string(),
      url: z.string(),
      status: z.number().optional(),
      outcome: z.string(),
      fromCache: z.boolean(),
      durationMs: z.number(),
      savedAs: z.string().optional(),
      requestBody: z.string().optional(),
      answer: z.string().optional(),
      notes: z.array(z.string()),
      explanation: Explanation,
    }),
  ),
  hosts: z.array(z.string()),
  notes: z.array(z.string()),
  warnings: z.array(z.string()),
  droppedFromCache: z.number(),
});

export const HistoryEntrySchema = z.object({
  id: z.string().min(1),
  template: z.string().min(1),
  user: TestUserSchema,
  model: ResultModelSchema,
});

/** The history file: newest entry first. */
export const HistoryFileSchema = z.object({
  version: z.literal(1),
  entries: z.array(HistoryEntrySchema),
});
export type HistoryFile = { version: 1; entries: HistoryEntry[] };

/** The entry kept for a result: the model with its long bodies cut, the user masked like the model. */
export function historyEntry(model: ResultModel, template: string, user: TestUser, secrets: SecretSet | Iterable<string> = []): HistoryEntry {
  const kept: ResultModel = { ...model, calls: model.calls.map((c) => ({ ...c, answer: cut(c.answer), requestBody: cut(c.requestBody) })) };
  if (model.request) kept.request = { ...model.request, body: cut(model.request.body) };
  if (model.response) {
    const body = cut(model.response.body) ?? '';
    kept.response = { ...model.response, body, truncated: model.response.truncated || body !== model.response.body };
  }
  return { id: model.id, template, user: maskModel(user, secrets), model: kept };
}

function cut(text: string | undefined): string | undefined {
  return text !== undefined && text.length > STORED_BODY_MAX ? `${text.slice(0, STORED_BODY_MAX)}\n…` : text;
}

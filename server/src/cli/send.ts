import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseWebhook } from '../syntax';
import { ENV_PREFIX, instanceOverrideMessage, instanceOverrideProblem, maskHeaderValue, maskText, OVERRIDE_INSTANCE_NAME, placeholderEnvName, placeholdersFromEnv, SecretSet, t } from '../core';
import { helpEntry } from './help-layout';
import {
  bodyJsonProblem,
  ConnectedContentCache,
  inField,
  SAMPLE_TEST_USER,
  loadTestUsers,
  runWebhook,
  userLabel,
  type BasicAuthCredential,
  type ConnectedContentCall,
  type Explanation,
  type RenderContext,
  type SendResult,
  type WebhookRun,
} from '../send';
import { configureCliLocale } from './locale';

/** The help text, in the configured language: built when asked for, never at module load. */
export function usage(): string {
  const option = (name: string, text: string, widths?: readonly number[]) => helpEntry(`  ${name}  `, 26, text, widths);
  return [
    t('Usage: {0} [options]', 'braze-webhook-send FILE --user USER.json'),
    helpEntry('', 0, t("Renders a Braze webhook template (.webhook) for a test user like Braze does, sends it, and explains Salesforce's answer. Secrets are masked in everything printed."), [99]),
    '',
    t('Options:'),
    option('--user USER.json', t('a Braze user export object, or {0} (the first user is used)', '{"users": [...]}')),
    option('--user-id ID', t('pick the user with this external_id (or braze_id) from an export')),
    option(
      '--dry-run',
      t("render only: Connected Content calls (the token request) ARE made, as in Braze's preview; the webhook itself is not sent (a rendered body that is not valid JSON is a warning, with its line and column)"),
      [98, 98],
    ),
    option('--format human|json', t('output format (default human)')),
    option('--timeout MS', t('time limit for the webhook request (default 30000)')),
    option('--connected-content-timeout MS', t('time limit for each Connected Content call (default 2000, as Braze)')),
    option(
      '--instance-url URL',
      t(
        'send every Salesforce host of the template (My Domain, sandbox, login...) to this origin instead (e.g. the local stand-in {0}); a template that calls another host is not sent; also {1}',
        'http://127.0.0.1:PORT',
        `${ENV_PREFIX}INSTANCE_URL`,
      ),
      [99, 97, 78],
    ),
    option('--locale LANG', t('the language of the explanations: es, pt-br, fr, de or ko (default: LC_ALL, LC_MESSAGES or LANG; else English)')),
    option('--sample-user', t('print a sample test user file and exit')),
    option('-h, --help', t('this text')),
    '',
    helpEntry('', 2, t('Placeholders: {0} is read from the environment variable {1}', '[insert_<name>]', `${ENV_PREFIX}INSERT_<NAME>`)),
    helpEntry('  ', 2, t('e.g. {0} <- {1}', '[insert_client_secret]', `${ENV_PREFIX}INSERT_CLIENT_SECRET`)),
    helpEntry('  ', 2, t('(with --instance-url, {0} defaults to "{1}").', '[insert_instance_name]', OVERRIDE_INSTANCE_NAME)),
    helpEntry('', 2, t('Basic-auth credentials ({0}): {1}', ':basic_auth NAME', `${ENV_PREFIX}BASIC_AUTH_<NAME>=username:password`)),
    '',
    helpEntry('', 0, t('Exit code: 0 when Salesforce answers 2xx (or, with --dry-run, when the template renders), 1 otherwise (a time limit reached included), 2 on bad usage or an unreadable file.'), [89]),
  ].join('\n');
}





export interface SendOutput {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 2;
}

export interface RunSendOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
}

const usageError = (message: string): SendOutput => ({ stdout: '', stderr: `braze-webhook-send: ${message}\n${usage()}\n`, exitCode: 2 });

interface Args {
  file?: string;
  user?: string;
  userId?: string;
  dryRun: boolean;
  format: 'human' | 'json';
  timeoutMs?: number;
  ccTimeoutMs?: number;
  instanceUrl?: string;
}

function parseArgs(args: string[]): Args | SendOutput {
  const out: Args = { dryRun: false, format: 'human' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (arg.startsWith('--') && eq !== -1 ? arg.slice(eq + 1) : args[++i]);
    const ms = (label: string): number | SendOutput => {
      const v = value();
      const n = Number(v);
      if (v === undefined || !/^\d+$/.test(v) || n <= 0) return usageError(t('{0} takes a number of milliseconds, not "{1}"', label, v ?? ''));
      return n;
    };
    switch (name) {
      case '--help':
      case '-h':
        return { stdout: `${usage()}\n`, stderr: '', exitCode: 0 };
      case '--sample-user':
        return { stdout: `${JSON.stringify(SAMPLE_TEST_USER, null, 2)}\n`, stderr: '', exitCode: 0 };
      case '--user': {
        const v = value();
        if (!v) return usageError(t('--user needs a file name'));
        out.user = v;
        break;
      }
      case '--user-id': {
        const v = value();
        if (!v) return usageError(t('--user-id needs an id'));
        out.userId = v;
        break;
      }
      case '--dry-run':
        out.dryRun = true;
        break;
      case '--format': {
        const v = value();
        if (v !== 'human' && v !== 'json') return usageError(t('--format takes "human" or "json", not "{0}"', v ?? ''));
        out.format = v;
        break;
      }
      case '--timeout': {
        const n = ms('--timeout');
        if (typeof n !== 'number') return n;
        out.timeoutMs = n;
        break;
      }
      case '--connected-content-timeout': {
        const n = ms('--connected-content-timeout');
        if (typeof n !== 'number') return n;
        out.ccTimeoutMs = n;
        break;
      }
      case '--locale':
        // Read by configureCliLocale before parsing; here only checked.
        if (!value()) return usageError(t('--locale needs a language (es, pt-br, fr, de or ko)'));
        break;
      case '--instance-url': {
        const v = value();
        if (!v) return usageError(t('--instance-url needs a URL such as http://127.0.0.1:8080'));
        const problem = instanceOverrideProblem(v);
        if (problem) return usageError(instanceOverrideMessage('--instance-url', v, problem));
        out.instanceUrl = v;
        break;
      }
      default:
        if (arg.startsWith('-')) return usageError(t('unknown option "{0}"', arg));
        if (out.file !== undefined) return usageError(t('one template at a time ("{0}" and "{1}" given)', out.file, arg));
        out.file = arg;
    }
  }
  return out;
}

function basicAuthFromEnv(env: RunSendOptions['env']): Record<string, BasicAuthCredential> {
  const out: Record<string, BasicAuthCredential> = {};
  const prefix = `${ENV_PREFIX}BASIC_AUTH_`;
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith(prefix) || v === undefined) continue;
    const colon = v.indexOf(':');
    if (colon === -1) continue;
    out[k.slice(prefix.length).toLowerCase()] = { username: v.slice(0, colon), password: v.slice(colon + 1) };
  }
  return out;
}

/**
 * The command line as a function of its arguments, working folder and environment; send-main.ts
 * writes its output and exit code. Never rejects: whatever goes wrong is printed (masked) with
 * exit code 1.
 */
export async function runSend(argv: string[], options: RunSendOptions): Promise<SendOutput> {
  // Before any message is built (the explanations): --locale, else the environment's.
  configureCliLocale(argv, options.env);
  try {
    return await run(argv, options);
  } catch (e) {
    // Any placeholder value may be quoted by an error: mask them all, secret or not.
    const secrets = new SecretSet(Object.values(placeholdersFromEnv(options.env)));
    return { stdout: '', stderr: `braze-webhook-send: ${maskText(e instanceof Error ? e.message : String(e), secrets)}\n`, exitCode: 1 };
  }
}

async function run(argv: string[], options: RunSendOptions): Promise<SendOutput> {
  const args = parseArgs(argv);
  if ('exitCode' in args) return args;
  if (!args.file) return usageError(t('no template given'));
  if (!args.user) return usageError(t('no test user given: add --user USER.json (braze-webhook-send --sample-user prints one)'));

  let templateText: string;
  let userText: string;
  try {
    templateText = readFileSync(resolve(options.cwd, args.file), 'utf8');
  } catch (e) {
    return { stdout: '', stderr: `braze-webhook-send: ${t('cannot read "{0}": {1}', args.file, (e as NodeJS.ErrnoException).code ?? String(e))}\n`, exitCode: 2 };
  }
  try {
    userText = readFileSync(resolve(options.cwd, args.user), 'utf8');
  } catch (e) {
    return { stdout: '', stderr: `braze-webhook-send: ${t('cannot read "{0}": {1}', args.user, (e as NodeJS.ErrnoException).code ?? String(e))}\n`, exitCode: 2 };
  }
  const loaded = loadTestUsers(userText, args.user);
  if ('error' in loaded) return { stdout: '', stderr: `braze-webhook-send: ${loaded.error}\n`, exitCode: 2 };
  let index = 0;
  if (args.userId !== undefined) {
    index = loaded.users.findIndex((u) => u.external_id === args.userId || u.braze_id === args.userId);
    if (index === -1) return { stdout: '', stderr: `braze-webhook-send: ${t('{0}: no user with external_id or braze_id "{1}"', args.user, args.userId)}\n`, exitCode: 2 };
  }
  const user = loaded.users[index];

  const instanceUrl = args.instanceUrl ?? options.env[`${ENV_PREFIX}INSTANCE_URL`];
  const overrideProblem = instanceUrl === undefined ? undefined : instanceOverrideProblem(instanceUrl);
  if (instanceUrl !== undefined && overrideProblem) return usageError(instanceOverrideMessage(`${ENV_PREFIX}INSTANCE_URL`, instanceUrl, overrideProblem));
  const placeholders = placeholdersFromEnv(options.env);
  if (instanceUrl && placeholders.insert_instance_name === undefined) placeholders.insert_instance_name = OVERRIDE_INSTANCE_NAME;

  const context: RenderContext = {
    user,
    placeholders,
    basicAuth: basicAuthFromEnv(options.env),
    cache: new ConnectedContentCache(),
    signal: options.signal,
    connectedContentTimeoutMs: args.ccTimeoutMs,
    instanceUrlOverride: instanceUrl,
  };
  const doc = parseWebhook(templateText);
  const run = await runWebhook(doc, context, { dryRun: args.dryRun, timeoutMs: args.timeoutMs, signal: options.signal });

  const label = userLabel(user, index);
  const who = loaded.users.length > 1 && args.userId === undefined ? t('{0} (first of {1} users; pick one with --user-id)', label, loaded.users.length) : label;
  const exitCode: 0 | 1 = !run.rendered.ok ? 1 : args.dryRun ? 0 : run.result?.kind === 'answer' && run.result.status >= 200 && run.result.status < 300 ? 0 : 1;
  const text = args.format === 'json' ? json(run, args, who, exitCode) : human(run, args, who);
  return { stdout: maskText(text, run.secrets), stderr: '', exitCode };
}

function human(run: WebhookRun, args: Args, who: string): string {
  const out: string[] = [];
  const r = run.rendered;
  out.push(r.ok && r.name ? t('Template: {0} ({1})', args.file ?? '', r.name) : t('Template: {0}', args.file ?? ''));
  out.push(t('User: {0}', who));
  if (r.calls.length) {
    out.push('', t('Connected Content calls:'));
    r.calls.forEach((c, i) => out.push(...callLines(c, run.callExplanations[i])));
  }
  if (!r.ok) {
    out.push('', t('Not rendered ({0}): {1}', r.kind, r.message));
    if (r.missingPlaceholders?.length) {
      out.push(t('Set {0} in the environment.', r.missingPlaceholders.map((p) => placeholderEnvName(p)).join(', ')));
    }
    for (const n of r.notes) out.push(t('note: {0}', n));
    return `${out.join('\n')}\n`;
  }
  out.push('', args.dryRun ? t('Request (dry run, not sent):') : t('Request:'));
  out.push(`  ${r.method} ${r.url}`);
  for (const h of r.headers) out.push(`  ${h.name}: ${maskHeaderValue(h.name, h.value)}`);
  if (r.body !== undefined) out.push('', indent(r.body, '  '));
  const notJson = bodyJsonProblem(r.body, r.headers);
  if (notJson) out.push('', t('warning: {0}', notJson));
  for (const n of r.notes) out.push(t('note: {0}', n));
  if (run.result) {
    out.push('', ...answerLines(run.result));
    if (run.explanation) out.push('', ...explanationLines(run.explanation, ''));
    if (run.droppedFromCache > 0) {
      out.push(
        run.droppedFromCache === 1
          ? t('The cached token was dropped (1 cached answer): the next send fetches a new one.')
          : t('The cached token was dropped ({0} cached answers): the next send fetches a new one.', run.droppedFromCache),
      );
    }
  }
  return `${out.join('\n')}\n`;
}

function callLines(c: ConnectedContentCall, x: Explanation | undefined): string[] {
  const status = c.status !== undefined ? `${c.status}` : c.outcome;
  const where = inField(c.field);
  const call = c.fromCache
    ? c.savedAs
      ? t('{0} {1} ({2}) -> {3} from the cache, saved as "{4}"', c.method, c.url, where, status, c.savedAs)
      : t('{0} {1} ({2}) -> {3} from the cache', c.method, c.url, where, status)
    : c.savedAs
      ? t('{0} {1} ({2}) -> {3} in {4} ms, saved as "{5}"', c.method, c.url, where, status, c.durationMs, c.savedAs)
      : t('{0} {1} ({2}) -> {3} in {4} ms', c.method, c.url, where, status, c.durationMs);
  const lines = [`  ${call}`];
  if (c.requestBody) lines.push(`    ${t('body: {0}', c.requestBody)}`);
  if (c.responseText && !c.fromCache) lines.push(`    ${t('answer: {0}', oneLine(c.responseText, 500))}`);
  for (const n of c.notes) lines.push(`    ${t('note: {0}', n)}`);
  if (x && !x.ok) lines.push(...explanationLines(x, '    '));
  return lines;
}

function answerLines(result: SendResult): string[] {
  switch (result.kind) {
    case 'answer': {
      const lines = [result.statusText ? t('Answer: {0} {1} in {2} ms', result.status, result.statusText, result.durationMs) : t('Answer: {0} in {1} ms', result.status, result.durationMs)];
      if (result.bodyText.trim()) lines.push(indent(result.bodyText.trim(), '  '));
      for (const n of result.notes) lines.push(t('note: {0}', n));
      return lines;
    }
    case 'timeout':
      return [t('No answer: timed out after {0} ms', result.timeoutMs), ...result.notes.map((n) => t('note: {0}', n))];
    case 'cancelled':
      return [t('Cancelled after {0} ms', result.durationMs)];
    case 'network-error':
      return [t('No answer: {0}', result.message)];
    case 'refused':
      return [t('Not sent: {0}', result.message)];
  }
}

function explanationLines(x: Explanation, pad: string): string[] {
  const lines = [`${pad}${x.ok ? x.summary : t('Problem: {0}', x.summary)}`];
  for (const d of x.details) if (d) lines.push(`${pad}  ${d}`);
  for (const f of x.fixes) lines.push(`${pad}  ${t('Fix: {0}', f)}`);
  return lines;
}

function json(run: WebhookRun, args: Args, who: string, exitCode: number): string {
  const r = run.rendered;
  const result = run.result;
  const data = {
    file: args.file,
    template: r.ok ? r.name ?? null : null,
    user: who,
    dryRun: args.dryRun,
    rendered: r.ok
      ? {
          ok: true,
          request: { method: r.method, url: r.url, renderedUrl: r.renderedUrl, headers: r.headers.map((h) => ({ name: h.name, value: maskHeaderValue(h.name, h.value) })), body: r.body ?? null },
          notes: r.notes,
          warnings: [bodyJsonProblem(r.body, r.headers)].filter((w) => w !== undefined),
        }
      : { ok: false, kind: r.kind, field: r.field ?? null, message: r.message, missingPlaceholders: r.missingPlaceholders ?? [], abortReason: r.abortReason ?? null, notes: r.notes },
    connectedContent: r.calls.map((c, i) => ({ ...c, requestHeaders: maskedHeaders(c.requestHeaders), explanation: run.callExplanations[i] })),
    answer: result
      ? result.kind === 'answer'
        ? { kind: result.kind, status: result.status, statusText: result.statusText, durationMs: result.durationMs, headers: maskedHeaders(result.headers), body: result.bodyText, redirectLocation: result.redirectLocation ?? null, notes: result.notes }
        : { kind: result.kind, durationMs: result.durationMs, message: 'message' in result ? result.message : null, notes: result.notes }
      : null,
    explanation: run.explanation ?? null,
    droppedFromCache: run.droppedFromCache,
    exitCode,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function maskedHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, maskHeaderValue(k, v)]));
}

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

function oneLine(text: string, max: number): string {
  const t = text.replace(/\s*\n\s*/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/**
 * The bounds of one render, so a template can never hang or exhaust the process that renders
 * it (the CLI, or the VS Code extension host). Each field is rendered under its own bounds:
 * - `PARSE_LIMIT`: the characters liquidjs parses (liquidjs `parseLimit`);
 * - `MEMORY_LIMIT`: the characters and items liquidjs's filters, ranges and loops allocate
 *   (liquidjs `memoryLimit`; Braze's own filters and `capture` are charged the same way), so
 *   `(1..200000000)` or a string doubled in a loop stops at once, before it is allocated;
 * - `RENDER_LIMIT_MS`: time spent rendering, checked by liquidjs between template nodes (its
 *   `renderLimit`), not counting the wait for Connected Content answers (those have their own
 *   time limit);
 * - `OUTPUT_LIMIT`: the characters a field renders to.
 * A field past a bound is a render failure of kind `limit` ("Render limit reached ..."): nothing
 * is sent. A webhook of Salesforce Leads is a few kilobytes; the bounds are far above that.
 */
import { CaptureTag, toValue, type Context, type Emitter, type FilterImplOptions } from 'liquidjs';
import { t } from '../core';
import { inField } from './field-place';

export const PARSE_LIMIT = 1024 * 1024;
export const MEMORY_LIMIT = 16 * 1024 * 1024;
export const RENDER_LIMIT_MS = 5_000;
export const OUTPUT_LIMIT = 1024 * 1024;

/** What stops a render at a bound: `RenderSession.halt`. */
type Halt = (message: string) => never;

const LIQUIDJS_LIMITS: [RegExp, (field: string) => string][] = [
  [/memory alloc limit exceeded|Invalid string length|Invalid array length/, (f) => t('Render limit reached {0}: it allocates more than {1} characters or items (a long range or loop, or a string that keeps growing)', inField(f), MEMORY_LIMIT)],
  [/parse length limit exceeded/, (f) => t('Render limit reached {0}: it is longer than {1} characters', inField(f), PARSE_LIMIT)],
];

/** The "Render limit reached" message for a liquidjs limit error (the error, or one it wraps), else undefined. */
export function liquidLimitMessage(e: unknown, field: string): string | undefined {
  for (let cause: unknown = e; cause instanceof Error; cause = (cause as Error & { originalError?: unknown }).originalError ?? cause.cause) {
    for (const [re, message] of LIQUIDJS_LIMITS) if (re.test(cause.message)) return message(field);
  }
  return undefined;
}

/**
 * liquidjs's render time limit, minus the time a render waits for Connected Content answers:
 * liquidjs calls `check(now)` between nodes (it is given to the Context in place of its own
 * limiter, which would count the waits).
 */
export class RenderClock {
  private readonly deadline = performance.now() + RENDER_LIMIT_MS;
  private waitedMs = 0;

  constructor(private readonly halt: () => never) {}

  /** Time spent waiting for an answer: not counted. */
  waited(ms: number): void {
    this.waitedMs += ms;
  }

  check(now: number): void {
    if (now - this.waitedMs > this.deadline) this.halt();
  }

  use(): void {}

  /** For liquidjs's `Context`, which types its limiter as its own class. */
  asLimiter(): Context['renderLimit'] {
    return this as unknown as Context['renderLimit'];
  }
}

export function renderTimeMessage(field: string): string {
  return t('Render limit reached {0}: rendering took more than {1} s (a loop that runs too long?)', inField(field), RENDER_LIMIT_MS / 1000);
}

/** A value as liquidjs's own emitter writes it: a Drop's value, nothing for nil, an array's items joined. */
function stringify(value: unknown): string {
  const v = toValue(value) as unknown;
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(stringify).join('');
  return String(v);
}

/** The field's output, as liquidjs's emitter makes it, stopped at `OUTPUT_LIMIT` characters. */
export class BoundedEmitter implements Emitter {
  buffer = '';

  constructor(private readonly field: string, private readonly halt: Halt) {}

  write(html: unknown): void {
    const text = stringify(html);
    if (this.buffer.length + text.length > OUTPUT_LIMIT) this.halt(t('Render limit reached {0}: it renders to more than {1} characters', inField(this.field), OUTPUT_LIMIT));
    this.buffer += text;
  }
}

/** A filter charged to the memory limit for its string input and arguments, as liquidjs charges its own. */
export function chargedFilter(impl: FilterImplOptions): FilterImplOptions {
  if (typeof impl !== 'function') return impl;
  return function (this: ThisParameterType<typeof impl>, value: unknown, ...args: unknown[]) {
    for (const a of [value, ...args]) if (typeof a === 'string') this.context.memoryLimit.use(a.length);
    return impl.call(this, value, ...args);
  };
}

/** `capture`, charged to the memory limit for what it captures (liquidjs charges its own `assign` filters, not this). */
export class ChargedCaptureTag extends CaptureTag {
  override *render(ctx: Context): Generator<unknown, void, string> {
    yield* super.render(ctx);
    ctx.memoryLimit.use(String(ctx.bottom()[this.variable as keyof ReturnType<Context['bottom']>] ?? '').length);
  }
}

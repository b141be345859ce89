/**
 * The "Braze Webhooks: Send" log (a `LogOutputChannel`): one summary per send, preview and schema
 * fetch at info level, the full request and answer at debug level. Every line goes through
 * `maskText` with the run's secrets, on top of the masking of the result model.
 */
import { window, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { maskText, type SecretSet } from '../../../server/src/core';
import { resultLogLines, type LogLine } from './log-lines';
import type { ResultModel } from './result-model';

export const LOG_NAME = 'Braze Webhooks: Send';

export class SendLog {
  private channel: LogOutputChannel | undefined;

  constructor(private readonly context: ExtensionContext) {}

  private get out(): LogOutputChannel {
    if (!this.channel) {
      this.channel = window.createOutputChannel(LOG_NAME, { log: true });
      this.context.subscriptions.push(this.channel);
    }
    return this.channel;
  }

  info(text: string, secrets?: SecretSet | Iterable<string>): void {
    this.out.info(maskText(text, secrets));
  }

  warn(text: string, secrets?: SecretSet | Iterable<string>): void {
    this.out.warn(maskText(text, secrets));
  }

  error(text: string, secrets?: SecretSet | Iterable<string>): void {
    this.out.error(maskText(text, secrets));
  }

  debug(text: string, secrets?: SecretSet | Iterable<string>): void {
    this.out.debug(maskText(text, secrets));
  }

  /** Records a send or a preview. */
  result(model: ResultModel, secrets: SecretSet): void {
    for (const l of resultLogLines(model)) this.line(l, secrets);
  }

  line(l: LogLine, secrets?: SecretSet | Iterable<string>): void {
    this[l.level](l.text, secrets);
  }

  show(): void {
    this.out.show(true);
  }
}

/**
 * What the send commands share for the whole VS Code session: ONE Connected Content cache (a
 * token fetched with `:cache_max_age` is reused by the next send, and dropped on a 401), the log,
 * the result view.
 */
import type { ExtensionContext } from 'vscode';
import { ConnectedContentCache } from '../../../server/src/send';
import { SendLog } from './log';
import { ResultView } from './result-view';

export interface SendSession {
  context: ExtensionContext;
  cache: ConnectedContentCache;
  log: SendLog;
  view: ResultView;
}

let session: SendSession | undefined;

export function sendSession(context: ExtensionContext): SendSession {
  if (!session || session.context !== context) {
    session = { context, cache: new ConnectedContentCache(), log: new SendLog(context), view: new ResultView(context) };
    context.subscriptions.push({ dispose: () => (session = undefined) });
  }
  return session;
}

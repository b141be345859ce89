/**
 * What the send commands share for the whole VS Code session: ONE Connected Content cache (a
 * token fetched with `:cache_max_age` is reused by the next send, and dropped on a 401), the log,
 * the result view, the send history.
 */
import type { ExtensionContext } from 'vscode';
import { ConnectedContentCache } from '../../../server/src/send';
import { SendHistory } from '../history/history';
import { SendLog } from './log';
import { ResultView } from './result-view';

export interface SendSession {
  context: ExtensionContext;
  cache: ConnectedContentCache;
  log: SendLog;
  view: ResultView;
  history: SendHistory;
}

let session: SendSession | undefined;

export function sendSession(context: ExtensionContext): SendSession {
  if (!session || session.context !== context) {
    session = { context, cache: new ConnectedContentCache(), log: new SendLog(context), view: new ResultView(context), history: new SendHistory(context) };
    context.subscriptions.push({ dispose: () => (session = undefined) });
  }
  return session;
}

import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/**
 * Where the server is in the LSP lifecycle, and the errors the specification asks for outside
 * it: ServerNotInitialized (-32002) for a request before `initialize`, InvalidRequest after
 * `shutdown` (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#lifeCycleMessages).
 * vscode-languageserver dispatches every request whatever the state, and already exits with 1
 * on `exit` without `shutdown`.
 */
export class Lifecycle {
  private state: 'starting' | 'running' | 'shut down' = 'starting';

  get running(): boolean {
    return this.state === 'running';
  }

  get shutDown(): boolean {
    return this.state === 'shut down';
  }

  initialize(): void {
    if (this.state !== 'starting') throw new ResponseError(ErrorCodes.InvalidRequest, '"initialize" may be sent only once');
    this.state = 'running';
  }

  shutdown(): void {
    const refused = this.refusal();
    if (refused) throw refused;
    this.state = 'shut down';
  }

  /** The error to answer a request with now, if any. */
  refusal(): ResponseError<void> | undefined {
    if (this.state === 'starting') return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized: send "initialize" first');
    if (this.state === 'shut down') return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down: only "exit" is accepted');
    return undefined;
  }

  /** A request handler that answers the lifecycle's error instead of running when it must. */
  guard<P, R>(handler: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
    return async (params, token) => this.refusal() ?? handler(params, token);
  }
}

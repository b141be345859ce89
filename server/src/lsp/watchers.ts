import { isAbsolute } from 'node:path';
import { DidChangeWatchedFilesNotification, type Connection, type Disposable } from 'vscode-languageserver/node';

/** Every describe file: `.salesforce/<Object>.describe.json`, and the Lead's wherever `brazeWebhooks.leadDescribePath` points. */
const DESCRIBE_FILES = '**/*.describe.json';

/**
 * Asks the client to report changes of the describe files (a new one, an edited one, one
 * deleted), so that the workspace's knowledge is read again without a restart. Registered
 * dynamically (`client/registerCapability`), hence only with a client that announces
 * `workspace.didChangeWatchedFiles.dynamicRegistration`; registered again when the setting names
 * a file the glob does not cover.
 */
export class DescribeWatcher {
  private registration: Promise<Disposable> | undefined;
  private watched = '';

  constructor(private readonly connection: Connection) {}

  async watch(leadDescribePath: string): Promise<void> {
    const globs = [DESCRIBE_FILES];
    if (!leadDescribePath.endsWith('.describe.json')) globs.push(isAbsolute(leadDescribePath) ? leadDescribePath : `**/${leadDescribePath.replace(/^\.\//, '')}`);
    const key = globs.join('\n');
    if (key === this.watched) return;
    this.watched = key;
    const previous = this.registration;
    this.registration = this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: globs.map((globPattern) => ({ globPattern })) });
    (await previous)?.dispose();
    await this.registration;
  }
}

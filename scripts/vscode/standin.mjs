// The Salesforce stand-in (salesforce-standin/src/server.ts) for the extension-host suites: started
// in THIS process (its TypeScript loaded with tsx's tsImport) on 127.0.0.1 and a free port, so that
// it lives and dies with the runner. The suite, in the extension host (another process), reaches
// it at the URL the runner writes into run-config.json (`standinUrl`) and steers it through its
// HTTP control API (`/__standin/...`, see salesforce-standin/README.md).
//
// Accepts the demo connected app demo-client-id / demo-client-secret; no Lead at start.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './build-suite.mjs';

/**
 * Starts the stand-in; `logFile`: one line per request answered goes there. Resolves with the
 * stand-in's handle: `{ url, port, control, store, close() }` (close() may be called any number
 * of times; it also cuts requests held by a `slow` failure).
 */
export async function startTestStandin({ logFile } = {}) {
  const { tsImport } = await import('tsx/esm/api');
  const { startStandin } = await tsImport(pathToFileURL(join(root, 'salesforce-standin', 'src', 'server.ts')).href, import.meta.url);
  const out = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  const standin = await startStandin({ port: 0, logger: out ? (line) => out.write(`${new Date().toISOString()} ${line}\n`) : undefined });
  let closing;
  const close = () =>
    (closing ??= standin.close().then(() => new Promise((resolve) => (out ? out.end(resolve) : resolve()))));
  return { url: standin.url, port: standin.port, control: standin.control, store: standin.store, close };
}

/**
 * Command-line entry of the Salesforce stand-in:
 *
 *   node --import tsx salesforce-standin/src/main.ts [--port N] [--client-id X --client-secret Y] [--verbose]
 *
 * Prints one line, `Salesforce stand-in listening on http://127.0.0.1:PORT`, and runs until SIGINT
 * or SIGTERM, then closes cleanly. Without --client-id/--client-secret the demo connected app
 * `demo-client-id` / `demo-client-secret` is accepted. --verbose logs one line per request to stderr.
 * What it imitates and where each behaviour comes from: salesforce-standin/README.md.
 */
import { DEMO_CLIENT } from './oauth';
import { startStandin, type ClientCredentials } from './server';

interface Args {
  port: number;
  client: ClientCredentials;
  verbose: boolean;
}

const USAGE = 'usage: main.ts [--port N] [--client-id X --client-secret Y] [--verbose]';

function parseArgs(argv: readonly string[]): Args {
  let port = 0;
  let clientId: string | undefined;
  let clientSecret: string | undefined;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) > 65535) throw new Error(`--port must be 0..65535, got ${v}`);
        port = Number(v);
        break;
      }
      case '--client-id':
        clientId = value();
        break;
      case '--client-secret':
        clientSecret = value();
        break;
      case '--verbose':
        verbose = true;
        break;
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${arg}\n${USAGE}`);
    }
  }
  if ((clientId === undefined) !== (clientSecret === undefined)) {
    throw new Error('--client-id and --client-secret go together');
  }
  const client = clientId !== undefined && clientSecret !== undefined ? { clientId, clientSecret } : DEMO_CLIENT;
  return { port, client, verbose };
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
    return;
  }
  const standin = await startStandin({
    port: args.port,
    clients: [args.client],
    logger: args.verbose ? (line) => process.stderr.write(`${line}\n`) : undefined,
  });
  process.stdout.write(`Salesforce stand-in listening on ${standin.url}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (args.verbose) process.stderr.write(`${signal}: closing\n`);
    standin.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`error while closing: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});

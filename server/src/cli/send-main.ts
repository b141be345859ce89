import { runSend } from './send';

// Ctrl+C cancels the request in flight (reported as cancelled) instead of killing the process mid-way.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

runSend(process.argv.slice(2), { cwd: process.cwd(), env: process.env, signal: controller.signal }).then(
  (out) => {
    process.stdout.write(out.stdout);
    process.stderr.write(out.stderr);
    process.exitCode = out.exitCode;
  },
  (e) => {
    process.stderr.write(`braze-webhook-send: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);

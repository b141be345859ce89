import { t } from '../core';
import { runSend } from './send';

// Ctrl+C cancels the request in flight (reported as cancelled) instead of killing the process mid-way.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

// Node exits when nothing is left to wait for, even with the run unsettled (a stream that never
// ends, a promise nothing resolves): that must never read as success.
let settled = false;
process.once('beforeExit', () => {
  if (settled) return;
  // runSend set the language first thing, synchronously: t() answers in it.
  process.stderr.write(`braze-webhook-send: ${t('the run ended without a result (nothing was left to wait for); what was sent is unknown')}\n`);
  process.exitCode = 1;
});

runSend(process.argv.slice(2), { cwd: process.cwd(), env: process.env, signal: controller.signal }).then((out) => {
  settled = true;
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  process.exitCode = out.exitCode;
});

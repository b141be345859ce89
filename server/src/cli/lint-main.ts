import { runLint } from './lint';

runLint(process.argv.slice(2), process.cwd()).then(
  (out) => {
    process.stdout.write(out.stdout);
    process.stderr.write(out.stderr);
    process.exitCode = out.exitCode;
  },
  (e) => {
    process.stderr.write(`braze-webhook-lint: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);

import { execFile } from 'node:child_process';

export interface ProcessOutput {
  stdout: string;
  stderr: string;
  /** The exit code; null when a signal ended it. */
  exitCode: number | null;
}

export interface RunOptions {
  cwd: string;
  /** The whole environment of the child (default: this process's, with LC_ALL=C so that the CLIs answer in English whatever the machine's language). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/**
 * Runs `node script ...args` and resolves with its output, whatever its exit code. Asynchronous,
 * so that a server this test process runs (the Salesforce stand-in) keeps answering the child;
 * a child still running after `timeoutMs` is killed and the promise rejects.
 */
export function runNodeScript(script: string, args: readonly string[], { cwd, env = { ...process.env, LC_ALL: 'C' }, timeoutMs = 30_000 }: RunOptions): Promise<ProcessOutput> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, ...args], { cwd, env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error?.killed) {
        reject(new Error(`node ${script} ${args.join(' ')} did not end within ${timeoutMs} ms; stderr: ${stderr}`));
        return;
      }
      if (error && typeof error.code !== 'number' && !error.signal) {
        reject(error); // it could not be started
        return;
      }
      resolve({ stdout, stderr, exitCode: error ? (typeof error.code === 'number' ? error.code : null) : 0 });
    });
  });
}

/**
 * A shell command of the app's (maintenance mode, jobs, health check): run
 * with bash in the app's checkout, its output passed on line by line. The
 * app owns what its commands print; this tool adds nothing to it.
 */
import { spawn } from 'node:child_process';
import { InputError } from '../core/errors.js';

export interface ShellResult {
  /** null when a signal ended it. */
  exitCode: number | null;
  signal: string | null;
  seconds: number;
}

export interface Shell {
  run(command: string, opts: { cwd: string; env: NodeJS.ProcessEnv; onLine: (line: string) => void }): Promise<ShellResult>;
}

export const bashShell: Shell = {
  run(command, { cwd, env, onLine }) {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      // -e -o pipefail: a failing part of a compound command fails the whole, as in a workflow's run: step.
      const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let rest = { out: '', err: '' };
      const pass = (which: 'out' | 'err') => (chunk: Buffer) => {
        const lines = (rest[which] + chunk.toString('utf8')).split('\n');
        rest = { ...rest, [which]: lines.pop() ?? '' };
        for (const l of lines) onLine(l);
      };
      child.stdout.on('data', pass('out'));
      child.stderr.on('data', pass('err'));
      child.on('error', (err) =>
        reject(
          new InputError(
            `bash could not start in ${cwd} (${(err as NodeJS.ErrnoException).code ?? 'error'}); install bash or run from the app's checkout`,
          ),
        ),
      );
      child.on('close', (code, signal) => {
        for (const l of [rest.out, rest.err]) if (l) onLine(l);
        resolve({ exitCode: code, signal, seconds: Math.round((Date.now() - started) / 100) / 10 });
      });
    });
  },
};

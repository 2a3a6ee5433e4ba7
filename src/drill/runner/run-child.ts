/** A step's process: its output into the step's log, killed at its timeout; and why it failed, read back from that log. */
import { spawn } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';

export interface ChildRun {
  code: number | null;
  timedOut: boolean;
}

export function runChild(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  log: string,
  timeoutMs: number,
): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const write = (d: Buffer) => void appendFile(log, d);
    child.stdout.on('data', write);
    child.stderr.on('data', write);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      void appendFile(log, `${err.message}\n`).then(() => resolve({ code: 127, timedOut }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut });
    });
  });
}

/** The first `::error::` line a step printed, else its last lines: why it failed, without the item values it never prints. */
export async function failureLine(log: string): Promise<string> {
  const text = await readFile(log, 'utf8').catch(() => '');
  const error = /^::error(?: [^:]*)?::(.*)$/m.exec(text);
  if (error) return error[1]!.replace(/%0A/g, ' ').replace(/%25/g, '%').slice(0, 400);
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('::'));
  return lines.slice(-2).join(' | ').slice(0, 400);
}

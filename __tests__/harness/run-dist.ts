/**
 * Runs the committed action bundle the way the runner does: inputs as
 * INPUT_* variables, outputs and summary through GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..');

export interface DistRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT's `name<<DELIM` ... `DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

let declared: Set<string> | undefined;
function declaredOutputs(): Set<string> {
  declared ??= new Set(Object.keys((parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { outputs: object }).outputs));
  return declared;
}

/** A clean environment: no NODE_OPTIONS from jest, no stray INPUT_*. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('INPUT_') || k === 'NODE_OPTIONS' || k.startsWith('GITHUB_')) continue;
    env[k] = v;
  }
  return env;
}

/** Runs a child to its end without blocking this process (see runDistAction). */
async function runChild(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120000);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  return { status, stdout, stderr };
}

/**
 * Asynchronous on purpose: when jest runs in band, dynalite and s3rver live
 * in this very process, and a synchronous child would block their replies.
 */
export async function runDistAction(inputs: Record<string, string>, cwd: string, node = process.execPath): Promise<DistRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-runner-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env = baseEnv();
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  env.GITHUB_OUTPUT = outputFile;
  env.GITHUB_STEP_SUMMARY = summaryFile;
  const run = await runChild(node, [path.join(ROOT, 'dist', 'index.js')], cwd, env);
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
  // Every output a command sets must be declared in action.yml, or workflows cannot rely on it.
  const undeclared = Object.keys(outputs).filter((name) => !declaredOutputs().has(name));
  if (undeclared.length > 0) throw new Error(`outputs not declared in action.yml: ${undeclared.join(', ')}`);
  return { ...run, outputs, summary: readFileSync(summaryFile, 'utf8') };
}

export function runDistCli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return runChild(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], cwd, { ...baseEnv(), ...env });
}

let node24: string | undefined;
/** Node 24, the action's runtime, from the npm registry (cached by npx after the first call). */
export function node24Path(): string {
  node24 ??= execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    env: baseEnv(),
    timeout: 300000,
  }).trim();
  return node24;
}

/** A `run:` step: its script in the shell the runner would use, in the workspace or its working-directory. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluateValue } from './expressions.js';
import type { StepOutcome, StepRun } from './job-state.js';
import { failureLine, runChild } from './run-child.js';
import { readCommandFile } from './runner-files.js';

// As the runner runs them: a step with no shell gets `bash -e {0}`; `shell: bash` gets pipefail and no profile.
const UNSPECIFIED_SHELL = 'bash -e {0}';
const SHELLS: Record<string, string> = { bash: 'bash --noprofile --norc -eo pipefail {0}', sh: 'sh -e {0}', python: 'python {0}' };

/** The shell line of a step, split into a command and its arguments with the script's path for {0}. */
export function shellCommand(shell: string, script: string): [string, string[]] {
  const template = SHELLS[shell] ?? shell;
  const parts = template.includes('{0}') ? template.split(/\s+/) : [...template.split(/\s+/), '{0}'];
  const args = parts.slice(1).map((a) => a.replace('{0}', script));
  return [parts[0]!, args];
}

export async function runScript(s: StepRun): Promise<StepOutcome> {
  const { step, job } = s;
  const defaults = s.run.spec.defaults?.run;
  const shell = step.shell ?? job.job.defaults?.run?.shell ?? defaults?.shell ?? UNSPECIFIED_SHELL;
  const dir = step['working-directory'] ?? job.job.defaults?.run?.['working-directory'] ?? defaults?.['working-directory'];
  const script = path.join(job.runnerTemp, `step-${s.index}.sh`);
  await writeFile(script, String(step.run));
  const [cmd, args] = shellCommand(shell, script);
  const cwd = dir ? path.resolve(job.workspace, evaluateValue(dir, s.scope('working-directory', s.stepEnv))) : job.workspace;
  const res = await runChild(cmd, args, cwd, s.env, s.log, s.timeoutMs);
  await s.collect();
  const outputs = await readCommandFile(s.files.GITHUB_OUTPUT);
  if (res.code === 0) return { status: 'ok', note: '', outputs };
  return {
    status: 'failed',
    note: res.timedOut ? `timed out after ${s.timeoutMs / 60_000} min` : `exit ${res.code}: ${await failureLine(s.log)} (log: ${s.log})`,
    outputs,
  };
}

/** The environment a step's process starts with, as the runner sets it: the base, CI, the GITHUB_* and RUNNER_* variables, the step's files, the step's env, GITHUB_PATH's folders before PATH. */
import path from 'node:path';
import type { Json } from './expressions.js';
import type { StepFiles } from './runner-files.js';

export interface StepEnvironment {
  baseEnv: Record<string, string>;
  /** The github context as the run was given it (repository, sha, ref, actor, run_*...). */
  github: Record<string, Json>;
  job: string;
  workspace: string;
  runnerTemp: string;
  eventName: string;
  eventFile: string;
  files: StepFiles;
  /** The step's env: the workflow's, the job's, GITHUB_ENV's so far and the step's own, evaluated. */
  stepEnv: Record<string, string>;
  /** GITHUB_PATH's folders so far, the latest first. */
  extraPath: readonly string[];
}

export function stepProcessEnv(e: StepEnvironment): Record<string, string> {
  const { github } = e;
  const env: Record<string, string> = {
    ...e.baseEnv,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: e.workspace,
    GITHUB_JOB: e.job,
    GITHUB_EVENT_NAME: e.eventName,
    GITHUB_EVENT_PATH: e.eventFile,
    GITHUB_RUN_ATTEMPT: String(github.run_attempt ?? '1'),
    GITHUB_RUN_NUMBER: String(github.run_number ?? '1'),
    GITHUB_TRIGGERING_ACTOR: String(github.triggering_actor ?? github.actor ?? ''),
    GITHUB_REPOSITORY: String(github.repository ?? ''),
    GITHUB_SHA: String(github.sha ?? ''),
    GITHUB_REF: String(github.ref ?? ''),
    GITHUB_ACTOR: String(github.actor ?? ''),
    GITHUB_RUN_ID: String(github.run_id ?? ''),
    GITHUB_SERVER_URL: String(github.server_url ?? ''),
    GITHUB_API_URL: String(github.api_url ?? ''),
    RUNNER_TEMP: e.runnerTemp,
    RUNNER_OS: 'Linux',
    ...e.files,
    ...e.stepEnv,
  };
  if (e.extraPath.length > 0) env.PATH = [...e.extraPath, env.PATH ?? ''].join(path.delimiter);
  return env;
}

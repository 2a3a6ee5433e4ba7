/** What a job's steps share (its folders, contexts, env, status, the steps so far), and what one step is given to run. */
import type { JobStatus, Json, Known, Scope } from './expressions.js';
import type { WorkflowRun } from './run-context.js';
import type { StepFiles } from './runner-files.js';
import type { StepRecord, StepStatus } from './step-result.js';
import type { JobSpec, StepSpec } from './workflow.js';

export interface StepContext {
  outputs: Record<string, string>;
  outcome: string;
  conclusion: string;
}

export interface JobState {
  name: string;
  job: JobSpec;
  /** This job's folder in the run's: the step logs. */
  dir: string;
  workspace: string;
  runnerTemp: string;
  /** The steps and needed jobs an expression may reference. */
  known: Known;
  status: JobStatus;
  /** github, needs, runner, job and the run's contexts, as they are now. */
  contexts(): Record<string, Json>;
  /** The workflow's and the job's env, evaluated. */
  env: Record<string, string>;
  /** What GITHUB_ENV (and the actions table) set for later steps. */
  fileEnv: Record<string, string>;
  /** GITHUB_PATH's folders, the latest first. */
  extraPath: string[];
  steps: StepRecord[];
  stepsContext: Record<string, StepContext>;
  timeoutMs: number;
}

/** One step about to run: its env and `with:` evaluated, its files made, its log started. */
export interface StepRun {
  run: WorkflowRun;
  job: JobState;
  step: StepSpec;
  index: number;
  label: string;
  /** "job <name>, step <label>", for messages. */
  where: string;
  /** The step's env, evaluated (without the runner's variables). */
  stepEnv: Record<string, string>;
  with: Record<string, string>;
  /** The process's environment: stepEnv with the runner's variables. */
  env: Record<string, string>;
  files: StepFiles;
  log: string;
  timeoutMs: number;
  scope(field: string, env: Record<string, string>): Scope;
  /** GITHUB_ENV, GITHUB_PATH and the summary taken into the job after the step's process. */
  collect(): Promise<void>;
}

/** How a step ended; outcome (steps.<id>.outcome) follows status unless given. */
export interface StepOutcome {
  status: StepStatus;
  note: string;
  outputs?: Record<string, string>;
  outcome?: string;
}

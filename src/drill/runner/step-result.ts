/** What the drill records of each step and job, for the progress lines, the table and --json. */

export type StepStatus = 'ok' | 'failed' | 'skipped';

export interface StepRecord {
  job: string;
  /** The step's id, else its name, else what it runs. */
  step: string;
  status: StepStatus;
  /** Why it was skipped or failed, or what a local equivalent did instead. */
  note: string;
  seconds: number;
  outputs: Record<string, string>;
}

export type JobResult = 'success' | 'failure' | 'skipped' | 'cancelled';

export interface JobRecord {
  job: string;
  result: JobResult;
  note: string;
  seconds: number;
  steps: StepRecord[];
  outputs: Record<string, string>;
}

export interface WorkflowRecord {
  file: string;
  ok: boolean;
  seconds: number;
  jobs: JobRecord[];
  /** Where the step summaries were collected. */
  summaryFile: string;
}

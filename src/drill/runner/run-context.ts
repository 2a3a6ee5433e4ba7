/** What every job of one run shares: the event and its file, the contexts every expression sees, the workflow's env, the jobs done so far. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluateMap, type JobStatus, type Json } from './expressions.js';
import type { RunWorkflowOptions } from './options.js';
import type { JobRecord } from './step-result.js';
import type { WorkflowSpec } from './workflow.js';
import { resolveInputs } from './workflow-inputs.js';

export interface WorkflowRun {
  options: RunWorkflowOptions;
  spec: WorkflowSpec;
  eventName: string;
  /** GITHUB_EVENT_PATH: the event's payload. */
  eventFile: string;
  /** Where the steps' summaries are collected. */
  summaryFile: string;
  /** github (with the event), inputs, vars, secrets. */
  base: Record<string, Json>;
  workflowEnv: Record<string, string>;
  /** The jobs run so far, in the order they ran. */
  done: Map<string, JobRecord>;
}

/** No step or job has failed: the status of what is evaluated outside a job's steps. */
export const NO_STATUS: JobStatus = { failed: false, cancelled: false };

/** The run's inputs and contexts (bad inputs refused before anything is written), then its folder, summary file and event file. */
export async function startRun(o: RunWorkflowOptions): Promise<WorkflowRun> {
  const spec = o.workflow.spec;
  const eventName = o.event?.name ?? 'workflow_dispatch';
  // Only a dispatch (or a call) has inputs; on any other event the inputs context is empty.
  const inputs = eventName === 'workflow_dispatch' ? resolveInputs(o.workflow, o.inputs) : {};
  const event = o.event?.payload ?? { inputs: inputs as Json };
  const base = { github: { ...o.github, event_name: eventName, event }, inputs, vars: o.vars, secrets: o.secrets } as Record<string, Json>;
  const workflowEnv = evaluateMap(spec.env, (k) => ({ contexts: base, status: NO_STATUS, where: `env.${k}` }));
  const summaryFile = path.join(o.work, 'step-summaries.md');
  await mkdir(o.work, { recursive: true });
  await writeFile(summaryFile, '');
  const eventFile = path.join(o.work, 'event.json');
  await writeFile(eventFile, JSON.stringify(event, null, 2));
  return { options: o, spec, eventName, eventFile, summaryFile, base, workflowEnv, done: new Map() };
}

/** Runs a small workflow written by a test through the runner alone: its record, its log lines, and lookups of a step and a job. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readActionManifest } from '../../../src/drill/runner/action-manifest.js';
import type { RunWorkflowOptions } from '../../../src/drill/runner/options.js';
import { runWorkflow } from '../../../src/drill/runner/run-workflow.js';
import { loadWorkflow } from '../../../src/drill/runner/workflow.js';
import { ROOT } from '../../harness/run-dist.js';

export async function runSmall(dir: string, yaml: string, options: Partial<RunWorkflowOptions> = {}) {
  const file = path.join(dir, `wf-${Math.random().toString(36).slice(2)}.yml`);
  await writeFile(file, yaml);
  const lines: string[] = [];
  const record = await runWorkflow({
    workflow: await loadWorkflow(file),
    inputs: {},
    vars: {},
    secrets: {},
    github: { repository: 'acme/events', sha: 'abc', ref: 'refs/heads/main', actor: 'drill' },
    work: await mkdtemp(path.join(dir, 'work-')),
    runner: await mkdtemp(path.join(dir, 'runner-')),
    baseEnv: { PATH: process.env.PATH ?? '', HOME: os.homedir() },
    action: await readActionManifest(ROOT),
    actionNames: ['acme/dynamodb-rollback'],
    localActions: {},
    gate: async () => true,
    node: process.execPath,
    onLine: (l) => lines.push(l),
    ...options,
  });
  const step = (job: string, id: string) => record.jobs.find((j) => j.job === job)?.steps.find((s) => s.step === id);
  return { record, lines, step, job: (name: string) => record.jobs.find((j) => j.job === name)! };
}

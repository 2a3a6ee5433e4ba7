/**
 * mitigate.yml's own rules, beside the checks every workflow passes
 * (workflows.test.ts: GitHub's parser, actionlint, shellcheck, pins, no
 * expressions in run:): assess needs no approval, a change runs only in the
 * stage's environment, every input given to the action is one action.yml
 * declares, and a revert reads the artifact an on-demand run keeps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../harness/run-dist.js';

interface Step {
  id?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  environment?: unknown;
  needs?: unknown;
  if?: string;
  permissions?: Record<string, string>;
  'timeout-minutes'?: number;
  steps: Step[];
}
interface Wf {
  on: { workflow_dispatch: { inputs: Record<string, { options?: string[] }> } };
  concurrency: unknown;
  permissions: unknown;
  jobs: Record<string, Job>;
}

const wf = parse(readFileSync(path.join(ROOT, '.github', 'workflows', 'mitigate.yml'), 'utf8')) as Wf;
const actionInputs = Object.keys(
  (parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs,
);
const ours = (j: Job) => j.steps.filter((s) => s.uses === './');

describe('mitigate.yml', () => {
  it('is dispatched with a stage and one of assess, on-demand, revert', () => {
    expect(wf.on.workflow_dispatch.inputs.action!.options).toEqual(['assess', 'on-demand', 'revert']);
    expect(Object.keys(wf.on.workflow_dispatch.inputs)).toContain('stage');
  });

  it('shares the per-stage concurrency group of every dynamodb-rollback workflow, never cancelling', () => {
    expect(wf.concurrency).toEqual({ group: 'dynamodb-rollback-${{ inputs.stage }}', 'cancel-in-progress': false });
  });

  it('assess runs without an environment (no approval) and only reads', () => {
    const a = wf.jobs.assess!;
    expect(a.environment).toBeUndefined();
    // actions: read for the environment's protection rules, checked before a change job asks for the environment.
    expect(a.permissions).toEqual({ contents: 'read', 'id-token': 'write', actions: 'read' });
    expect(ours(a).map((s) => s.with!.command)).toEqual(['assess']);
  });

  it('a change runs only in the environment dynamodb-rollback-<stage>, after assess, never for action assess', () => {
    const c = wf.jobs.change!;
    expect([c.environment, c.needs, c.if]).toEqual(['dynamodb-rollback-${{ inputs.stage }}', 'assess', "inputs.action != 'assess'"]);
    expect(ours(c).map((s) => [s.with!.command, s.if])).toEqual([
      ['trusted-record', "inputs.action == 'revert'"],
      ['mitigate', "inputs.action == 'on-demand'"],
      ['mitigate', "inputs.action == 'revert'"],
    ]);
    expect(c.permissions).toEqual({ contents: 'read', 'id-token': 'write', actions: 'read' });
  });

  it('gives the action only inputs action.yml declares', () => {
    const given = Object.values(wf.jobs).flatMap((j) => ours(j).flatMap((s) => Object.keys(s.with ?? {})));
    expect(given.filter((k) => !actionInputs.includes(k))).toEqual([]);
  });

  it('sets timeout-minutes on every job, longer than mitigate waits for ACTIVE', () => {
    for (const j of Object.values(wf.jobs)) expect(j['timeout-minutes']).toBeGreaterThan(0);
    const waits = ours(wf.jobs.change!)
      .filter((s) => s.with!.command === 'mitigate')
      .map((s) => Number(s.with!.timeout));
    expect(Math.max(...waits) / 60).toBeLessThan(wf.jobs.change!['timeout-minutes']!);
  });

  it('a revert reads the report artifact an on-demand run keeps, believed only from a mitigate.yml run (trusted-record)', () => {
    const steps = wf.jobs.change!.steps;
    const kept = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(steps.some((s) => s.uses?.startsWith('actions/download-artifact@'))).toBe(false);
    const read = ours(wf.jobs.change!).find((s) => s.with!.command === 'trusted-record')!;
    // trusted-record looks for the artifact of this name (src/finish/trusted-record.ts).
    expect(kept.with!.name).toBe('dynamodb-rollback-mitigate-${{ inputs.stage }}');
    expect(read.with!['mitigate-run']).toBe('${{ inputs.report-run }}');
    const revert = ours(wf.jobs.change!).find((s) => s.id === 'revert')!;
    expect(revert.with!.revert).toBe(`${String(read.with!['record-dir'])}/report.json`);
    expect(kept.with!.path).toBe(ours(wf.jobs.change!).find((s) => s.id === 'on-demand')!.with!.report);
  });
});

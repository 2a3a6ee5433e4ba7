/**
 * The workflow runner on small workflows of its own: needs order, if with
 * the status functions, outputs wiring, env/with evaluation, GITHUB_ENV,
 * this package's action through the committed bundle, the gate, and the
 * references that cannot resolve.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../../src/core/errors.js';
import type { LocalAction } from '../../../src/drill/runner/local-action.js';
import type { RunWorkflowOptions } from '../../../src/drill/runner/options.js';
import { runSmall } from './run-small.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-runner-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const noop: LocalAction = {
  equivalent: 'nothing',
  run: async (ctx) => ({ status: 'ok', note: `noop ${ctx.with.say ?? ''}`, env: { FROM_ACTION: 'set' } }),
};

const run = (yaml: string, more: Partial<RunWorkflowOptions> = {}) =>
  runSmall(dir, yaml, { vars: { REGION_VAR: 'us-east-1' }, localActions: { 'acme/noop': noop }, ...more });

describe('runWorkflow', () => {
  it('runs jobs in needs order and wires step outputs into job outputs and needs', async () => {
    const { record, job, step } = await run(`
on:
  workflow_dispatch:
    inputs:
      who: { type: string, default: world }
jobs:
  second:
    needs: first
    runs-on: ubuntu-latest
    steps:
      - id: echo
        env:
          GOT: \${{ needs.first.outputs.greeting }}
        run: test "$GOT" = "hello world" && echo "len=\${#GOT}" >> "$GITHUB_OUTPUT"
  first:
    runs-on: ubuntu-latest
    outputs:
      greeting: \${{ steps.make.outputs.text }}
    steps:
      - id: make
        env:
          WHO: \${{ inputs.who }}
        run: |
          echo "text=hello $WHO" >> "$GITHUB_OUTPUT"
`);
    expect(record.jobs.map((j) => j.job)).toEqual(['first', 'second']);
    expect(job('first').outputs).toEqual({ greeting: 'hello world' });
    expect(step('second', 'echo')).toMatchObject({ status: 'ok', outputs: { len: '11' } });
    expect(record.ok).toBe(true);
  });

  it('skips by if:, runs failure() and always() steps after a failure, and fails the job', async () => {
    const { record, step, job } = await run(`
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: skipped
        if: \${{ vars.REGION_VAR == 'eu-west-1' }}
        run: exit 1
      - id: boom
        run: |
          echo "about to fail"
          exit 3
      - id: after
        run: echo never
      - id: onfail
        if: failure() && steps.boom.outcome == 'failure'
        run: echo "handled"
      - id: last
        if: always()
        run: echo done
  next:
    needs: j
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  cleanup:
    needs: j
    if: always() && needs.j.result == 'failure'
    runs-on: ubuntu-latest
    steps:
      - id: c
        run: echo cleaning
`);
    expect(step('j', 'skipped')?.status).toBe('skipped');
    expect(step('j', 'boom')).toMatchObject({ status: 'failed' });
    expect(step('j', 'boom')?.note).toContain('exit 3');
    expect(step('j', 'after')?.status).toBe('skipped');
    expect(step('j', 'onfail')?.status).toBe('ok');
    expect(step('j', 'last')?.status).toBe('ok');
    expect(job('next').result).toBe('skipped');
    expect(step('cleanup', 'c')?.status).toBe('ok');
    expect(record.ok).toBe(false);
  });

  it('evaluates env at every level, carries GITHUB_ENV to later steps, and runs local actions from the table', async () => {
    const { record, step } = await run(`
on: workflow_dispatch
env:
  TOP: top-\${{ github.repository }}
jobs:
  j:
    runs-on: ubuntu-latest
    env:
      MID: mid-\${{ env.TOP }}
    steps:
      - uses: acme/noop@0123456789012345678901234567890123456789
        with:
          say: \${{ env.MID }}
      - run: echo "LATER=from-env-file" >> "$GITHUB_ENV"
      - id: check
        env:
          STEP: \${{ env.LATER }}
        run: |
          test "$TOP" = "top-acme/events"
          test "$MID" = "mid-top-acme/events"
          test "$STEP" = "from-env-file"
          test "$FROM_ACTION" = "set"
          test "$GITHUB_WORKSPACE" = "$PWD"
`);
    expect(step('j', 'check')).toMatchObject({ status: 'ok' });
    expect(record.jobs[0]!.steps[0]!.note).toBe('noop mid-top-acme/events');
  });

  it("runs this package's action from its bundle with INPUT_* and reads its outputs back", async () => {
    const { step } = await run(`
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: cfg
        uses: ./
        with:
          command: config
          stage: drill-\${{ vars.REGION_VAR }}
          region: \${{ vars.REGION_VAR }}
      - id: by-name
        uses: acme/dynamodb-rollback@0123456789012345678901234567890123456789
        with:
          command: config
          stage: \${{ steps.cfg.outputs.stage }}
      - env:
          STAGE: \${{ steps.by-name.outputs.stage }}
        run: test "$STAGE" = "drill-us-east-1"
`);
    expect(step('j', 'cfg')).toMatchObject({
      status: 'ok',
      outputs: expect.objectContaining({ stage: 'drill-us-east-1', region: 'us-east-1', ok: 'true' }),
    });
    expect(step('j', 'by-name')?.status).toBe('ok');
  });

  it('fails at the step that uses a step which is not there, or an output that does not exist, naming it', async () => {
    const { step, job } = await run(`
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    outputs:
      missing: \${{ steps.cfg.outputs.stagee }}
    steps:
      - id: cfg
        uses: ./
        with:
          command: config
      - id: typo
        env:
          X: \${{ steps.cfg.outputs.stagee }}
        run: echo "$X"
      - id: gone
        if: always()
        env:
          X: \${{ steps.export.outputs.out }}
        run: echo "$X"
`);
    expect(step('j', 'typo')).toMatchObject({ status: 'failed' });
    expect(step('j', 'typo')?.note).toContain('steps.cfg.outputs.stagee is not an output of step cfg');
    expect(step('j', 'gone')?.note).toContain('steps.export is not a step before this one');
    expect(job('j').result).toBe('failure');
  });

  it('fails at a job that reads an output its needed job does not declare', async () => {
    const { step } = await run(`
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      dir: x
    steps:
      - run: true
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - id: use
        env:
          D: \${{ needs.a.outputs.folder }}
        run: echo "$D"
`);
    expect(step('b', 'use')?.note).toContain('needs.a.outputs.folder is not an output of job a (it has: dir)');
  });

  it('names an action it has no equivalent for, and fails there', async () => {
    const { step } = await run(`
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: other
        uses: someone/deploy-everything@0123456789012345678901234567890123456789
`);
    expect(step('j', 'other')).toMatchObject({ status: 'failed' });
    expect(step('j', 'other')?.note).toContain('uses someone/deploy-everything@');
  });

  it('asks the gate before a job in an environment, and skips it unapproved', async () => {
    const asked: string[] = [];
    const { record, job } = await run(
      `
on: workflow_dispatch
jobs:
  guarded:
    runs-on: ubuntu-latest
    environment: dynamodb-rollback-drill
    steps:
      - run: touch "$RUNNER_TEMP/ran"
`,
      { gate: async (j, env) => (asked.push(`${j}:${env}`), false) },
    );
    expect(asked).toEqual(['guarded:dynamodb-rollback-drill']);
    expect(job('guarded')).toMatchObject({ result: 'skipped', steps: [] });
    expect(record.ok).toBe(false);
  });

  it('refuses an unknown or missing dispatch input before anything runs', async () => {
    const yaml = `
on:
  workflow_dispatch:
    inputs:
      reason: { required: true, type: string }
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: true
`;
    await expect(run(yaml)).rejects.toThrow('--input reason: ');
    await expect(run(yaml)).rejects.toThrow(InputError);
    await expect(run(yaml, { inputs: { reason: 'x', reasno: 'y' } })).rejects.toThrow('has no input reasno');
  });

  it('runs run: with the shell the runner would: bash -e by default, pipefail with shell: bash, working-directory', async () => {
    const { step } = await run(
      `
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: default
        run: false | true
      - id: bash
        if: always()
        shell: bash
        run: false | true
      - id: dir
        if: always()
        working-directory: sub
        run: mkdir -p . && test "$(basename "$PWD")" = sub
`,
      {
        prepareWorkspace: async (_job, ws) => {
          const { mkdir } = await import('node:fs/promises');
          await mkdir(path.join(ws, 'sub'));
        },
      },
    );
    expect(step('j', 'default')?.status).toBe('ok');
    expect(step('j', 'bash')?.status).toBe('failed');
    expect(step('j', 'dir')?.status).toBe('ok');
  });

  it('collects the step summaries', async () => {
    const { record } = await run(`
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo "### hello" >> "$GITHUB_STEP_SUMMARY"
`);
    expect(await readFile(record.summaryFile, 'utf8')).toContain('### hello');
  });
});

/**
 * The runner alone on small workflows written here: the kinds of step
 * (run: with its shell, the action under test with its adapters, the
 * actions table), continue-on-error, GITHUB_PATH and multi-line outputs,
 * job defaults, a job's outputs that cannot be evaluated. No rehearsal:
 * no scratch app, services or gate of the drill.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LocalAction } from '../../../src/drill/runner/local-action.js';
import type { RunWorkflowOptions } from '../../../src/drill/runner/options.js';
import { shellCommand } from '../../../src/drill/runner/step-run.js';
import { isThisAction } from '../../../src/drill/runner/step-this-action.js';
import { runSmall } from './run-small.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-runner-steps-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const table: Record<string, LocalAction> = {
  'acme/skip': { equivalent: 'nothing', run: async () => ({ status: 'skipped', note: 'cannot happen here' }) },
  'acme/throw': { equivalent: 'nothing', run: async () => Promise.reject(new Error('no such folder')) },
  'acme/out': { equivalent: 'outputs', run: async (ctx) => ({ status: 'ok', note: '', outputs: { job: ctx.job, where: ctx.workspace } }) },
};

const run = (yaml: string, more: Partial<RunWorkflowOptions> = {}) =>
  runSmall(dir, yaml, {
    github: { repository: 'acme/events', sha: 'abc', ref: 'refs/heads/main', actor: 'ana' },
    actionNames: ['*/dynamodb-rollback'],
    localActions: table,
    ...more,
  });

describe('the kinds of step', () => {
  it('runs a shell line as the runner splits it: a known shell, a template with {0}, a command without one', () => {
    expect(shellCommand('bash', '/t/s.sh')).toEqual(['bash', ['--noprofile', '--norc', '-eo', 'pipefail', '/t/s.sh']]);
    expect(shellCommand('perl -w {0}', '/t/s.sh')).toEqual(['perl', ['-w', '/t/s.sh']]);
    expect(shellCommand('node', '/t/s.sh')).toEqual(['node', ['/t/s.sh']]);
  });

  it('knows the action under test by ./, by its name, or by any owner with "*"', () => {
    expect(isThisAction('./', [])).toBe(true);
    expect(isThisAction('acme/dynamodb-rollback@v1', ['acme/dynamodb-rollback'])).toBe(true);
    expect(isThisAction('Fork/DynamoDB-Rollback@0123', ['*/dynamodb-rollback'])).toBe(true);
    expect(isThisAction('acme/other@v1', ['*/dynamodb-rollback'])).toBe(false);
    expect(isThisAction('acme/not-dynamodb-rollback@v1', ['acme/dynamodb-rollback'])).toBe(false);
  });

  it("uses the job's and the workflow's run defaults, the step's own first", async () => {
    const { step } = await run(
      `
on: workflow_dispatch
defaults:
  run:
    shell: bash
jobs:
  j:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: sub
    steps:
      - id: defaults
        run: echo "dir=$(basename "$PWD") $(set -o | grep pipefail | tr -s ' \\t' ' ')" >> "$GITHUB_OUTPUT"
      - id: own
        shell: bash -e {0}
        working-directory: .
        run: echo "dir=$(basename "$PWD") $(set -o | grep pipefail | tr -s ' \\t' ' ')" >> "$GITHUB_OUTPUT"
`,
      {
        prepareWorkspace: async (_job, ws) => {
          const { mkdir } = await import('node:fs/promises');
          await mkdir(path.join(ws, 'sub'));
        },
      },
    );
    expect(step('j', 'defaults')).toMatchObject({ status: 'ok', outputs: { dir: 'sub pipefail on' } });
    expect(step('j', 'own')).toMatchObject({ status: 'ok', outputs: { dir: 'events pipefail off' } });
  });

  it('takes the outputs of an action of the table, and records its skip or its failure by name', async () => {
    const { step, job } = await run(`
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: out
        uses: acme/out@v1
      - id: skip
        uses: acme/skip@v1
      - id: check
        env:
          JOB: \${{ steps.out.outputs.job }}
          OUTCOME: \${{ steps.skip.outcome }}
        run: test "$JOB" = j && test "$OUTCOME" = skipped
      - id: throw
        uses: acme/throw@v1
`);
    expect(step('j', 'out')?.outputs.where).toMatch(/work\/events\/events$/);
    expect(step('j', 'skip')).toMatchObject({ status: 'skipped', note: 'cannot happen here' });
    expect(step('j', 'check')?.status).toBe('ok');
    expect(step('j', 'throw')).toMatchObject({ status: 'failed', note: 'acme/throw@v1: no such folder' });
    expect(job('j')).toMatchObject({ result: 'failure', note: 'failed at throw' });
  });

  it("runs the action under test with an adapter's inputs added (never overriding) and its skip recorded as a success", async () => {
    const seen: Record<string, string>[] = [];
    const adapters: RunWorkflowOptions['adapters'] = {
      config: {
        before: () => ({ add: { stage: 'from-adapter', region: 'eu-west-1' }, note: 'stage added' }),
        after: (inputs, outputs) => (seen.push(inputs), outputs.stage === 'from-adapter' ? { skipped: 'not here' } : { note: 'ran' }),
      },
    };
    const { step, record } = await run(
      `
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: added
        uses: ./
        with:
          command: config
      - id: given
        uses: ./
        with:
          command: config
          stage: mine
      - env:
          OUTCOME: \${{ steps.added.outcome }}/\${{ steps.added.conclusion }}
        run: test "$OUTCOME" = success/success
`,
      { adapters },
    );
    expect(step('j', 'added')).toMatchObject({
      status: 'skipped',
      note: 'not here',
      outputs: expect.objectContaining({ stage: 'from-adapter', region: 'eu-west-1' }),
    });
    expect(step('j', 'given')).toMatchObject({
      status: 'ok',
      note: 'stage added; ran',
      outputs: expect.objectContaining({ stage: 'mine', region: 'eu-west-1' }),
    });
    expect(seen[1]).toMatchObject({ stage: 'mine', region: 'eu-west-1', command: 'config' });
    expect(record.jobs[0]!.result).toBe('success');
  });
});

describe('a job and its steps', () => {
  it('fails a step that neither runs nor uses, naming it, and skips the steps after it', async () => {
    const { step, job } = await run(`
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - name: nothing
      - id: after
        run: true
`);
    expect(step('j', 'nothing')).toMatchObject({ status: 'failed', note: 'job j, step nothing: neither run: nor uses:' });
    expect(step('j', 'after')).toMatchObject({ status: 'skipped', note: 'if: success(), and an earlier step failed' });
    expect(job('j').result).toBe('failure');
  });

  it('lets a step fail under continue-on-error: outcome failure, conclusion success, the job goes on and succeeds', async () => {
    const { step, job } = await run(`
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 4
      - id: next
        env:
          SEEN: \${{ steps.flaky.outcome }}-\${{ steps.flaky.conclusion }}
        run: test "$SEEN" = failure-success
`);
    expect(step('j', 'flaky')).toMatchObject({ status: 'failed' });
    expect(step('j', 'next')?.status).toBe('ok');
    expect(job('j').result).toBe('success');
  });

  it("puts GITHUB_PATH's folders on later steps' PATH, and reads multi-line outputs", async () => {
    const { step } = await run(`
on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: |
          mkdir -p "$RUNNER_TEMP/bin"
          printf '#!/bin/sh\\necho from-tool\\n' > "$RUNNER_TEMP/bin/mytool"
          chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
      - id: use
        run: |
          {
            echo "said<<END"
            mytool
            echo "second line"
            echo "END"
          } >> "$GITHUB_OUTPUT"
`);
    expect(step('j', 'use')).toMatchObject({ status: 'ok', outputs: { said: 'from-tool\nsecond line' } });
  });

  it('fails a job whose outputs cannot be evaluated, and a job that calls a reusable workflow, and skips the jobs that need them', async () => {
    const { job, lines } = await run(`
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      x: \${{ steps.nothere.outputs.y }}
    steps:
      - run: true
  b:
    uses: acme/workflows/.github/workflows/deploy.yml@v1
  c:
    needs: [a]
    runs-on: ubuntu-latest
    steps:
      - run: true
`);
    expect(job('a')).toMatchObject({ result: 'failure', outputs: {} });
    expect(job('a').note).toContain('steps.nothere is not a step before this one');
    expect(job('b')).toMatchObject({
      result: 'failure',
      note: 'job b calls the reusable workflow acme/workflows/.github/workflows/deploy.yml@v1: the drill runs one workflow file at a time',
    });
    expect(job('c').result).toBe('skipped');
    expect(lines).toContain('skipped  c (if: success(), and a job it needs did not succeed)');
  });

  it("gives each job the same workspace path, emptied, and the event's payload in GITHUB_EVENT_PATH", async () => {
    const { step, record } = await run(
      `
on: push
jobs:
  first:
    runs-on: ubuntu-latest
    outputs:
      ws: \${{ steps.w.outputs.ws }}
    steps:
      - id: w
        run: touch left-over && echo "ws=$GITHUB_WORKSPACE" >> "$GITHUB_OUTPUT"
  second:
    needs: first
    runs-on: ubuntu-latest
    steps:
      - id: same
        env:
          WS: \${{ needs.first.outputs.ws }}
          REF: \${{ github.event.ref }}
        run: |
          test "$WS" = "$GITHUB_WORKSPACE" && test ! -e left-over
          test "$REF" = refs/heads/main && test "$GITHUB_EVENT_NAME" = push
          grep -q '"ref": "refs/heads/main"' "$GITHUB_EVENT_PATH"
`,
      { event: { name: 'push', payload: { ref: 'refs/heads/main' } } },
    );
    expect(step('second', 'same')?.status).toBe('ok');
    expect(record.ok).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from '../harness/run-dist.js';
import {
  actionInputFindings,
  actionlintFindings,
  artifactFindings,
  chainFindings,
  checkWorkflow,
  concurrencyFindings,
  dryRunFindings,
  environmentFindings,
  expressionsInRun,
  parserFindings,
  permissionFindings,
  projectFindings,
  readWorkflow,
  sessionFindings,
  shellcheckFindings,
  timeoutFindings,
  triggerFindings,
  unpinnedActions,
  withShellcheck,
} from '../harness/workflows.js';

// Every rule must be able to fail: each is shown a copy of rollback.yml broken the way it guards against.
const read = (name: string) => readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8');
const original = read('rollback.yml');
const finish = read('rollback-finish.yml');

/** rollback.yml (or another) with one change made through the YAML document (comments kept). */
function mutated(change: (doc: ReturnType<typeof parseDocument>) => void, text: string = original): string {
  const doc = parseDocument(text);
  change(doc);
  return doc.toString({ lineWidth: 0 });
}

const stepIndex = (doc: ReturnType<typeof parseDocument>, job: string, id: string): number =>
  (doc.getIn(['jobs', job, 'steps']) as { items: Array<{ get(k: string): unknown }> }).items.findIndex((s) => s.get('id') === id);

describe('workflow rules on mutated copies of rollback.yml', () => {
  it('start from a copy that holds every rule', () => {
    expect(projectFindings(mutated(() => {}))).toEqual([]);
  });

  it('timeoutFindings: a job without timeout-minutes', () => {
    const text = mutated((d) => d.deleteIn(['jobs', 'config-pr', 'timeout-minutes']));
    expect(timeoutFindings(readWorkflow(text))).toEqual(['config-pr: no timeout-minutes']);
  });

  it('permissionFindings: a write the job does not need, a missing permissions block, none at the top, AWS without id-token', () => {
    expect(permissionFindings(readWorkflow(mutated((d) => d.setIn(['jobs', 'preflight', 'permissions', 'contents'], 'write'))))).toEqual([
      "preflight: contents: write is more than the job's steps need",
    ]);
    expect(
      permissionFindings(readWorkflow(mutated((d) => d.setIn(['jobs', 'on-failure', 'permissions', 'pull-requests'], 'write')))),
    ).toEqual(["on-failure: pull-requests: write is more than the job's steps need"]);
    expect(permissionFindings(readWorkflow(mutated((d) => d.deleteIn(['jobs', 'rollback', 'permissions']))))).toEqual([
      'rollback: no permissions: of its own',
    ]);
    expect(permissionFindings(readWorkflow(mutated((d) => d.set('permissions', 'write-all'))))).toEqual([
      'the workflow does not set permissions: {} at the top',
    ]);
    expect(permissionFindings(readWorkflow(mutated((d) => d.deleteIn(['jobs', 'rollback', 'permissions', 'id-token']))))).toEqual([
      'rollback: uses AWS but lacks id-token: write (OIDC)',
    ]);
    expect(permissionFindings(readWorkflow(mutated((d) => d.setIn(['jobs', 'config-pr', 'permissions'], 'write-all'))))[0]).toMatch(
      /grants every scope/,
    );
  });

  it('environmentFindings: the data job without the stage environment, or with a fixed one', () => {
    expect(environmentFindings(readWorkflow(mutated((d) => d.deleteIn(['jobs', 'rollback', 'environment']))))).toEqual([
      'rollback: runs app-command maintenanceOn outside the environment dynamodb-rollback-${{ <stage> }} (none)',
    ]);
    expect(environmentFindings(readWorkflow(mutated((d) => d.setIn(['jobs', 'rollback', 'environment'], 'production'))))).toHaveLength(1);
  });

  it('unpinnedActions: a tag, a branch, a SHA without its version comment', () => {
    const tag = original.replace(/actions\/upload-artifact@[0-9a-f]{40}/, 'actions/upload-artifact@v7');
    expect(unpinnedActions(tag)).toEqual([expect.stringMatching(/actions\/upload-artifact@v7 is not pinned/)]);
    const noComment = original.replace(/(aws-actions\/configure-aws-credentials@[0-9a-f]{40}) # v[\d.]+/g, '$1');
    expect(unpinnedActions(noComment)).toHaveLength(2);
    expect(unpinnedActions(noComment)[0]).toMatch(/has no "# vX.Y.Z" comment/);
  });

  it('expressionsInRun: ${{ }} inside a run: script', () => {
    const text = original.replace(
      'echo "### Not ready: the rollback of $STAGE did not start"',
      'echo "### Not ready: the rollback of ${{ inputs.stage }} did not start"',
    );
    expect(text).not.toBe(original);
    expect(expressionsInRun(readWorkflow(text))).toEqual([expect.stringMatching(/^preflight: \$\{\{ \}\} inside run:/)]);
  });

  it('concurrencyFindings: a group not per stage, one that cancels, one left to default, none at all', () => {
    expect(concurrencyFindings(readWorkflow(mutated((d) => d.setIn(['concurrency', 'group'], 'dynamodb-rollback'))))).toEqual([
      'workflow: concurrency group dynamodb-rollback is not dynamodb-rollback-${{ <stage> }}, one per stage',
    ]);
    expect(
      concurrencyFindings(readWorkflow(mutated((d) => d.setIn(['concurrency', 'group'], '${{ github.workflow }}-${{ inputs.stage }}')))),
    ).toHaveLength(1);
    expect(concurrencyFindings(readWorkflow(mutated((d) => d.setIn(['concurrency', 'cancel-in-progress'], true))))).toEqual([
      'workflow: cancel-in-progress is true; a run in progress must never be cancelled',
    ]);
    expect(concurrencyFindings(readWorkflow(mutated((d) => d.deleteIn(['concurrency', 'cancel-in-progress']))))).toHaveLength(1);
    const none = concurrencyFindings(readWorkflow(mutated((d) => d.delete('concurrency'))));
    expect(none).toContain('rollback: no concurrency group (none at the top either)');
    expect(none).not.toContain('on-failure: no concurrency group (none at the top either)');
    // A job that may only read needs none; give it a write and it does.
    const readOnly = readWorkflow(
      mutated((d) => {
        d.delete('concurrency');
        d.setIn(['jobs', 'preflight', 'permissions'], { contents: 'read' });
      }),
    );
    expect(concurrencyFindings(readOnly)).not.toContain('preflight: no concurrency group (none at the top either)');
    const writes = readWorkflow(
      mutated((d) => {
        d.delete('concurrency');
        d.setIn(['jobs', 'preflight', 'permissions'], { contents: 'read', 'id-token': 'write' });
      }),
    );
    expect(concurrencyFindings(writes)).toContain('preflight: no concurrency group (none at the top either)');
  });

  it('chainFindings: export before backup, a step missing, verify without --live, status inside the data job, no config-pr after it', () => {
    const swapped = mutated((d) => {
      const steps = d.getIn(['jobs', 'rollback', 'steps']) as { items: unknown[] };
      const b = stepIndex(d, 'rollback', 'backup');
      const e = stepIndex(d, 'rollback', 'export');
      [steps.items[b], steps.items[e]] = [steps.items[e], steps.items[b]];
    });
    expect(chainFindings(readWorkflow(swapped))).toEqual([
      expect.stringMatching(/^rollback: steps run maintenance on → jobs stop → export → backup → rollback/),
    ]);
    const noPublish = mutated((d) => d.deleteIn(['jobs', 'rollback', 'steps', stepIndex(d, 'rollback', 'publish')]));
    expect(chainFindings(readWorkflow(noPublish))).toHaveLength(1);
    const notLive = mutated((d) => d.setIn(['jobs', 'rollback', 'steps', stepIndex(d, 'rollback', 'verify'), 'with', 'live'], false));
    expect(chainFindings(readWorkflow(notLive))[0]).toMatch(/rollback → publish/);
    const noPreflight = mutated((d) => d.setIn(['jobs', 'rollback', 'needs'], []));
    expect(chainFindings(readWorkflow(noPreflight))).toEqual(['rollback: does not need a job that runs status (preflight)']);
    const noPr = mutated((d) => d.deleteIn(['jobs', 'config-pr', 'steps', stepIndex(d, 'config-pr', 'config-pr')]));
    expect(chainFindings(readWorkflow(noPr))).toEqual(['rollback: no config-pr job follows it']);
  });

  it('actionInputFindings: an input, a command, an app-command name or an output action.yml does not have', () => {
    const input = mutated((d) => d.setIn(['jobs', 'rollback', 'steps', stepIndex(d, 'rollback', 'verify'), 'with', 'result'], 'x.json'));
    expect(actionInputFindings(input)).toEqual(['rollback: step verify: input result is not in action.yml']);
    const command = mutated((d) =>
      d.setIn(['jobs', 'rollback', 'steps', stepIndex(d, 'rollback', 'backup'), 'with', 'command'], 'snapshot'),
    );
    expect(actionInputFindings(command)).toEqual(['rollback: step backup: command snapshot is not one action.yml lists']);
    const name = mutated((d) => d.setIn(['jobs', 'rollback', 'steps', stepIndex(d, 'rollback', 'jobs-stop'), 'with', 'name'], 'stopJobs'));
    expect(actionInputFindings(name)[0]).toMatch(/app-command name stopJobs is not one of/);
    const output = original.replace('steps.publish.outputs.release-uri }}', 'steps.publish.outputs.release }}');
    expect(actionInputFindings(output)).toContain('rollback: steps.publish.outputs.release is not an output action.yml declares');
  });

  it('chainFindings and concurrencyFindings on rollback-finish.yml: maintenance off before verify, a data job without its group', () => {
    expect(projectFindings(finish)).toEqual([]);
    const early = mutated((d) => {
      const steps = d.getIn(['jobs', 'finish', 'steps']) as { items: unknown[] };
      const v = stepIndex(d, 'finish', 'verify');
      const off = stepIndex(d, 'finish', 'maintenance-off');
      [steps.items[v], steps.items[off]] = [steps.items[off], steps.items[v]];
    }, finish);
    expect(chainFindings(readWorkflow(early))).toEqual([
      expect.stringMatching(/^finish: steps run pull → health check → integration tests → maintenance off → verify --live/),
    ]);
    const ungrouped = mutated((d) => d.deleteIn(['jobs', 'comment', 'concurrency']), finish);
    expect(concurrencyFindings(readWorkflow(ungrouped))).toEqual(['comment: no concurrency group (none at the top either)']);
    const noEnv = mutated((d) => d.deleteIn(['jobs', 'finish', 'environment']), finish);
    expect(environmentFindings(readWorkflow(noEnv))).toEqual([
      'finish: runs pull outside the environment dynamodb-rollback-${{ <stage> }} (none)',
    ]);
    const commentWrites = mutated((d) => d.setIn(['jobs', 'comment', 'permissions', 'contents'], 'write'), finish);
    expect(permissionFindings(readWorkflow(commentWrites))).toEqual(["comment: contents: write is more than the job's steps need"]);
  });

  it('triggerFindings: the finish on a pull_request event, or not on push', () => {
    expect(triggerFindings(readWorkflow(finish))).toEqual([]);
    const onPull = mutated((d) => d.setIn(['on', 'pull_request'], { types: ['closed'] }), finish);
    expect(triggerFindings(readWorkflow(onPull))).toEqual([
      "the finish starts on pull_request: its job would run on the pull request's ref, not the default branch",
    ]);
    const noPush = mutated((d) => d.deleteIn(['on', 'push']), finish);
    expect(triggerFindings(readWorkflow(noPush))).toEqual(['the finish does not start on push (the merge reaching the default branch)']);
  });

  it('concurrencyFindings: the finish waiting in the shared group, where a later run replaces it', () => {
    const shared = mutated(
      (d) => d.setIn(['jobs', 'finish', 'concurrency', 'group'], 'dynamodb-rollback-${{ needs.resolve.outputs.stage }}'),
      finish,
    );
    expect(concurrencyFindings(readWorkflow(shared))).toEqual([
      expect.stringMatching(/^finish: turns maintenance off but waits in dynamodb-rollback-\$\{\{ needs.resolve.outputs.stage \}\}/),
    ]);
  });

  it('artifactFindings: upload-artifact without overwrite', () => {
    expect(artifactFindings(readWorkflow(finish))).toEqual([]);
    const text = mutated((d) => d.deleteIn(['jobs', 'rollback', 'steps', stepIndex(d, 'rollback', 'record') + 1, 'with', 'overwrite']));
    expect(artifactFindings(readWorkflow(text))).toEqual([
      'rollback: upload-artifact dynamodb-rollback-record-${{ inputs.stage }} without overwrite: true fails on a re-run',
    ]);
  });

  it('sessionFindings: a role session name without the run attempt', () => {
    expect(sessionFindings(readWorkflow(finish))).toEqual([]);
    const doc = parseDocument(original);
    const steps = (doc.getIn(['jobs', 'rollback', 'steps']) as { items: Array<{ get(k: string): unknown }> }).items;
    const aws = steps.findIndex((x) => String(x.get('uses')).startsWith('aws-actions/configure-aws-credentials@'));
    doc.setIn(['jobs', 'rollback', 'steps', aws, 'with', 'role-session-name'], 'dynamodb-rollback-${{ github.run_id }}');
    expect(sessionFindings(readWorkflow(doc.toString({ lineWidth: 0 })))).toEqual([
      'rollback: role-session-name "dynamodb-rollback-${{ github.run_id }}" lacks github.run_id or github.run_attempt',
    ]);
  });

  it('dryRunFindings: a write not skipped on a dry run, an S3 upload on one, a rollback not told', () => {
    const backup = mutated((d) => d.deleteIn(['jobs', 'rollback', 'steps', stepIndex(d, 'rollback', 'backup'), 'if']));
    expect(dryRunFindings(readWorkflow(backup))).toEqual(['rollback: backup runs on a dry run']);
    const upload = mutated((d) =>
      d.setIn(['jobs', 'rollback', 'steps', stepIndex(d, 'rollback', 'export'), 'with', 's3-uri'], '${{ vars.DYNAMODB_ROLLBACK_S3 }}/x'),
    );
    expect(dryRunFindings(readWorkflow(upload))).toEqual(['rollback: export uploads to S3 on a dry run']);
    const told = mutated((d) => d.deleteIn(['jobs', 'rollback', 'steps', stepIndex(d, 'rollback', 'rollback'), 'with', 'dry-run']));
    expect(dryRunFindings(readWorkflow(told))).toEqual(['rollback: rollback is not given the dry-run input']);
    const pr = mutated((d) => d.deleteIn(['jobs', 'config-pr', 'if']));
    expect(dryRunFindings(readWorkflow(pr))).toEqual(['config-pr: config-pr runs on a dry run']);
  });

  withShellcheck('shellcheckFindings: an unquoted variable', () => {
    const text = original.replace('cp "$REPORT" "$RECORD_DIR/rollback-report.json"', 'cp $REPORT "$RECORD_DIR/rollback-report.json"');
    expect(shellcheckFindings(readWorkflow(text)).join('\n')).toMatch(/SC2086/);
  });

  it('parserFindings and actionlintFindings: an unknown key, an output of a step that does not exist', async () => {
    const badKey = original.replace('    timeout-minutes: 20\n', '    timeout-minute: 20\n');
    expect(parserFindings(badKey, 'rollback.yml').length).toBeGreaterThan(0);
    expect((await actionlintFindings(badKey, 'rollback.yml')).length).toBeGreaterThan(0);
    const badOutput = original.replace('steps.status.outputs.ready }}', 'steps.statuz.outputs.ready }}');
    expect(await actionlintFindings(badOutput, 'rollback.yml')).toEqual([expect.stringMatching(/property "statuz" is not defined/)]);
  });

  withShellcheck('checkWorkflow reports what the parts report, and stops at what GitHub would reject', async () => {
    expect(await checkWorkflow(original, 'rollback.yml')).toEqual([]);
    const twoFaults = mutated((d) => d.deleteIn(['jobs', 'config-pr', 'timeout-minutes'])).replace(
      /actions\/upload-artifact@[0-9a-f]{40}/,
      'actions/upload-artifact@v7',
    );
    expect(await checkWorkflow(twoFaults, 'rollback.yml')).toEqual([
      expect.stringMatching(/upload-artifact@v7 is not pinned/),
      'config-pr: no timeout-minutes',
    ]);
    expect((await checkWorkflow('on: push\njobs:\n  j:\n    runs-onn: ubuntu-latest\n', 'x.yml'))[0]).toMatch(/^parser: /);
  });
});

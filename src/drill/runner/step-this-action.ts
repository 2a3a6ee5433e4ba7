/**
 * A step that uses the action under test (`uses: ./`, or one of the names
 * it goes by): its committed bundle run with node, the inputs as INPUT_*
 * over action.yml's defaults; an adapter per command says what cannot run here.
 */
import { inputVariable } from './action-manifest.js';
import { evaluateMap } from './expressions.js';
import type { StepOutcome, StepRun } from './job-state.js';
import { actionName } from './local-action.js';
import { failureLine, runChild } from './run-child.js';
import { readCommandFile } from './runner-files.js';

/** `./`, or a name the action goes by ("*" as the owner for any owner's). */
export function isThisAction(uses: string, actionNames: readonly string[]): boolean {
  if (uses === './' || uses === '.') return true;
  const name = actionName(uses);
  return actionNames.some((n) => n === name || (n.startsWith('*/') && name.endsWith(n.slice(1))));
}

export async function runThisAction(s: StepRun): Promise<StepOutcome> {
  const o = s.run.options;
  const given = { ...s.with };
  const command = given.command ?? '';
  const adapter = o.adapters?.[command];
  const before = adapter?.before?.(given) ?? null;
  // The runner evaluates action.yml's defaults too (the token's is ${{ github.token }}).
  const defaults = evaluateMap(o.action.defaults, (k) => s.scope(`action.yml default of ${k}`, s.stepEnv));
  const inputsForRun = {
    ...defaults,
    ...(before ? Object.fromEntries(Object.entries(before.add).filter(([k]) => given[k] === undefined)) : {}),
    ...given,
  };
  const env = { ...s.env };
  for (const [k, v] of Object.entries(inputsForRun)) env[inputVariable(k)] = v;
  const res = await runChild(o.node, [o.action.main], s.job.workspace, env, s.log, s.timeoutMs);
  await s.collect();
  const outputs = await readCommandFile(s.files.GITHUB_OUTPUT);
  if (res.code !== 0)
    return {
      status: 'failed',
      note: res.timedOut ? `timed out after ${s.timeoutMs / 60_000} min` : `${await failureLine(s.log)} (log: ${s.log})`,
      outputs,
    };
  const after = adapter?.after?.(inputsForRun, outputs) ?? null;
  if (after && 'skipped' in after) return { status: 'skipped', note: after.skipped, outputs, outcome: 'success' };
  return { status: 'ok', note: [before?.note, after?.note].filter(Boolean).join('; '), outputs };
}

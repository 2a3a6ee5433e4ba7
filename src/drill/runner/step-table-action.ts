/** A step that uses a third-party action: its local equivalent from the actions table, else a failure naming it. */
import type { StepOutcome, StepRun } from './job-state.js';
import { actionName } from './local-action.js';

export async function runTableAction(s: StepRun): Promise<StepOutcome> {
  const { localActions } = s.run.options;
  const uses = s.step.uses!;
  const local = localActions[actionName(uses)];
  if (!local) {
    return {
      status: 'failed',
      note: `${s.where}: uses ${uses}, which the drill has no local equivalent for (it runs this package's action, run: steps and the actions in its table: ${Object.keys(localActions).join(', ')})`,
    };
  }
  try {
    const res = await local.run({ with: s.with, workspace: s.job.workspace, job: s.job.name, env: s.env });
    Object.assign(s.job.fileEnv, res.env ?? {});
    return { status: res.status, note: res.note, outputs: res.outputs ?? {} };
  } catch (err) {
    return { status: 'failed', note: `${uses}: ${(err as Error).message}` };
  }
}

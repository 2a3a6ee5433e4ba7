/**
 * Every file target's scope, checked before anything is written: a target
 * whose path (or key) names another stage is refused (a production rollback
 * never flips staging's file); one that nothing ties to a stage changes
 * every stage deployed from the branch, so it is refused unless the config
 * says so with `scope: shared`, and the pull request names the stages it
 * changes. Pure.
 */
import { otherStages, stageOf, type StageTable } from '../config/stages.js';
import { describeTarget, isCommandTarget, type SwitchTarget } from '../config/types.js';
import { InputError } from '../core/errors.js';
import { pathScope } from '../switch/scope.js';

export interface SharedTarget {
  target: string;
  /** The other stages it changes on their next deploy from the branch. */
  stages: string[];
}

/** The shared targets (for the pull request), after refusing another stage's target and an unmarked shared one. */
export function checkScopes(targets: SwitchTarget[], stage: string, stages: StageTable): SharedTarget[] {
  const shared: SharedTarget[] = [];
  const own = stageOf(stage, stages) ?? stage;
  for (const t of targets) {
    if (isCommandTarget(t)) continue; // what a command edits is the app's business: its output is in the pull request
    const name = describeTarget(t);
    const scope = pathScope(t.path, stage, stages);
    if (scope.kind === 'other') {
      throw new InputError(
        `switch target ${name} is ${scope.stage}'s (its path says "${scope.word}"), not ${stage}'s: a rollback of ${stage} never flips another stage's file; remove it from switch.targets, or write the stage in its path as \${stage}`,
      );
    }
    if (scope.kind === 'this') continue;
    // Keyed by a stage inside the file (`prod.database.type`, `/staging/database/type`)?
    const keys = [...(t.property?.split('.') ?? []), ...(t.pointer?.split('/') ?? [])].filter(Boolean);
    const keyedBy = keys
      .map((k) => ({ k, s: stageOf(k, stages) ?? (k.toLowerCase() === stage.toLowerCase() ? own : null) }))
      .find((x) => x.s !== null);
    if (keyedBy && keyedBy.s !== own) {
      throw new InputError(
        `switch target ${name} is ${keyedBy.s}'s (its key says "${keyedBy.k}"), not ${stage}'s; write the stage in it as \${stage}`,
      );
    }
    if (keyedBy) continue;
    if (!t.shared) {
      throw new InputError(
        `switch target ${name}: nothing in its path or key ties it to ${stage}, so flipping it changes every stage deployed from this branch (${otherStages(stage, stages).join(', ')}); if that is meant, mark it scope: shared in switch.targets, else name the stage's own file`,
      );
    }
    shared.push({ target: name, stages: otherStages(stage, stages) });
  }
  return shared;
}

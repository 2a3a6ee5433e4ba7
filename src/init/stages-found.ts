/**
 * The stages init knows of: the configured one first, then every other
 * stage whose own copy of a `${stage}` target is in the repository
 * (environments/staging/staging.env beside environments/production/...),
 * so the dispatch form offers exactly the stages the switch can flip.
 */
import type { FoundTarget } from './discover-targets.js';
import { stageOfCopy } from './stage-path.js';

export function stagesFound(stage: string, targets: readonly FoundTarget[], otherFiles: readonly string[]): string[] {
  const others = new Set<string>();
  for (const t of targets) {
    const template = typeof t.entry === 'string' ? t.entry : t.entry.path;
    for (const file of [...t.files, ...otherFiles]) {
      const s = stageOfCopy(file, template);
      if (s && s !== stage) others.add(s);
    }
  }
  return [stage, ...[...others].sort()];
}

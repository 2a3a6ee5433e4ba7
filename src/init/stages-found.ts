/**
 * The stages init knows of: the configured one first, then every other
 * stage whose own copy of a `${stage}` target is in the repository
 * (environments/staging/staging.env beside environments/production/...),
 * so the dispatch form offers exactly the stages the switch can flip.
 */
import type { FoundTarget } from './discover-targets.js';
import { STAGE_NAME } from './stage-choice.js';

function stageIn(file: string, template: string): string | null {
  const pattern = template
    .split('${stage}')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('([^/]+)');
  const m = new RegExp(`^${pattern}$`).exec(file);
  if (!m || m.length < 2) return null;
  const names = m.slice(1);
  return names.every((n) => n === names[0]) && STAGE_NAME.test(names[0]!) ? names[0]! : null;
}

export function stagesFound(stage: string, targets: readonly FoundTarget[]): string[] {
  const others = new Set<string>();
  for (const t of targets) {
    const template = typeof t.entry === 'string' ? t.entry : t.entry.path;
    if (!template.includes('${stage}')) continue;
    for (const file of t.files) {
      const s = stageIn(file, template);
      if (s && s !== stage) others.add(s);
    }
  }
  return [stage, ...[...others].sort()];
}

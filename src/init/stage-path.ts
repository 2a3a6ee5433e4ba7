/**
 * A file that belongs to one stage is written as a `${stage}` template, so
 * the config serves every stage: every whole word of the path that names
 * the stage, by any of its names (a folder, a dot-, dash- or
 * underscore-separated part of a name: `environments/production/production.env`,
 * `.env.production.template`, `cdk/config/prod.json`), becomes `${stage}`.
 * config-pr resolves it back through the stage's names to the file that is
 * there (src/config/stages.ts).
 */
import { namesOf, type StageTable } from '../config/stages.js';

/** The path with the stage's own words as `${stage}`; unchanged when it has none. */
export function stageTemplate(file: string, stage: string, table: StageTable): string {
  // Longest first, each a whole word between separators (a name may itself hold - or _).
  const names = namesOf(stage, table).sort((a, b) => b.length - a.length);
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return file.replace(new RegExp(`(^|[/.\\-_])(?:${alternatives})(?=$|[/.\\-_])`, 'gi'), (_m, lead: string) => `${lead}\${stage}`);
}

/** The stages (of those given) for which a template names a tracked file: where a target has copies. */
export function copiesFor(template: string, stages: readonly string[], table: StageTable, tracked: ReadonlySet<string>): string[] {
  if (!template.includes('${stage}')) return [];
  return stages.filter((s) => namesOf(s, table).some((n) => tracked.has(template.replaceAll('${stage}', n))));
}

/**
 * The stage a file is the copy of a `${stage}` template for: the one name
 * that fills every `${stage}` of the template (environments/qa/qa.env for
 * environments/${stage}/${stage}.env is qa's), or null. Any name of letters,
 * digits, ., - and _ counts, known to the stage table or not.
 */
export function stageOfCopy(file: string, template: string): string | null {
  if (!template.includes('${stage}')) return null;
  const pattern = template
    .split('${stage}')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('([A-Za-z0-9._-]+)');
  const m = new RegExp(`^${pattern}$`).exec(file);
  if (!m) return null;
  const names = m.slice(1);
  return names.every((n) => n === names[0]) ? names[0]! : null;
}

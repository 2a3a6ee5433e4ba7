/**
 * The targets as this stage finds them in the worktree: a `${stage}` in a
 * path, property or pointer is resolved through the stage's names
 * (production is also prod and prd) to the one that is really there: the
 * file that exists, the key the file has. Two names both there is bad input
 * (which one the app reads is not ours to guess); none there leaves the
 * stage's own name, so the flip says what is missing as before. Read-only.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { namesOf, resolveStageTemplate, type StageTable } from '../config/stages.js';
import { type FileTarget, isCommandTarget, type SwitchTarget } from '../config/types.js';
import { InputError } from '../core/errors.js';
import { findJs } from '../switch/js.js';
import { findJson } from '../switch/json.js';
import { kindOfPath } from '../switch/edit.js';
import { findYaml } from '../switch/yaml.js';

export async function resolveTargets(
  targets: SwitchTarget[],
  stage: string,
  stages: StageTable,
  root: string,
  key: string,
): Promise<SwitchTarget[]> {
  const out: SwitchTarget[] = [];
  for (const t of targets) out.push(isCommandTarget(t) || !t.template ? t : await resolveOne(t, stage, stages, root, key));
  return out;
}

async function resolveOne(t: FileTarget, stage: string, stages: StageTable, root: string, key: string): Promise<FileTarget> {
  const tpl = t.template!;
  const present = new Set<string>();
  for (const name of namesOf(stage, stages)) {
    const candidate = tpl.path.replaceAll('${stage}', name);
    // A candidate leaving the repository is never looked at; apply-targets refuses such a path with its own message.
    if (path.isAbsolute(candidate) || candidate.split(/[\\/]/).includes('..')) continue;
    if (
      await stat(path.join(root, candidate)).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      present.add(candidate);
  }
  const file = pick(tpl.path, stage, stages, (c) => present.has(c), `switch target ${tpl.path}`, 'files');
  const resolved: FileTarget = { ...t, path: file ?? t.path };
  if (file === null || (!tpl.property?.includes('${stage}') && !tpl.pointer?.includes('${stage}'))) return resolved;
  const text = await readFile(path.join(root, file), 'utf8');
  const kind = t.kind ?? kindOfPath(file);
  const found = (locate: () => unknown[]) => {
    try {
      return locate().length > 0;
    } catch (err) {
      if (err instanceof InputError) return false; // the flip reports a file it cannot parse, with its line
      throw err;
    }
  };
  if (tpl.property?.includes('${stage}') && kind === 'js') {
    const property = pick(
      tpl.property,
      stage,
      stages,
      (c) => found(() => findJs(text, file, { property: c, key }, file).occurrences),
      `${file}: property ${tpl.property}`,
      'keys',
    );
    if (property !== null) resolved.property = property;
  }
  if (tpl.pointer?.includes('${stage}') && (kind === 'json' || kind === 'yaml')) {
    const finder = kind === 'json' ? findJson : findYaml;
    const pointer = pick(tpl.pointer, stage, stages, (c) => found(() => finder(text, c, file)), `${file}: pointer ${tpl.pointer}`, 'keys');
    if (pointer !== null) resolved.pointer = pointer;
  }
  return resolved;
}

function pick(
  template: string,
  stage: string,
  stages: StageTable,
  exists: (c: string) => boolean,
  what: string,
  things: string,
): string | null {
  const r = resolveStageTemplate(template, stage, stages, exists);
  if (r === null) return null;
  if ('ambiguous' in r) {
    throw new InputError(
      `${what}: ${r.ambiguous.map((n) => template.replaceAll('${stage}', n)).join(' and ')} are both there, ${things} for two names of ${stage}; keep one, or name it without \${stage} in switch.targets`,
    );
  }
  return r.value;
}

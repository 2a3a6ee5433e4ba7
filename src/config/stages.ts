/**
 * Stages by all their names. One repository calls production `production`
 * in its dotenv files and `prod` in its CDK config; a rollback of one stage
 * must recognise every spelling of it, and every spelling of the others, so
 * it never flips another stage's file. Pure: a table in, answers out; used
 * wherever a stage is matched (file and folder names, object keys, `${stage}`
 * templates).
 */

/** Canonical stage -> its other names. The config's `stages` adds to these. */
export const BUILT_IN_STAGES: Readonly<Record<string, readonly string[]>> = {
  production: ['prod', 'prd'],
  staging: ['stg', 'stage'],
  development: ['dev', 'local'],
  test: [],
};

/** Canonical stage -> every name it goes by, the canonical one first. */
export type StageTable = Readonly<Record<string, readonly string[]>>;

const NAME = /^[A-Za-z0-9_-]+$/;

/** The built-in table extended by the config's `stages` (each name claimed by one stage only; the error names the field). */
export function stageTable(extra: Readonly<Record<string, readonly string[]>> = {}, field = 'stages'): StageTable {
  const table: Record<string, string[]> = {};
  const owner = new Map<string, string>();
  const claim = (stage: string, name: string, where: string) => {
    const key = name.toLowerCase();
    const had = owner.get(key);
    if (had !== undefined && had !== stage)
      throw new StageNameError(`${where}: ${JSON.stringify(name)} is already a name of ${had}; a name can belong to one stage only`);
    if (had === undefined) {
      owner.set(key, stage);
      table[stage]!.push(name);
    }
  };
  for (const [stage, names] of Object.entries(BUILT_IN_STAGES)) {
    table[stage] = [];
    claim(stage, stage, 'built-in');
    for (const n of names) claim(stage, n, 'built-in');
  }
  for (const [given, names] of Object.entries(extra)) {
    if (!NAME.test(given)) throw new StageNameError(`${field}.${given}: letters, digits, - and _ only`);
    // `stages: { prod: [live] }` extends production: a stage named by an alias is that stage.
    const stage = owner.get(given.toLowerCase()) ?? given;
    table[stage] ??= [];
    claim(stage, given, `${field}.${given}`);
    names.forEach((n, i) => {
      if (!NAME.test(n)) throw new StageNameError(`${field}.${given}[${i}]: ${JSON.stringify(n)}: letters, digits, - and _ only`);
      claim(stage, n, `${field}.${given}[${i}]`);
    });
  }
  return table;
}

/** Thrown for a bad `stages` entry; the config loader turns it into its own InputError naming the file. */
export class StageNameError extends Error {}

/** The canonical stage a name belongs to (case-insensitive), or null. */
export function stageOf(name: string, table: StageTable): string | null {
  const key = name.toLowerCase();
  for (const [stage, names] of Object.entries(table)) if (names.some((n) => n.toLowerCase() === key)) return stage;
  return null;
}

/** Every name of the stage given (itself first); a stage the table does not know goes by its own name only. */
export function namesOf(stage: string, table: StageTable): string[] {
  const canonical = stageOf(stage, table);
  if (canonical === null) return [stage];
  return [stage, ...table[canonical]!.filter((n) => n.toLowerCase() !== stage.toLowerCase())];
}

/** Whether two names are the same stage. */
export function sameStage(a: string, b: string, table: StageTable): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const sa = stageOf(a, table);
  return sa !== null && sa === stageOf(b, table);
}

export interface StageMention {
  /** The canonical stage. */
  stage: string;
  /** The word in the path that names it. */
  word: string;
}

/**
 * The stages a repository path names: a whole folder name, or a whole
 * dot-separated part of the file name (`.env.production.template`,
 * `environments/staging/staging.env`, `prod-config.json`'s `prod` when
 * split by `-` too). Words inside longer words (`production-simulation`'s
 * `production` is a whole word; `product` is not) are whole words only.
 */
export function stagesInPath(file: string, table: StageTable): StageMention[] {
  const out: StageMention[] = [];
  for (const part of file.split('/')) {
    for (const word of part.split(/[.\-_]/)) {
      if (word === '') continue;
      const stage = stageOf(word, table);
      if (stage !== null && !out.some((m) => m.stage === stage)) out.push({ stage, word });
    }
  }
  return out;
}

/** The canonical stages other than the one given, in table order. */
export function otherStages(stage: string, table: StageTable): string[] {
  const own = stageOf(stage, table) ?? stage;
  return Object.keys(table).filter((s) => s !== own);
}

/**
 * Substitutes `${stage}` with each name of the stage; `exists` says which
 * result is really there. Exactly one name may fit; none: null; more: the
 * names that fit, for the caller's error.
 */
export function resolveStageTemplate(
  template: string,
  stage: string,
  table: StageTable,
  exists: (candidate: string) => boolean,
): { value: string; name: string } | null | { ambiguous: string[] } {
  if (!template.includes('${stage}')) return exists(template) ? { value: template, name: stage } : null;
  const fits = namesOf(stage, table)
    .map((name) => ({ name, value: template.replaceAll('${stage}', name) }))
    .filter((c) => exists(c.value));
  if (fits.length === 0) return null;
  if (fits.length === 1) return fits[0]!;
  // Two spellings of one stage both present: which one the app reads is not ours to guess.
  return { ambiguous: fits.map((f) => f.name) };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { DEFAULT_CONFIG_PATH, DEFAULT_PRICES_SOURCE, DEFAULTS } from './defaults.js';
import { REGION } from './region.js';
import type { ConfigFile } from './schema.js';
import { namesOf, StageNameError, type StageTable, stageTable } from './stages.js';
import type { CollectionSettings, ResolvedConfig, SwitchTarget } from './types.js';
import { opt } from '../core/option-name.js';

export interface ConfigOverrides {
  stage?: string;
  region?: string;
  dataDir?: string;
  backupDir?: string;
}

/**
 * Reads, validates and resolves the config file. A missing file is fine only
 * at the default path (built-in defaults); one the operator named must exist.
 */
export async function loadConfig(
  configPath: string | undefined,
  cwd: string,
  overrides: ConfigOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<ResolvedConfig> {
  const relPath = configPath ?? DEFAULT_CONFIG_PATH;
  const absPath = path.resolve(cwd, relPath);
  let text: string | null = null;
  try {
    // Sync: one small file, and node:fs is loaded at start while node:fs/promises would cost the start-up some ms.
    text = readFileSync(absPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' || (configPath !== undefined && configPath !== DEFAULT_CONFIG_PATH)) {
      throw new InputError(`config ${relPath}: cannot be read (${code ?? String(err)}); check the path given with ${opt('config')}`);
    }
  }
  // YAML and the schema (zod) load only when there is a file: a command in a folder without one starts without them.
  const file = text === null ? {} : (await import('./parse.js')).parseConfigText(text, relPath);
  return resolveConfig(file, text === null ? null : relPath, overrides, env);
}

const STAGE = /^[A-Za-z0-9_-]+$/;
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

/** The region from the option, the file, then the environment; a bad one is named by where it came from. */
function regionOf(option: string | undefined, fromFile: string | undefined, env: NodeJS.ProcessEnv): string {
  const candidates: [string | undefined, string][] = [
    [option, 'region'],
    [fromFile, 'region in the config'],
    [env.AWS_REGION, 'AWS_REGION'],
    [env.AWS_DEFAULT_REGION, 'AWS_DEFAULT_REGION'],
  ];
  const hit = candidates.find(([value]) => value !== undefined && value !== '');
  if (!hit) return DEFAULTS.region;
  const [value, where] = hit as [string, string];
  if (!REGION.test(value)) {
    throw new InputError(`${where} ${JSON.stringify(value)}: not an AWS region; give one such as us-east-1 or ap-northeast-1`);
  }
  return value;
}

export function resolveConfig(
  file: ConfigFile,
  fileName: string | null,
  overrides: ConfigOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
): ResolvedConfig {
  const stage = overrides.stage ?? file.stage ?? DEFAULTS.stage;
  if (!STAGE.test(stage)) {
    throw new InputError(`stage ${JSON.stringify(stage)}: letters, digits, - and _ only`);
  }
  const sub = (s: string) => s.replaceAll('${stage}', stage);
  let stages: StageTable;
  try {
    stages = stageTable(file.stages ?? {});
  } catch (err) {
    if (err instanceof StageNameError) throw new InputError(`config ${fileName ?? '(defaults)'}: ${err.message}`);
    throw err;
  }
  const entries = Object.entries(file.tables ?? DEFAULTS.tables);
  const tableSources: Record<string, string> = {};
  const tables = Object.fromEntries(
    entries.map(([collection, t]) => {
      const picked = tableOf(collection, typeof t === 'string' ? t : t.table, stage, stages, fileName);
      tableSources[collection] = file.tables ? `${picked.field} in ${fileName ?? 'the config'}` : `default ${picked.template}`;
      return [collection, sub(picked.template)];
    }),
  );
  const collections: Record<string, CollectionSettings> = Object.fromEntries(
    entries.map(([collection, t]) => [
      collection,
      typeof t === 'string' ? { id: 'id', drop: [] } : { id: t.id ?? 'id', drop: [...(t.drop ?? [])] },
    ]),
  );
  for (const [collection, table] of Object.entries(tables)) {
    if (!TABLE_NAME.test(table)) {
      throw new InputError(
        `config ${fileName ?? '(defaults)'}: tables.${collection}: ${JSON.stringify(table)} is not a DynamoDB table name (3 to 255 letters, digits, ., - and _, after \${stage} is substituted)`,
      );
    }
  }
  for (const collection of Object.keys(file.migration?.windows ?? {})) {
    if (!(collection in tables)) {
      throw new InputError(
        `config ${fileName ?? '(defaults)'}: migration.windows.${collection}: ${collection} is not a collection in tables (${Object.keys(tables).join(', ')}); name a collection the migration moved`,
      );
    }
  }
  const region = regionOf(overrides.region, file.region, env);
  const builtIn = file.switch?.targets === undefined;
  const listed: NonNullable<NonNullable<ConfigFile['switch']>['targets']> = file.switch?.targets ?? DEFAULTS.switch.targets;
  const targets: SwitchTarget[] = listed.map((t): SwitchTarget => {
    if (typeof t === 'string')
      return { path: sub(t), optional: builtIn, builtIn, ...(t.includes('${stage}') ? { template: { path: t } } : {}) };
    if (t.command !== undefined) return { command: sub(t.command), optional: t.optional ?? false, builtIn: false };
    const templated = [t.path, t.pointer, t.property].some((x) => x?.includes('${stage}'));
    return {
      path: sub(t.path!),
      ...(t.kind ? { kind: t.kind } : {}),
      ...(t.pointer ? { pointer: sub(t.pointer) } : {}),
      ...(t.property ? { property: sub(t.property) } : {}),
      optional: t.optional ?? builtIn,
      builtIn,
      ...(t.scope === 'shared' ? { shared: true } : {}),
      ...(templated
        ? { template: { path: t.path!, ...(t.pointer ? { pointer: t.pointer } : {}), ...(t.property ? { property: t.property } : {}) } }
        : {}),
    };
  });
  const pr = file.pullRequest ?? {};
  return {
    file: fileName,
    stage,
    stages,
    region,
    tables,
    tableSources,
    collections,
    migration: { ...DEFAULTS.migration, ...file.migration },
    dataDir: overrides.dataDir ?? sub(file.dataDir ?? DEFAULTS.dataDir),
    backupDir: overrides.backupDir ?? sub(file.backupDir ?? DEFAULTS.backupDir),
    progressFile: sub(file.progressFile ?? DEFAULTS.progressFile),
    retentionDays: file.retentionDays ?? DEFAULTS.retentionDays,
    publish: file.publish === undefined ? null : sub(file.publish),
    switch: {
      key: file.switch?.key ?? DEFAULTS.switch.key,
      from: file.switch?.from ?? DEFAULTS.switch.from,
      to: file.switch?.to ?? DEFAULTS.switch.to,
      targets,
    },
    pullRequest: {
      ...(pr.title ? { title: pr.title } : {}),
      labels: pr.labels ?? [...DEFAULTS.pullRequest.labels],
      reviewers: pr.reviewers ?? [...DEFAULTS.pullRequest.reviewers],
      teamReviewers: pr.teamReviewers ?? [...DEFAULTS.pullRequest.teamReviewers],
      draft: pr.draft ?? DEFAULTS.pullRequest.draft,
      committer: pr.committer ?? DEFAULTS.pullRequest.committer,
    },
    assess: {
      monthlyBudget: file.assess?.monthlyBudget ?? null,
      prices: { ...DEFAULTS.assess.prices, ...file.assess?.prices },
      pricesSource:
        file.assess?.prices === undefined
          ? DEFAULT_PRICES_SOURCE
          : `prices from ${fileName ?? 'the config'} (assess.prices), the rest ${DEFAULT_PRICES_SOURCE}`,
    },
    commands: { ...DEFAULTS.commands, ...file.commands, passEnv: [...(file.commands?.passEnv ?? DEFAULTS.commands.passEnv)] },
  };
}

/** A collection's table for this stage: the one name, or the per-stage entry named by any of the stage's names. */
function tableOf(
  collection: string,
  t: string | Record<string, string>,
  stage: string,
  stages: StageTable,
  fileName: string | null,
): { template: string; field: string } {
  if (typeof t === 'string') return { template: t, field: `tables.${collection}` };
  const names = namesOf(stage, stages).map((n) => n.toLowerCase());
  const hits = Object.keys(t).filter((k) => names.includes(k.toLowerCase()));
  const where = `config ${fileName ?? '(defaults)'}: tables.${collection}.table`;
  if (hits.length === 0)
    throw new InputError(
      `${where} names no table for stage ${stage} (it has ${Object.keys(t).join(', ')}); add ${stage}: <table name> there`,
    );
  if (hits.length > 1) throw new InputError(`${where} names stage ${stage} twice (${hits.join(', ')}); keep one`);
  return { template: t[hits[0]!]!, field: `tables.${collection}.table.${hits[0]}` };
}

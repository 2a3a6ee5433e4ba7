import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../core/errors.js';
import { DEFAULT_CONFIG_PATH, DEFAULTS } from './defaults.js';
import { type ConfigFile, configSchema } from './schema.js';
import type { ResolvedConfig, SwitchTarget } from './types.js';

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
    text = await readFile(absPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' || configPath !== undefined && configPath !== DEFAULT_CONFIG_PATH) {
      throw new InputError(`config ${relPath}: cannot be read (${code ?? String(err)}); check the path given with --config`);
    }
  }
  const file = text === null ? {} : parseConfigText(text, relPath);
  return resolveConfig(file, text === null ? null : relPath, overrides, env);
}

/** Parses and validates YAML text; errors name the file and the field. */
export function parseConfigText(text: string, fileName: string): ConfigFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0];
    const where = line ? ` at line ${line.line}, column ${line.col}` : '';
    throw new InputError(`config ${fileName}: not valid YAML${where}: ${first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) throw new InputError(`config ${fileName}: ${describeIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return `${field === '(top level)' ? '' : `${field}: `}unknown key ${keys}; remove or correct it`;
  }
  if (issue.code === 'invalid_type') {
    return `${field}: expected ${issue.expected}`;
  }
  return `${field}: ${issue.message}`;
}

export function resolveConfig(
  file: ConfigFile,
  fileName: string | null,
  overrides: ConfigOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
): ResolvedConfig {
  const stage = overrides.stage ?? file.stage ?? DEFAULTS.stage;
  if (!/^[A-Za-z0-9_-]+$/.test(stage)) {
    throw new InputError(`stage "${stage}": letters, digits, - and _ only`);
  }
  const sub = (s: string) => s.replaceAll('${stage}', stage);
  const tables = Object.fromEntries(
    Object.entries(file.tables ?? DEFAULTS.tables).map(([collection, table]) => [collection, sub(table)]),
  );
  const builtIn = file.switch?.targets === undefined;
  const listed: NonNullable<NonNullable<ConfigFile['switch']>['targets']> = file.switch?.targets ?? DEFAULTS.switch.targets;
  const targets: SwitchTarget[] = listed.map((t): SwitchTarget => {
    if (typeof t === 'string') return { path: sub(t), optional: builtIn, builtIn };
    if (t.command !== undefined) return { command: sub(t.command), optional: t.optional ?? false, builtIn: false };
    return {
      path: sub(t.path!),
      ...(t.kind ? { kind: t.kind } : {}),
      ...(t.pointer ? { pointer: t.pointer } : {}),
      ...(t.property ? { property: sub(t.property) } : {}),
      optional: t.optional ?? builtIn,
      builtIn,
    };
  });
  const pr = file.pullRequest ?? {};
  return {
    file: fileName,
    stage,
    region: overrides.region ?? file.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? DEFAULTS.region,
    tables,
    dataDir: overrides.dataDir ?? sub(file.dataDir ?? DEFAULTS.dataDir),
    backupDir: overrides.backupDir ?? sub(file.backupDir ?? DEFAULTS.backupDir),
    progressFile: sub(file.progressFile ?? DEFAULTS.progressFile),
    retentionDays: file.retentionDays ?? DEFAULTS.retentionDays,
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
    commands: { ...DEFAULTS.commands, ...file.commands },
  };
}

import type { StageTable } from './stages.js';
/** The configuration after defaults, overrides and ${stage} substitution. */

/** A file that sets the switch. */
export interface FileTarget {
  /** Path relative to the repository root, ${stage} substituted. */
  path: string;
  /** The format; absent means from the file name. */
  kind?: 'dotenv' | 'js' | 'json' | 'yaml';
  /** JSON pointer, for JSON and YAML files. */
  pointer?: string;
  /** Object property path, for JS and TS files, ${stage} substituted. */
  property?: string;
  /** A missing file or key is skipped with a note rather than refused. */
  optional: boolean;
  /** One of the built-in defaults (missing means skipped, with a note). */
  builtIn: boolean;
  /** `scope: shared` in the config: the file is every stage's, and the pull request says so. */
  shared?: boolean;
  /** The path, pointer and property as written, when any holds `${stage}`: resolved through the stage's names against the file (src/config/stages.ts). */
  template?: { path: string; pointer?: string; property?: string };
}

/** The app's own command that flips the switch; config-pr commits what it changed. */
export interface CommandTarget {
  command: string;
  optional: boolean;
  builtIn: false;
}

export type SwitchTarget = FileTarget | CommandTarget;

export const isCommandTarget = (t: SwitchTarget): t is CommandTarget => 'command' in t;

/** A target in one short phrase: `path#/pointer`, `path:property`, or the command. */
export function describeTarget(t: SwitchTarget): string {
  if (isCommandTarget(t)) return `command: ${t.command}`;
  return t.path + (t.pointer ? `#${t.pointer}` : '') + (t.property ? `:${t.property}` : '');
}

export interface PullRequestConfig {
  /** Title; default "Switch <stage> back to the file database (<key>=<to>)". */
  title?: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  draft: boolean;
  /** "Name <email>" for config-pr's commits. */
  committer: string;
}

export interface CollectionSettings {
  /** The attribute that becomes the file's `id` ("id" unless the config names another). */
  id: string;
  /** Attributes the migration added, removed on the way back. */
  drop: string[];
}

/** What the app's migration did to the data, undone on the way back. */
export interface MigrationSettings {
  emptyStringsAsNull: boolean;
  rewroteUpdatedAt: boolean;
  /** Items that had no id got one from the migration: matched back by content. */
  generatedIds: boolean;
  /** Without an endTime in the progress file, the window after the backup's time in which timestamps are the migration's. */
  windowMinutes: number;
  /** Per collection, the run of a resumed migration that migrated it, where the operator gives it (ISO times, a backup folder's name). */
  windows?: Record<string, { start: string; end: string; backup: string }>;
}

/** DynamoDB prices in US dollars (Standard table class). */
export interface Prices {
  /** Per million read request units (on-demand). */
  onDemandReadPerMillion: number;
  /** Per million write request units (on-demand). */
  onDemandWritePerMillion: number;
  /** Per read capacity unit and hour (provisioned). */
  provisionedReadPerHour: number;
  /** Per write capacity unit and hour (provisioned). */
  provisionedWritePerHour: number;
  /** Per GB stored and month (either mode). */
  storagePerGbMonth: number;
}

export interface AssessSettings {
  /** US dollars a month for the tables assessed together; null: no budget check. */
  monthlyBudget: number | null;
  prices: Prices;
  /** Where the prices came from: "default (us-east-1, 2024-11-01)" or "config". */
  pricesSource: string;
}

export interface ResolvedConfig {
  /** The file it came from, or null when built-in defaults were used. */
  file: string | null;
  stage: string;
  /** Canonical stage -> every name it goes by (built-in, extended by the config's `stages`). */
  stages: StageTable;
  region: string;
  /** collection name -> DynamoDB table name */
  tables: Record<string, string>;
  /** collection name -> where its table name came from (`tables.events in <file>`, `tables.events.table.prod in <file>`, or the default). */
  tableSources: Record<string, string>;
  /** collection name -> how its items map back to the file (the long form of tables; defaults otherwise) */
  collections: Record<string, CollectionSettings>;
  migration: MigrationSettings;
  dataDir: string;
  backupDir: string;
  progressFile: string;
  retentionDays: number;
  /** s3://bucket/prefix where publish writes releases (--to overrides it); null when not set. */
  publish: string | null;
  switch: { key: string; from: string; to: string; targets: SwitchTarget[] };
  pullRequest: PullRequestConfig;
  assess: AssessSettings;
  commands: {
    maintenanceOn: string;
    maintenanceOff: string;
    jobsStop: string;
    jobsStart: string;
    healthCheck: string;
    integrationTests: string;
    /** Variables passed on to the app's commands besides the allow-list. */
    passEnv: string[];
  };
}

/** The configuration after defaults, overrides and ${stage} substitution. */

export interface SwitchTarget {
  /** Path relative to the repository root. */
  path: string;
  /** JSON pointer, for JSON files. */
  pointer?: string;
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
}

export interface ResolvedConfig {
  /** The file it came from, or null when built-in defaults were used. */
  file: string | null;
  stage: string;
  region: string;
  /** collection name -> DynamoDB table name */
  tables: Record<string, string>;
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
  commands: {
    maintenanceOn: string;
    maintenanceOff: string;
    jobsStop: string;
    jobsStart: string;
    integrationTests: string;
  };
}

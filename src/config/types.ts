/** The configuration after defaults, overrides and ${stage} substitution. */

export interface SwitchTarget {
  /** Path relative to the repository root. */
  path: string;
  /** JSON pointer, for JSON files. */
  pointer?: string;
}

export interface ResolvedConfig {
  /** The file it came from, or null when built-in defaults were used. */
  file: string | null;
  stage: string;
  region: string;
  /** collection name -> DynamoDB table name */
  tables: Record<string, string>;
  dataDir: string;
  backupDir: string;
  progressFile: string;
  retentionDays: number;
  switch: { key: string; from: string; to: string; targets: SwitchTarget[] };
  commands: {
    maintenanceOn: string;
    maintenanceOff: string;
    jobsStop: string;
    jobsStart: string;
    integrationTests: string;
  };
}

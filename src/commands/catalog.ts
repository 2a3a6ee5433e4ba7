// Generated from the command files (src/commands/registry.ts) by `npm run gen:catalog`; do not edit by hand.
import type { CommandInfo } from './types.js';

export const CATALOG: readonly CommandInfo[] = [
  {
    "name": "config",
    "description": "Show the resolved configuration (defaults, config file, options, ${stage} substituted)",
    "options": [],
    "outputs": {
      "stage": "Stage after overrides",
      "region": "AWS region",
      "tables": "JSON object: collection -> table",
      "data-dir": "File database folder"
    }
  },
  {
    "name": "status",
    "description": "Preflight: tables ACTIVE, PITR, migration backup and its age, progress file, data dir writable, what the rollback will undo of the migration",
    "options": [
      "tables",
      "data-dir",
      "backup-dir",
      "scan",
      "segments",
      "export-time",
      "retry-budget"
    ],
    "outputs": {
      "ready": "true when a rollback may start",
      "reasons": "JSON array of reasons a rollback should not start",
      "warnings": "JSON array of warnings that do not block a rollback",
      "tables": "JSON object: table -> state (ACTIVE, missing, ...)",
      "pitr": "JSON object: table -> point-in-time recovery (ENABLED, DISABLED or unknown)",
      "backup-path": "Migration backup folder found",
      "backup-age-days": "Age of the migration backup in days",
      "backup-expired": "true when the migration backup is older than retentionDays",
      "progress-state": "State fields of the migration progress file",
      "data-dir-writable": "true when the data dir can be written",
      "migration-artifacts": "JSON object: collection -> counts against the migration backup (items, unchanged, artifactsOnly, changed, added, deleted, and the artifacts by rule); absent collections were not compared"
    }
  },
  {
    "name": "backup",
    "description": "On-demand backup (CreateBackup) of every table, waiting until each is AVAILABLE; outputs the ARNs",
    "options": [
      "tables",
      "skip-unsupported",
      "timeout",
      "retry-budget"
    ],
    "outputs": {
      "arns": "JSON object: table -> backup ARN",
      "statuses": "JSON object: table -> backup status (AVAILABLE, skipped, failed...)",
      "skipped": "true when the endpoint lacks CreateBackup and --skip-unsupported skipped it"
    }
  },
  {
    "name": "export",
    "description": "Export tables to a folder (and S3): parallel segmented scan, lossless DynamoDB JSON, checksummed, resumable; --native: DynamoDB's own export to S3 (full, or --since an earlier export, incremental)",
    "options": [
      "tables",
      "out",
      "s3-uri",
      "sse",
      "kms-key-id",
      "segments",
      "resume",
      "native",
      "export-time",
      "since",
      "timeout",
      "retry-budget"
    ],
    "outputs": {
      "path": "Folder the export was written to",
      "s3-uri": "S3 URI the export was uploaded to",
      "items": "JSON object: table -> items exported",
      "duration-seconds": "Seconds the export took",
      "tables": "JSON object: collection -> table exported",
      "mode": "scan, native or incremental: how the export was made (a scan when an incremental window was under 15 minutes)"
    }
  },
  {
    "name": "rollback",
    "description": "Rebuild the file database from an export, the migration backup and the current files (atomic, with undo)",
    "options": [
      "from",
      "merge-base",
      "data-dir",
      "backup-dir",
      "strategy",
      "prefer",
      "dry-run",
      "allow-data-loss",
      "rollback-report-out",
      "tables",
      "retry-budget"
    ],
    "outputs": {
      "strategy": "Strategy used",
      "conflicts": "Merge conflicts settled by the prefer policy",
      "counts": "JSON object: collection -> counts",
      "data-dir": "File database folder",
      "duration-seconds": "Seconds the rollback took",
      "report": "Path of the JSON report",
      "snapshot": "Snapshot folder that undo restores from",
      "backup-path": "Migration backup folder used",
      "base": "Catch-up: the earlier export that was the merge's base (--base)"
    }
  },
  {
    "name": "undo",
    "description": "Put the data dir back as it was before the last rollback, byte for byte",
    "options": [
      "data-dir"
    ],
    "outputs": {
      "data-dir": "File database folder restored",
      "snapshot": "Snapshot folder restored from"
    }
  },
  {
    "name": "verify",
    "description": "Check the file database against the export item by item (independent comparator); --live also re-reads the tables",
    "options": [
      "from",
      "data-dir",
      "tables",
      "live",
      "since",
      "segments",
      "verify-report-in",
      "result-file",
      "retry-budget"
    ],
    "outputs": {
      "collections": "JSON object: collection -> status (ok, accounted, differs, invalid, not exported)",
      "counts": "JSON object: collection -> expected, found, missing, extra, changed, accounted",
      "differences": "Number of collections that differ from the export or are invalid (differences the rollback accounts for excluded)",
      "live": "Live re-read: unchanged, changed, or not checked",
      "live-changed": "JSON array of tables whose live digest differs from the export",
      "report": "Path of the rollback report taken into account (empty when none was used)"
    }
  },
  {
    "name": "publish",
    "description": "Upload the data dir to a new release s3://bucket/prefix/<timestamp>/: encrypted, a sha256 per file, the manifest last",
    "options": [
      "to",
      "data-dir",
      "sse",
      "kms-key-id",
      "retry-budget"
    ],
    "outputs": {
      "release-uri": "S3 URI of the release (give it to pull --from)",
      "files": "Number of files published",
      "sha256": "sha256 of the release manifest.json"
    }
  },
  {
    "name": "pull",
    "description": "Fetch a release publish wrote into the data dir: every sha256 checked before anything is replaced, atomic, with undo",
    "options": [
      "from",
      "data-dir",
      "retry-budget"
    ],
    "outputs": {
      "release-uri": "S3 URI of the release pulled",
      "data-dir": "File database folder written",
      "replaced": "Number of files replaced",
      "unchanged": "Number of files already as the release holds them",
      "snapshot": "Snapshot folder that undo restores from (empty when nothing was replaced)"
    }
  },
  {
    "name": "config-pr",
    "description": "Flip the switch (DATABASE_TYPE) in every target, push a branch, open or update the pull request carrying the rollback record",
    "options": [
      "repo-dir",
      "base-branch",
      "branch",
      "token",
      "repository",
      "github-api-url",
      "reason",
      "config-pr-report-in",
      "verify-result",
      "record-dir",
      "release",
      "data-dir",
      "draft",
      "sign",
      "app-token",
      "dry-run",
      "retry-budget"
    ],
    "outputs": {
      "pull-request-number": "Number of the pull request opened or updated",
      "pull-request-url": "Web URL of the pull request",
      "operation": "created, updated, unchanged (nothing to do), or dry-run",
      "branch": "Branch pushed",
      "commit": "Commit the branch points at",
      "changed-files": "JSON array of the files the pull request changes"
    }
  },
  {
    "name": "app-command",
    "description": "Run one of the app's commands from the config (commands.<name>); skipped, and said so, when not configured or its npm script does not exist",
    "options": [
      "name"
    ],
    "outputs": {
      "result": "ran, skipped or failed",
      "reason": "Why it was skipped or failed (empty when it ran)"
    }
  },
  {
    "name": "pr-comment",
    "description": "Comment the finish's outcome on the rollback's pull request: verify --live's verdict, each step, and the catch-up when writes slipped in",
    "options": [
      "pull-request",
      "from",
      "release",
      "outcomes",
      "verify-result",
      "token",
      "repository",
      "github-api-url",
      "dry-run",
      "retry-budget"
    ],
    "outputs": {
      "verdict": "finished, writes-slipped-in, or not-finished",
      "comment-url": "Web URL of the comment (empty on a dry run)"
    }
  },
  {
    "name": "trusted-record",
    "description": "Fetch the rollback's record named by the merged commit's trailers (or a mitigate run's report), believing it only from rollback.yml (mitigate.yml) of this repository, dispatched on the default branch, completed, with the committed sha256",
    "options": [
      "commit",
      "mitigate-run",
      "record-dir",
      "token",
      "repository",
      "github-api-url",
      "retry-budget"
    ],
    "outputs": {
      "run-id": "The run that made the record",
      "run-attempt": "Its attempt",
      "sha256": "The record's digest (checked against the commit's trailer)",
      "record-dir": "Where the record files were written",
      "export-uri": "rollback: the export the record names (locations.json)",
      "release-uri": "The published data dir (trusted-record: the release the record names; empty: none)",
      "pull-request": "rollback: the number of the pull request that carried the commit (empty: none found)"
    }
  },
  {
    "name": "pr-check",
    "description": "Refuse while a rollback pull request of the stage is open (branch dynamodb-rollback/<stage>), naming it, unless --supersede",
    "options": [
      "branch",
      "supersede",
      "token",
      "repository",
      "github-api-url",
      "retry-budget"
    ],
    "outputs": {
      "open-pull-request": "Number of the open rollback pull request of the stage (empty: none)",
      "superseded": "true when an open one is superseded (--supersede)"
    }
  },
  {
    "name": "assess",
    "description": "CloudWatch metrics per table and GSI against the runbook's decision matrix: no action, switch to on-demand, review GSIs/usage, or roll back; a month's cost under both billing modes",
    "options": [
      "tables",
      "since",
      "period",
      "budget",
      "cloudwatch-endpoint",
      "format",
      "retry-budget"
    ],
    "outputs": {
      "recommendation": "no-action, switch-to-on-demand, review or roll-back: the strongest any table calls for",
      "severity": "none, low, medium, high or critical: the highest finding",
      "findings": "JSON object: table -> { action, severity, findings: [{ issue, severity, rule, reason }] }",
      "monthly-cost": "Estimated US dollars a month for the tables assessed, each under its billing mode now"
    }
  },
  {
    "name": "mitigate",
    "description": "Switch tables (and their GSIs) to on-demand billing, or to provisioned capacity, waiting until ACTIVE; the report records the settings before, and --revert <report> puts them back",
    "options": [
      "tables",
      "billing",
      "read",
      "write",
      "revert",
      "mitigate-report-out",
      "timeout",
      "dry-run",
      "retry-budget"
    ],
    "outputs": {
      "report": "Path of the report (the settings before; give it to --revert); empty on a dry run",
      "changed": "JSON array of the tables changed (or, on a dry run, that would be)",
      "outcomes": "JSON object: table -> ACTIVE, unchanged, timeout, failed (planned on a dry run)"
    }
  },
  {
    "name": "drill",
    "description": "Rehearse: run rollback.yml (then rollback-finish.yml) here, end to end, on embedded DynamoDB and S3, a scratch events app (or a copy of yours) and a local origin",
    "options": [
      "workflow",
      "app",
      "data",
      "approve",
      "keep",
      "input",
      "export-mode"
    ],
    "outputs": {
      "seconds": "Seconds the drill took, from start to the last step",
      "scratch": "The scratch folder, when kept (--keep, or a failed drill)"
    }
  },
  {
    "name": "init",
    "description": "Write .github/dynamodb-rollback.yml (the switch targets, tables and data dir found) and the rollback, finish and export workflows, pinned to this version, into an app repository",
    "options": [
      "repo-dir",
      "action",
      "token",
      "github-api-url",
      "data-dir",
      "force",
      "dry-run"
    ],
    "outputs": {
      "files": "JSON array of the files written (or, with dry-run, that would be)",
      "targets": "JSON array of the switch targets found",
      "action-ref": "The action the workflows use: owner/name@<commit sha>"
    }
  }
];

/**
 * The AWS calls each command makes, and the IAM actions they need: the one
 * table the roles' policies are rendered from (src/commands/role-policies.ts,
 * docs/workflows.md). A test (__tests__/commands/iam-actions.test.ts) reads
 * every SDK command each command's code can send (its import closure) and
 * fails when one is missing here, so a new call cannot ship without its
 * permission, nor a permission stay without its call.
 */

/** An SDK command (or lib-storage's Upload) -> the IAM actions it needs. */
export const SDK_CALL_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  DescribeTableCommand: ['dynamodb:DescribeTable'],
  DescribeContinuousBackupsCommand: ['dynamodb:DescribeContinuousBackups'],
  ScanCommand: ['dynamodb:Scan'],
  CreateBackupCommand: ['dynamodb:CreateBackup'],
  DescribeBackupCommand: ['dynamodb:DescribeBackup'],
  UpdateTableCommand: ['dynamodb:UpdateTable'],
  // export --native: DynamoDB's own export to S3 (the S3 writes are DynamoDB's, under the caller's s3:PutObject).
  ExportTableToPointInTimeCommand: ['dynamodb:ExportTableToPointInTime', 's3:PutObject', 's3:PutObjectAcl', 's3:AbortMultipartUpload'],
  DescribeExportCommand: ['dynamodb:DescribeExport'],
  ListExportsCommand: ['dynamodb:ListExports'],
  GetMetricDataCommand: ['cloudwatch:GetMetricData'],
  // HeadBucket is authorised by s3:ListBucket.
  HeadBucketCommand: ['s3:ListBucket'],
  ListObjectsV2Command: ['s3:ListBucket'],
  GetObjectCommand: ['s3:GetObject'],
  // HeadObject is authorised by s3:GetObject.
  HeadObjectCommand: ['s3:GetObject'],
  DeleteObjectCommand: ['s3:DeleteObject'],
  // export --native: its export.json beside AWS's files.
  PutObjectCommand: ['s3:PutObject'],
  // PutObject, or CreateMultipartUpload/UploadPart/CompleteMultipartUpload (all s3:PutObject) and AbortMultipartUpload on failure.
  Upload: ['s3:PutObject', 's3:AbortMultipartUpload'],
};

/** Where in the bucket a command reads or writes: under <prefix>/exports/, <prefix>/releases/, or the migration backup's prefix. */
export type S3Area = 'exports' | 'releases' | 'backup';

export interface AwsUse {
  /** The SDK commands its code sends (keys of SDK_CALL_ACTIONS). */
  calls: readonly string[];
  /** Objects it reads (GetObject, HeadObject) and writes (PutObject, DeleteObject), by area. */
  s3?: { read: readonly S3Area[]; write: readonly S3Area[] };
  /** Why, in a few words, for the docs. */
  note?: string;
}

/** Every command; one with no AWS call has no calls. */
export const AWS_USE: Readonly<Record<string, AwsUse>> = {
  status: {
    calls: ['DescribeTableCommand', 'DescribeContinuousBackupsCommand', 'ScanCommand', 'ListObjectsV2Command', 'GetObjectCommand'],
    s3: { read: ['backup'], write: [] },
    note: 'S3 only with an s3:// backup dir',
  },
  backup: { calls: ['DescribeTableCommand', 'CreateBackupCommand', 'DescribeBackupCommand'] },
  export: {
    calls: [
      'DescribeTableCommand',
      'ScanCommand',
      'HeadBucketCommand',
      'ListObjectsV2Command',
      'HeadObjectCommand',
      'Upload',
      'GetObjectCommand',
      'DeleteObjectCommand',
      'DescribeContinuousBackupsCommand',
      'ExportTableToPointInTimeCommand',
      'DescribeExportCommand',
      'ListExportsCommand',
      'PutObjectCommand',
    ],
    s3: { read: ['exports'], write: ['exports'] },
    note: 'S3 only with --s3-uri; each object read back and hashed, deleted only when that hash differs; --native: DynamoDB writes the export itself (point-in-time recovery on)',
  },
  rollback: {
    calls: ['ListObjectsV2Command', 'GetObjectCommand'],
    s3: { read: ['exports', 'backup'], write: [] },
    note: 'from an s3:// export, base or backup dir',
  },
  verify: {
    calls: ['ScanCommand', 'ListObjectsV2Command', 'GetObjectCommand'],
    s3: { read: ['exports'], write: [] },
    note: 'Scan with --live',
  },
  publish: {
    calls: ['HeadBucketCommand', 'ListObjectsV2Command', 'HeadObjectCommand', 'Upload', 'GetObjectCommand', 'DeleteObjectCommand'],
    s3: { read: ['releases'], write: ['releases'] },
  },
  pull: { calls: ['ListObjectsV2Command', 'GetObjectCommand'], s3: { read: ['releases'], write: [] } },
  assess: { calls: ['DescribeTableCommand', 'GetMetricDataCommand'] },
  mitigate: { calls: ['DescribeTableCommand', 'UpdateTableCommand'] },
  undo: { calls: [] },
  config: { calls: [] },
  'config-pr': { calls: [], note: 'the GitHub token only' },
  'app-command': { calls: [], note: 'runs with no AWS credentials (src/clients/child-env.ts)' },
  'pr-comment': { calls: [], note: 'the GitHub token only' },
  'trusted-record': { calls: [], note: 'the GitHub token only (actions: read)' },
  'pr-check': { calls: [], note: 'the GitHub token only (pull-requests: read)' },
  init: { calls: [] },
  drill: { calls: [], note: 'embedded DynamoDB and S3 only' },
};

/** The IAM actions a command needs, sorted. */
export function iamActions(command: string): string[] {
  const use = AWS_USE[command];
  if (!use) throw new Error(`internal: no AWS_USE entry for command ${command}`);
  return [...new Set(use.calls.flatMap((c) => SDK_CALL_ACTIONS[c] ?? []))].sort();
}

/** With SSE-KMS: what any S3 read or write of an encrypted object needs on the key. */
export const KMS_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey'] as const;

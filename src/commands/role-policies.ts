/**
 * The two roles' permission policies, rendered from the workflows (which job
 * assumes which role and runs which commands: src/init/workflow-roles.ts)
 * and the calls each command makes (iam-actions.ts). docs/workflows.md
 * shows what this renders, and a test keeps the two the same.
 */
import { type JobRole, jobRoles, type RoleName } from '../init/workflow-roles.js';
import { WORKFLOW_TEMPLATES } from '../init/workflow-templates.js';
import { AWS_USE, iamActions, KMS_ACTIONS, type S3Area } from './iam-actions.js';

export interface RoleSummary {
  role: RoleName;
  /** "rollback.yml rollback", ... */
  jobs: string[];
  commands: string[];
  actions: string[];
  /** The longest session a job asks for: the role's Maximum session duration must be at least this. */
  sessionSeconds: number;
  /** The workflow files whose jobs assume it, with and without an environment. */
  subjects: { environment: string[]; branch: string[] };
}

export const TEMPLATE_ROLES = (): JobRole[] => jobRoles(Object.entries(WORKFLOW_TEMPLATES).map(([file, text]) => ({ file, text })));

export function roleSummary(role: RoleName, jobs: readonly JobRole[] = TEMPLATE_ROLES()): RoleSummary {
  const mine = jobs.filter((j) => j.role === role);
  const commands = [...new Set(mine.flatMap((j) => j.commands))].sort();
  const files = (inEnvironment: boolean) => [...new Set(mine.filter((j) => j.inEnvironment === inEnvironment).map((j) => j.file))].sort();
  return {
    role,
    jobs: mine.map((j) => `${j.file.split('/').pop()} ${j.job}`),
    commands,
    actions: [...new Set(commands.flatMap(iamActions))].sort(),
    sessionSeconds: Math.max(0, ...mine.map((j) => j.sessionSeconds)),
    subjects: { environment: files(true), branch: files(false) },
  };
}

const S3_OBJECTS: Record<S3Area, string> = {
  exports: 'arn:aws:s3:::<bucket>/<prefix>/exports/*',
  releases: 'arn:aws:s3:::<bucket>/<prefix>/releases/*',
  backup: 'arn:aws:s3:::<bucket>/<backup prefix>/*',
};
const TABLES = 'arn:aws:dynamodb:<region>:<account>:table/<table prefix>-*';

/** The role's permission policy: exactly the actions its commands need, each on what it touches. */
export function rolePolicy(summary: RoleSummary): object {
  const has = (a: string) => summary.actions.includes(a);
  const areas = (which: 'read' | 'write') => [...new Set(summary.commands.flatMap((c) => AWS_USE[c]?.s3?.[which] ?? []))].sort();
  const statements: object[] = [];
  const table = summary.actions.filter((a) => a.startsWith('dynamodb:') && a !== 'dynamodb:DescribeBackup');
  if (table.length) statements.push({ Sid: 'Tables', Effect: 'Allow', Action: table, Resource: TABLES });
  if (has('dynamodb:DescribeBackup'))
    statements.push({ Sid: 'WaitForTheBackups', Effect: 'Allow', Action: ['dynamodb:DescribeBackup'], Resource: `${TABLES}/backup/*` });
  // GetMetricData has no resource-level permission: it reads metrics only, never an item.
  if (has('cloudwatch:GetMetricData'))
    statements.push({ Sid: 'Metrics', Effect: 'Allow', Action: ['cloudwatch:GetMetricData'], Resource: '*' });
  if (has('s3:ListBucket'))
    statements.push({ Sid: 'ListTheBucket', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: 'arn:aws:s3:::<bucket>' });
  const read = [...new Set([...areas('read'), ...areas('write')])].sort();
  if (has('s3:GetObject') && read.length)
    statements.push({ Sid: 'ReadObjects', Effect: 'Allow', Action: ['s3:GetObject'], Resource: read.map((a) => S3_OBJECTS[a]) });
  const write = summary.actions.filter((a) => ['s3:PutObject', 's3:AbortMultipartUpload', 's3:DeleteObject'].includes(a));
  if (write.length && areas('write').length)
    statements.push({ Sid: 'WriteObjects', Effect: 'Allow', Action: write, Resource: areas('write').map((a) => S3_OBJECTS[a]) });
  if (read.length)
    statements.push({
      Sid: 'EncryptionKeyWhenSseKms',
      Effect: 'Allow',
      Action: [...KMS_ACTIONS],
      Resource: 'arn:aws:kms:<region>:<account>:key/<key id>',
    });
  return { Version: '2012-10-17', Statement: statements };
}

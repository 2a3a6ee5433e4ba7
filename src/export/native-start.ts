/**
 * Starting one native export, or finding the one already started: by its
 * recorded ARN, else (on --resume) by its client token among the table's
 * exports (ListExports, then DescribeExport of each), else by asking for it
 * with the same client token, which AWS answers with the export it already
 * started for that token (for 8 hours), not a second one.
 */
import {
  DescribeExportCommand,
  type ExportDescription,
  ExportTableToPointInTimeCommand,
  ListExportsCommand,
} from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from '../clients/dynamodb.js';
import { whereOf } from '../clients/errors.js';
import { FailedError } from '../core/errors.js';
import type { NativeTableExport } from '../export-format/native-layout.js';

export interface StartRequest {
  table: string;
  tableArn: string;
  bucket: string;
  prefix: string;
  sse: { algorithm: 'AES256' | 'aws:kms'; kmsKeyId?: string };
  entry: NativeTableExport;
  incremental: boolean;
  /** Look among the table's exports for this client token before asking for a new one. */
  lookUp: boolean;
}

export async function describeExport(client: DynamoClient, arn: string, table: string): Promise<ExportDescription> {
  const out = await client.call({ operation: 'DescribeExport', resource: `export ${arn} of table ${table}` }, (sdk) =>
    sdk.send(new DescribeExportCommand({ ExportArn: arn })),
  );
  if (!out.ExportDescription?.ExportArn)
    throw new FailedError(`${whereOf(client.scope)} answered DescribeExport ${arn} without a description, which DynamoDB never does`);
  return out.ExportDescription;
}

async function findByToken(client: DynamoClient, req: StartRequest): Promise<ExportDescription | null> {
  let token: string | undefined;
  do {
    const page = await client.call({ operation: 'ListExports', resource: `table ${req.table}` }, (sdk) =>
      sdk.send(new ListExportsCommand({ TableArn: req.tableArn, NextToken: token })),
    );
    for (const s of page.ExportSummaries ?? []) {
      if (!s.ExportArn || s.ExportStatus === 'FAILED') continue;
      const d = await describeExport(client, s.ExportArn, req.table);
      if (d.ClientToken === req.entry.clientToken) return d;
    }
    token = page.NextToken;
  } while (token);
  return null;
}

export async function startExport(client: DynamoClient, req: StartRequest): Promise<ExportDescription> {
  if (req.entry.exportArn) return describeExport(client, req.entry.exportArn, req.table);
  if (req.lookUp) {
    const found = await findByToken(client, req);
    if (found) return found;
  }
  const { entry } = req;
  const out = await client.call({ operation: 'ExportTableToPointInTime', resource: `table ${req.table}` }, (sdk) =>
    sdk.send(
      new ExportTableToPointInTimeCommand({
        TableArn: req.tableArn,
        ClientToken: entry.clientToken,
        S3Bucket: req.bucket,
        ...(req.prefix ? { S3Prefix: req.prefix } : {}),
        S3SseAlgorithm: req.sse.algorithm === 'aws:kms' ? 'KMS' : 'AES256',
        ...(req.sse.kmsKeyId ? { S3SseKmsKeyId: req.sse.kmsKeyId } : {}),
        ExportFormat: 'DYNAMODB_JSON',
        ...(req.incremental
          ? {
              ExportType: 'INCREMENTAL_EXPORT',
              IncrementalExportSpecification: {
                ExportFromTime: new Date(entry.fromTime!),
                ExportToTime: new Date(entry.toTime!),
                ExportViewType: 'NEW_AND_OLD_IMAGES',
              },
            }
          : { ExportType: 'FULL_EXPORT', ExportTime: new Date(entry.exportTime!) }),
      }),
    ),
  );
  if (!out.ExportDescription?.ExportArn)
    throw new FailedError(
      `${whereOf(client.scope)} answered ExportTableToPointInTime for table ${req.table} without an export ARN, which DynamoDB never does`,
    );
  return out.ExportDescription;
}

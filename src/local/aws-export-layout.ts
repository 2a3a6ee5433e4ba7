/**
 * Writes a DynamoDB export to S3 in AWS's documented layout (docs/formats.md
 * "DynamoDB's native export"), for the local stand-in of the export API
 * (export-stand-in.ts) and the tests: never used by a command against AWS.
 *
 *   <prefix>/AWSDynamoDB/<id>/_started                 empty, first
 *   <prefix>/AWSDynamoDB/<id>/data/<name>.json.gz       full export's data
 *   <prefix>/AWSDynamoDB/data/<name>.json.gz            incremental export's data (the shared folder)
 *   <prefix>/AWSDynamoDB/<id>/manifest-files.json       JSON lines: itemCount, md5Checksum, etag, dataFileS3Key
 *   <prefix>/AWSDynamoDB/<id>/manifest-summary.json     last; plus a .checksum (md5 hex) of each manifest
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3 } from '../clients/s3.js';

export interface AwsExportSpec {
  bucket: string;
  /** '' for the bucket root. */
  prefix: string;
  exportArn: string;
  tableArn: string;
  type: 'FULL_EXPORT' | 'INCREMENTAL_EXPORT';
  /** One JSON object per line: {"Item": …} (full) or a change record (incremental). */
  lines: readonly string[];
  /** Data files (DynamoDB writes at least one per partition; an empty partition gets an empty file). */
  partitions: number;
  startTime: string;
  endTime: string;
  exportTime?: string;
  fromTime?: string;
  toTime?: string;
  sse: 'AES256' | 'KMS';
  kmsKeyId?: string;
  /** A full export's data in the shared AWSDynamoDB/data/ folder too (an incremental export's always is). */
  sharedData?: boolean;
}

const md5 = (b: Buffer | string) => createHash('md5').update(b);

/** A data file's name, 26 lower-case base32 characters like AWS's, the same for the same export and file. */
function fileName(exportId: string, n: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const h = createHash('sha256').update(`${exportId}/${n}`).digest();
  return Array.from({ length: 26 }, (_, i) => alphabet[h[i]! % 32]).join('');
}

/** Writes the export; returns the keys written, in order (for tests and counts). */
export async function writeAwsExport(s3: S3, spec: AwsExportSpec): Promise<string[]> {
  const id = spec.exportArn.slice(spec.exportArn.lastIndexOf('/') + 1);
  const root = `${spec.prefix ? `${spec.prefix}/` : ''}AWSDynamoDB`;
  const dir = `${root}/${id}`;
  const written: string[] = [];
  const put = async (Key: string, Body: Buffer | string) => {
    await s3.call({ operation: 'PutObject', resource: `s3://${spec.bucket}/${Key}` }, (sdk) =>
      sdk.send(new PutObjectCommand({ Bucket: spec.bucket, Key, Body: Buffer.from(Body) })),
    );
    written.push(Key);
  };
  await put(`${dir}/_started`, '');
  const parts = Math.max(1, spec.partitions);
  const files: string[] = [];
  for (let p = 0; p < parts; p++) {
    const lines = spec.lines.filter((_, i) => i % parts === p);
    const body = gzipSync(lines.map((l) => `${l}\n`).join(''));
    const key =
      spec.type === 'FULL_EXPORT' && !spec.sharedData
        ? `${dir}/data/${fileName(id, p)}.json.gz`
        : `${root}/data/${fileName(id, p)}.json.gz`;
    await put(key, body);
    files.push(
      JSON.stringify({
        itemCount: lines.length,
        md5Checksum: md5(body).digest('base64'),
        etag: md5(body).digest('hex'),
        dataFileS3Key: key,
      }),
    );
  }
  const manifestFiles = `${files.join('\n')}\n`;
  await put(`${dir}/manifest-files.json`, manifestFiles);
  await put(`${dir}/manifest-files.checksum`, md5(manifestFiles).digest('hex'));
  const summary = JSON.stringify({
    version: spec.type === 'FULL_EXPORT' ? '2020-06-30' : '2023-08-01',
    exportArn: spec.exportArn,
    startTime: spec.startTime,
    endTime: spec.endTime,
    tableArn: spec.tableArn,
    tableId: createHash('sha256')
      .update(spec.tableArn)
      .digest('hex')
      .slice(0, 32)
      .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'),
    ...(spec.type === 'FULL_EXPORT' ? { exportTime: spec.exportTime } : { exportFromTime: spec.fromTime, exportToTime: spec.toTime }),
    s3Bucket: spec.bucket,
    s3Prefix: spec.prefix || null,
    s3SseAlgorithm: spec.sse,
    s3SseKmsKeyId: spec.kmsKeyId ?? null,
    manifestFilesS3Key: `${dir}/manifest-files.json`,
    billedSizeBytes: spec.lines.reduce((n, l) => n + Buffer.byteLength(l), 0),
    itemCount: spec.lines.length,
    outputFormat: 'DYNAMODB_JSON',
    ...(spec.type === 'INCREMENTAL_EXPORT' ? { outputView: 'NEW_AND_OLD_IMAGES' } : {}),
    exportType: spec.type,
  });
  await put(`${dir}/manifest-summary.json`, summary);
  await put(`${dir}/manifest-summary.checksum`, md5(summary).digest('hex'));
  return written;
}

/** One change record as AWS writes it with NEW_AND_OLD_IMAGES: no NewImage for a deletion, no OldImage for an insert. */
export function changeLine(change: { keys: object; newImage?: object; oldImage?: object; writeMicros: bigint }): string {
  return JSON.stringify({
    Metadata: { WriteTimestampMicros: { N: String(change.writeMicros) } },
    Keys: change.keys,
    ...(change.oldImage ? { OldImage: change.oldImage } : {}),
    ...(change.newImage ? { NewImage: change.newImage } : {}),
  });
}

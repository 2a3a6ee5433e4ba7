/**
 * Starts dynalite (DynamoDB) and s3rver (S3) in this process on 127.0.0.1
 * with random ports. Used once per jest run by global-setup (shared by every
 * test file through environment variables) and directly by the bench and drill.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import dynalite from 'dynalite';
import S3rver from 's3rver';

export interface LocalServices {
  dynamoEndpoint: string;
  s3Endpoint: string;
  stop(): Promise<void>;
}

export async function startLocalServices(): Promise<LocalServices> {
  const dyn = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    dyn.once('error', reject);
    dyn.listen(0, '127.0.0.1', () => resolve());
  });
  const dynPort = (dyn.address() as AddressInfo).port;
  const s3dir = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-s3-'));
  const s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3dir });
  const s3addr = (await s3.run()) as AddressInfo;
  return {
    dynamoEndpoint: `http://127.0.0.1:${dynPort}`,
    s3Endpoint: `http://127.0.0.1:${s3addr.port}`,
    async stop() {
      await s3.close();
      await new Promise<void>((resolve) => dyn.close(() => resolve()));
      rmSync(s3dir, { recursive: true, force: true });
    },
  };
}

/**
 * dynalite (DynamoDB) and s3rver (S3) in this process, on 127.0.0.1 with
 * free ports. The drill starts them, and so do the tests (global setup) and
 * the bench. Both are loaded only when started, so no other command carries
 * them. No relative imports here: jest's global setup requires this file
 * outside its module mapper.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface LocalServices {
  dynamoEndpoint: string;
  s3Endpoint: string;
  /** Stops both and removes s3rver's folder; safe to call more than once. */
  stop(): Promise<void>;
}

export async function startLocalServices(): Promise<LocalServices> {
  const [{ default: dynalite }, { default: S3rver }] = await Promise.all([import('dynalite'), import('s3rver')]);
  const dyn = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    dyn.once('error', reject);
    dyn.listen(0, '127.0.0.1', () => resolve());
  });
  const dynPort = (dyn.address() as AddressInfo).port;
  const s3dir = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-s3-'));
  let s3: InstanceType<typeof S3rver> | undefined;
  try {
    s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3dir });
    const s3addr = (await s3.run()) as AddressInfo;
    let stopped: Promise<void> | undefined;
    const started = s3;
    return {
      dynamoEndpoint: `http://127.0.0.1:${dynPort}`,
      s3Endpoint: `http://127.0.0.1:${s3addr.port}`,
      stop() {
        stopped ??= (async () => {
          await started.close();
          await new Promise<void>((resolve) => dyn.close(() => resolve()));
          rmSync(s3dir, { recursive: true, force: true });
        })();
        return stopped;
      },
    };
  } catch (err) {
    await new Promise<void>((resolve) => dyn.close(() => resolve()));
    rmSync(s3dir, { recursive: true, force: true });
    throw err;
  }
}

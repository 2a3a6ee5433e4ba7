/**
 * The probe that tells whether a folder can be written: a real file made
 * and removed at once (permission bits lie on read-only mounts and under
 * root). It is named like every temp file of ours (TEMP_PATTERN), so one a
 * kill left behind is never taken for a data file or put in a snapshot, and
 * the next rollback removes it with the other temps. PROBE_PATTERN picks
 * out probes alone: nobody reads them, so any run may remove them, even
 * one that holds no lock (status).
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempPathFor } from './atomic-write.js';

/** Ours, and the name 0.1.0's status used. */
export const PROBE_PATTERN = /^\.(?:write-probe\.dynamodb-rollback-\d+-[0-9a-f]{8}\.tmp|dynamodb-rollback-write-check-\d+-[0-9a-f]{8})$/;

export function probePathFor(dir: string): string {
  return tempPathFor(path.join(dir, 'write-probe'));
}

/** Removes probes a killed run left in dir; another run's probe vanishing is harmless, as each removes its own with force. */
export async function removeStaleProbes(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (PROBE_PATTERN.test(name)) await rm(path.join(dir, name), { force: true });
  }
}

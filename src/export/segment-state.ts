/**
 * The state each segment starts from: fresh, or (with --resume) its
 * checkpoint. On resume, data files the checkpoint does not list (a file
 * being written when the export was killed, or closed just before its
 * checkpoint was saved) are deleted, and every listed file is re-hashed, so
 * the resumed export has no duplicate and no missing item.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { removeStaleTemps } from '../fsafe/atomic-write.js';
import { sha256File } from '../fsafe/hash.js';
import { checkpointKey, CHECKPOINT_DIR, type SegmentCheckpoint } from '../export-format/layout.js';

export function freshCheckpoint(segment: number, totalSegments: number): SegmentCheckpoint {
  return { segment, totalSegments, files: [], done: false };
}

export async function prepareSegments(root: string, dir: string, totalSegments: number, resume: boolean): Promise<SegmentCheckpoint[]> {
  const dataDir = path.join(root, dir, 'data');
  await mkdir(dataDir, { recursive: true });
  await mkdir(path.join(root, dir, CHECKPOINT_DIR), { recursive: true });
  const states: SegmentCheckpoint[] = [];
  for (let segment = 0; segment < totalSegments; segment++) {
    const file = path.join(root, checkpointKey(dir, segment));
    let text: string | null = null;
    if (resume)
      text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return null;
        throw new InputError(
          `${file}: checkpoint cannot be read (${err.code ?? String(err)}); the export cannot be resumed safely, start a fresh one in a new folder`,
          { cause: err },
        );
      });
    const cp =
      text === null
        ? freshCheckpoint(segment, totalSegments)
        : (await import('../export-format/manifest-schema.js')).parseCheckpoint(text, file);
    if (cp.segment !== segment || cp.totalSegments !== totalSegments) {
      throw new InputError(
        `${file}: checkpoint is for segment ${cp.segment} of ${cp.totalSegments}, expected ${segment} of ${totalSegments}; start a fresh export in a new folder`,
      );
    }
    states.push(cp);
  }
  // Every checkpointed file checked before anything is deleted: a refused resume leaves the folder as it was.
  for (const entry of states.flatMap((s) => s.files)) {
    const file = path.join(root, entry.dataFileS3Key);
    const actual = await sha256File(file).catch(() => null);
    if (actual !== entry.sha256) {
      throw new InputError(
        `${file}: ${actual === null ? 'missing' : 'changed'} since it was checkpointed; the export cannot be resumed safely, start a fresh one in a new folder`,
      );
    }
  }
  // Temps of the manifests and checkpoints a kill cut short: ours, never read.
  if (resume) {
    await removeStaleTemps(path.join(root, dir));
    await removeStaleTemps(path.join(root, dir, CHECKPOINT_DIR));
  }
  const listed = new Set(states.flatMap((s) => s.files.map((f) => path.basename(f.dataFileS3Key))));
  for (const name of await readdir(dataDir)) {
    if (!listed.has(name)) await rm(path.join(dataDir, name), { force: true });
  }
  return states;
}

/**
 * The trailers config-pr commits (src/record/trailer.ts): the stage, the
 * rollback run and attempt, and the record's digest, so the finish can
 * find and check the record without the pull request's body.
 */
import { InputError } from '../core/errors.js';
import { recordDigest } from '../record/digest.js';
import { TRAILER, trailerLines } from '../record/trailer.js';
import { opt } from '../core/option-name.js';

/** The trailer lines for this run; none outside a workflow run (a CLI run has no record artifact). */
export async function recordTrailers(o: { stage: string; runId?: string; runAttempt?: number; recordDir?: string }): Promise<string[]> {
  if (!o.runId) return [];
  if (!/^[0-9]{1,20}$/.test(o.runId)) throw new InputError(`GITHUB_RUN_ID "${o.runId.slice(0, 40)}" is not a run id`);
  let sha256: string | undefined;
  if (o.recordDir) {
    sha256 = await recordDigest(o.recordDir).catch((err: NodeJS.ErrnoException) => {
      throw new InputError(
        `record folder ${o.recordDir} cannot be read (${err.code ?? 'error'}); check ${opt('record-dir')} (the rollback's record artifact, downloaded)`,
      );
    });
  }
  return trailerLines({ stage: o.stage, runId: o.runId, attempt: o.runAttempt ?? 1, ...(sha256 ? { sha256 } : {}) });
}

/** Our trailer lines in a commit message, in the order trailerLines writes them. */
export function trailersOf(message: string): string[] {
  const ours = Object.values(TRAILER).map((t) => `${t}: `);
  return message.split('\n').filter((l) => ours.some((t) => l.startsWith(t)));
}

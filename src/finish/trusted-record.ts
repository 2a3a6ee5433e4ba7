/**
 * The finish's record, believed only when its origin checks out (DESIGN.md
 * "The chain", rollback-finish.yml; docs/formats.md "The record's
 * trailers"). Nothing is taken from the pull request's body.
 *
 *   pointer  rollback: the trailers of the merged commit (stage, run id and
 *            attempt, the record's sha256), read through the API.
 *            mitigate: the run id the operator gives (no commit exists).
 *   origin   the run: this repository's workflow file, dispatched on the
 *            default branch, completed with an accepted conclusion.
 *   artifact the run's artifact of the stage's name, downloaded, unzipped
 *            in memory; rollback: its digest must be the trailer's.
 *   write    only then, the files into the record folder.
 *
 * A pointer that names something else is bad input (exit 2); an artifact
 * whose digest differs from the committed one is a mismatch (exit 1).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DepsOf } from '../clients/deps.js';
import { kindOf } from '../clients/errors.js';
import type { Artifact, Repo } from '../clients/github.js';
import { FailedError, InputError } from '../core/errors.js';
import { S3_URI_NOT_EMPTY } from '../core/location.js';
import { combineDigest, sha256Bytes } from '../record/digest.js';
import { readTrailers } from '../record/trailer.js';
import { readZip, ZipError, type ZipEntry } from '../record/unzip.js';
import { originMismatches } from './run-origin.js';
import { opt } from '../core/option-name.js';

export const ROLLBACK_WORKFLOW = '.github/workflows/rollback.yml';
export const MITIGATE_WORKFLOW = '.github/workflows/mitigate.yml';
/** A record is ids and counts; anything near this is not one. */
const MAX_RECORD_BYTES = 512 * 1024 * 1024;

export type TrustedSource = { kind: 'rollback'; commit: string } | { kind: 'mitigate'; runId: string };

export interface TrustedRecordOptions {
  repository: Repo;
  stage: string;
  source: TrustedSource;
  /** Where the record's files go (absolute); created. */
  recordDir: string;
}

export interface TrustedRecordResult {
  kind: 'rollback' | 'mitigate';
  stage: string;
  commit: string | null;
  run: { id: number; attempt: number; url: string };
  artifact: string;
  /** The record's digest (recordDigest of its files). */
  sha256: string;
  recordDir: string;
  files: string[];
  /** rollback: from locations.json. */
  export: string | null;
  release: string | null;
  /** rollback: the pull request that carried the commit, for the comment. */
  pullRequest: { number: number; url: string } | null;
}

export async function runTrustedRecord(o: TrustedRecordOptions, deps: DepsOf<'github'>): Promise<TrustedRecordResult> {
  const { github } = deps;
  const repo = o.repository;
  const full = `${repo.owner}/${repo.repo}`;

  // pointer
  let runId: number;
  let attempt: number | null = null;
  let expected: string | null = null;
  let commit: string | null = null;
  if (o.source.kind === 'rollback') {
    commit = o.source.commit;
    if (!/^[0-9a-f]{40}$/.test(commit))
      throw new InputError(
        `${opt('commit')} "${commit.slice(0, 80)}" is not a full commit sha (40 hex digits); give the merged commit config-pr made`,
      );
    const reading = readTrailers(await github.commitMessage(repo, commit));
    if (!reading.ok) {
      throw new InputError(
        `commit ${commit.slice(0, 12)} does not name a rollback record: ${reading.problems.join('; ')}. Only config-pr's commit carries them (a run id in the pull request's body is not read); give that commit`,
      );
    }
    const t = reading.trailers;
    if (t.stage !== o.stage)
      throw new InputError(
        `commit ${commit.slice(0, 12)} records a rollback of stage ${t.stage}, not ${o.stage}; finish it with stage ${t.stage}`,
      );
    runId = Number(t.runId);
    attempt = t.attempt;
    expected = t.sha256;
  } else {
    if (!/^[0-9]{1,20}$/.test(o.source.runId))
      throw new InputError(
        `${opt('mitigate-run')} "${o.source.runId.slice(0, 80)}" is not a run id; give the number its URL ends in (/runs/<id>)`,
      );
    runId = Number(o.source.runId);
  }

  // origin
  const kind = o.source.kind;
  const defaultBranch = await github.defaultBranch(repo);
  const run = attempt === null ? await github.latestWorkflowRun(repo, runId) : await github.workflowRun(repo, runId, attempt);
  const mismatches = originMismatches(run, {
    repository: full,
    workflowPath: kind === 'rollback' ? ROLLBACK_WORKFLOW : MITIGATE_WORKFLOW,
    defaultBranch,
    conclusions: kind === 'rollback' ? ['success'] : ['success', 'failure'],
  });
  const which = `run ${runId}${attempt === null ? '' : ` attempt ${attempt}`} (${run.url})`;
  if (mismatches.length > 0) {
    throw new InputError(
      `the ${kind} record's ${which} is not one it may come from: ${mismatches.join('; ')}. ${kind === 'rollback' ? 'Only a successful rollback.yml dispatched on the default branch makes a record the finish believes' : 'Only a mitigate.yml run dispatched on the default branch makes a report revert believes'}`,
    );
  }

  // artifact
  const name = kind === 'rollback' ? `dynamodb-rollback-record-${o.stage}` : `dynamodb-rollback-mitigate-${o.stage}`;
  const artifact = pickArtifact(await github.runArtifacts(repo, runId, name), name, which);
  const zip = await github.downloadArtifact(repo, artifact.id);
  if (artifact.digest && /^sha256:[0-9a-f]{64}$/.test(artifact.digest) && artifact.digest !== `sha256:${sha256Bytes(zip)}`) {
    throw new FailedError(
      `artifact ${name} of ${which}: the download's sha256 is not the ${artifact.digest} GitHub recorded at upload; run again`,
    );
  }
  let entries: ZipEntry[];
  try {
    entries = readZip(zip, MAX_RECORD_BYTES);
  } catch (err) {
    if (err instanceof ZipError) throw new FailedError(`artifact ${name} of ${which} is not a readable zip: ${err.message}`);
    throw err;
  }
  const sha256 = combineDigest(entries.map((e) => ({ name: e.name, sha256: sha256Bytes(e.bytes) })));
  if (expected !== null && sha256 !== expected) {
    throw new FailedError(
      `artifact ${name} of ${which} has digest ${sha256}, not the ${expected} commit ${commit!.slice(0, 12)} carries: it is not the record config-pr committed (a later re-run replaced it?); nothing was written`,
    );
  }
  const wanted = kind === 'rollback' ? ['locations.json', 'rollback-report.json'] : ['report.json'];
  const missing = wanted.filter((w) => !entries.some((e) => e.name === w));
  if (missing.length > 0) throw new FailedError(`artifact ${name} of ${which} lacks ${missing.join(' and ')}; nothing was written`);
  const locations = kind === 'rollback' ? readLocations(entries.find((e) => e.name === 'locations.json')!.bytes, name) : null;

  // write
  for (const e of entries) {
    const to = path.join(o.recordDir, ...e.name.split('/'));
    await mkdir(path.dirname(to), { recursive: true });
    await writeFile(to, e.bytes);
  }
  // Only for the comment: a pull request GitHub will not name leaves the finish without one, never without its record.
  const pullRequest = commit
    ? await github.pullsOfCommit(repo, commit).then(
        (pulls) => pulls[0] ?? null,
        (err: unknown) => {
          if (kindOf(err) === 'denied' || kindOf(err) === 'not-found') return null;
          throw err;
        },
      )
    : null;
  return {
    kind,
    stage: o.stage,
    commit,
    run: { id: runId, attempt: run.attempt, url: run.url },
    artifact: name,
    sha256,
    recordDir: o.recordDir,
    files: entries.map((e) => e.name).sort(),
    export: locations?.export ?? null,
    release: locations?.release ?? null,
    pullRequest,
  };
}

function pickArtifact(found: Artifact[], name: string, which: string): Artifact {
  const live = found.filter((a) => !a.expired);
  if (live.length === 0) {
    throw new InputError(
      found.length > 0
        ? `artifact ${name} of ${which} has expired (artifacts are kept 90 days)`
        : `${which} has no artifact ${name}; was it a dry run, or another stage's run?`,
    );
  }
  if (live.length > 1) throw new FailedError(`${which} has ${live.length} artifacts named ${name}; which one is the record cannot be told`);
  if (live[0]!.sizeInBytes > MAX_RECORD_BYTES)
    throw new FailedError(`artifact ${name} of ${which} is ${live[0]!.sizeInBytes} bytes, more than a record can be`);
  return live[0]!;
}

function readLocations(bytes: Buffer, name: string): { export: string; release: string | null } {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new FailedError(`artifact ${name}: locations.json is not JSON`);
  }
  const d = data as { export?: unknown; release?: unknown };
  if (typeof d.export !== 'string' || !S3_URI_NOT_EMPTY.test(d.export))
    throw new FailedError(`artifact ${name}: locations.json names no S3 export (was that run a dry run?)`);
  return { export: d.export, release: typeof d.release === 'string' && d.release ? d.release : null };
}

/**
 * The trailers config-pr commits and the finish reads (docs/formats.md
 * "The record's trailers"): which rollback run made the record, and the
 * record's digest. In the commit, not the pull request's body: a body is
 * editable by anyone with write access, a merged commit is what the
 * default branch holds. Still only a pointer: the finish believes it only
 * after looking the run up (src/finish/trusted-record.ts).
 */

export const TRAILER = {
  stage: 'Dynamodb-Rollback-Stage',
  run: 'Dynamodb-Rollback-Run',
  sha256: 'Dynamodb-Rollback-Record-Sha256',
} as const;

export interface RecordTrailers {
  stage: string;
  /** GITHUB_RUN_ID of the rollback run. */
  runId: string;
  /** GITHUB_RUN_ATTEMPT: a re-run is another attempt, with its own record. */
  attempt: number;
  /** recordDigest() of the record's files. */
  sha256: string;
}

const STAGE = /^[A-Za-z0-9._-]+$/;
const RUN = /^([0-9]{1,20})\/([0-9]{1,6})$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** The trailer lines, in a fixed order, for the last paragraph of the commit message. */
export function trailerLines(t: Partial<RecordTrailers>): string[] {
  const lines: string[] = [];
  if (t.stage) lines.push(`${TRAILER.stage}: ${t.stage}`);
  if (t.runId) lines.push(`${TRAILER.run}: ${t.runId}/${t.attempt ?? 1}`);
  if (t.sha256) lines.push(`${TRAILER.sha256}: ${t.sha256}`);
  return lines;
}

export type TrailerReading = { ok: true; trailers: RecordTrailers } | { ok: false; problems: string[] };

/**
 * Our trailers from a commit message: git's trailer block (the last
 * paragraph) only, each exactly once and well formed. A line of ours
 * anywhere else (a quoted body, say) is not read.
 */
export function readTrailers(message: string): TrailerReading {
  const paragraphs = message
    .replace(/\r\n/g, '\n')
    .trimEnd()
    .split(/\n[ \t]*\n/);
  const last = paragraphs.length > 1 ? paragraphs.at(-1)! : '';
  const values = new Map<string, string[]>();
  for (const line of last.split('\n')) {
    const m = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) continue;
    const key = Object.values(TRAILER).find((k) => k.toLowerCase() === m[1]!.toLowerCase());
    if (key) values.set(key, [...(values.get(key) ?? []), m[2]!]);
  }
  const problems: string[] = [];
  const one = (key: string, shape: RegExp, what: string): string | null => {
    const got = values.get(key) ?? [];
    if (got.length === 0) problems.push(`no ${key} trailer`);
    else if (got.length > 1) problems.push(`${got.length} ${key} trailers (one expected)`);
    else if (!shape.test(got[0]!)) problems.push(`${key} "${got[0]!.slice(0, 80)}" is not ${what}`);
    else return got[0]!;
    return null;
  };
  const stage = one(TRAILER.stage, STAGE, 'a stage name');
  const run = one(TRAILER.run, RUN, '<run id>/<attempt>');
  const sha256 = one(TRAILER.sha256, SHA256, 'a sha256 (64 lowercase hex digits)');
  if (problems.length > 0 || !stage || !run || !sha256) return { ok: false, problems };
  const [, runId, attempt] = RUN.exec(run)!;
  return { ok: true, trailers: { stage, runId: runId!, attempt: Number(attempt), sha256 } };
}

/**
 * pr-comment: the finish's outcome as a comment on the rollback's pull
 * request. The verify result is read (ids and counts only), the body
 * composed, then posted; a dry run prints it and posts nothing.
 */
import type { Repo } from '../clients/github.js';
import { readVerifyRecord } from '../record/contents.js';
import type { DepsOf } from '../clients/deps.js';
import { InputError } from '../core/errors.js';
import { commentBody, verdictOf, type Verdict } from './comment-body.js';
import { opt } from '../core/option-name.js';

export interface CommentOptions {
  /** Absent on a dry run that names none. */
  repository?: Repo;
  pullRequest: number;
  stage: string;
  exportUri?: string;
  release?: string;
  runUrl?: string;
  /** JSON object: step -> outcome, as the workflow passes the finish job's outputs. */
  outcomes: string;
  /** verify --result-file (absolute); absent: verify did not run. */
  verifyResult?: string;
  dryRun: boolean;
}

export interface CommentResult {
  verdict: Verdict;
  body: string;
  /** null on a dry run. */
  url: string | null;
}

function parseOutcomes(text: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text || '{}');
  } catch {
    throw new InputError(`${opt('outcomes')} is not JSON; give an object of step -> outcome, such as \${{ toJSON(needs.finish.outputs) }}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new InputError(`${opt('outcomes')} must be a JSON object of step -> outcome`);
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v ?? '')]));
}

export async function runComment(opts: CommentOptions, deps: DepsOf<never, 'github'>): Promise<CommentResult> {
  const outcomes = parseOutcomes(opts.outcomes);
  const verify = opts.verifyResult ? await readVerifyRecord(opts.verifyResult) : null;
  const input = { stage: opts.stage, exportUri: opts.exportUri, release: opts.release, runUrl: opts.runUrl, outcomes, verify };
  const body = commentBody(input);
  const verdict = verdictOf(input);
  if (opts.dryRun) return { verdict, body, url: null };
  if (!deps.github || !opts.repository) throw new Error('internal: pr-comment needs a GitHub client and a repository');
  return { verdict, body, url: await deps.github.createComment(opts.repository, opts.pullRequest, body) };
}

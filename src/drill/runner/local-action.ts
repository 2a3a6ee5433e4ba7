/**
 * A third-party action's local equivalent: what the drill does in its place,
 * with its reason. The one table of them is actions-table.ts.
 */

export interface LocalActionContext {
  /** The step's `with:`, evaluated. */
  with: Record<string, string>;
  /** The job's workspace (GITHUB_WORKSPACE). */
  workspace: string;
  job: string;
  /** Environment the step sees. */
  env: Record<string, string>;
}

export interface LocalActionResult {
  /** skipped: what it does cannot happen here (the reason in note). */
  status: 'ok' | 'skipped';
  note: string;
  outputs?: Record<string, string>;
  /** Variables for the job's later steps, as GITHUB_ENV would carry them. */
  env?: Record<string, string>;
}

export interface LocalAction {
  /** What stands in for it, for the docs and --help. */
  equivalent: string;
  run(ctx: LocalActionContext): Promise<LocalActionResult>;
}

/** owner/name of a `uses:` (without @ref or a subfolder), lowercased as GitHub matches them. */
export function actionName(uses: string): string {
  const [repo] = uses.split('@');
  return repo!.split('/').slice(0, 2).join('/').toLowerCase();
}

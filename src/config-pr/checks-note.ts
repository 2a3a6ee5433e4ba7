/**
 * Whether the app's own checks run on the pull request. GitHub starts no
 * workflow for a push or a pull request made with a workflow's GITHUB_TOKEN
 * (so a run cannot start runs without end); a GitHub App's token, or a
 * person's, does start them. When they did not run, the body says so and
 * why, so a reviewer does not take a missing check for a passing one.
 */

export const CHECKS_NOT_RUN_HEADING = "### The app's checks did not run";

export function checksNote(): string {
  return [
    CHECKS_NOT_RUN_HEADING,
    '',
    "This pull request was opened with the workflow's own `GITHUB_TOKEN`, and GitHub starts no workflow for what that token does: none of the app's CI ran on this commit. Start them before approving (close and reopen the pull request yourself), or set up the GitHub App the rollback workflow can use (`DYNAMODB_ROLLBACK_APP_ID` and the secret `DYNAMODB_ROLLBACK_APP_PRIVATE_KEY`; docs/workflows.md of dynamodb-rollback), whose pull requests start the checks.",
  ].join('\n');
}

/** The body with the note at its end when the checks did not run; as it was otherwise. */
export function withChecksNote(body: string, checksRun: boolean): string {
  return checksRun ? body : `${body}\n\n${checksNote()}\n`;
}

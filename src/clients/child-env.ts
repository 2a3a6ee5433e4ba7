/**
 * The environment the app's own commands get (app-command, and a switch
 * target's `command:`): an allow-list, not the job's whole environment.
 * The job holds the write role's AWS credentials, the tokens that mint more
 * OIDC tokens (ACTIONS_ID_TOKEN_REQUEST_*), the runtime and cache tokens and
 * the GitHub token (as GITHUB_TOKEN, GH_TOKEN or an INPUT_*); a deny-list
 * misses whatever a future runner or action adds, so only what a shell
 * command needs to find its tools and its checkout is passed on, plus the
 * names the config gives in commands.passEnv.
 */

/** Passed on by name: where things are, who and what the runner is; nothing that grants access. */
const ALLOWED = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TERM',
  'TZ',
  'LANG',
  'LANGUAGE',
  'TMPDIR',
  'TMP',
  'TEMP',
  'CI',
  'GITHUB_ACTIONS',
  'GITHUB_WORKSPACE',
  'GITHUB_REPOSITORY',
  'GITHUB_SHA',
  'GITHUB_REF',
  'GITHUB_REF_NAME',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_SERVER_URL',
  'RUNNER_OS',
  'RUNNER_ARCH',
  'RUNNER_TEMP',
  'RUNNER_TOOL_CACHE',
  // A self-hosted runner behind a proxy or with its own CA cannot install anything without these.
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
]);

/** The locale: LC_ALL, LC_CTYPE and the rest. */
const ALLOWED_PREFIX = /^LC_[A-Z]+$/;

/** What commands.passEnv may name: an environment variable's name. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The child's environment: the allowed names that are set in env, and every
 * name in passEnv that is set there. Nothing else, whatever its name.
 */
export function childEnv(env: NodeJS.ProcessEnv, passEnv: readonly string[] = []): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (ALLOWED.has(name) || ALLOWED_PREFIX.test(name) || passEnv.includes(name)) out[name] = value;
  }
  return out;
}

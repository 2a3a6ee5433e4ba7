/** Fake values of what a job holds once it assumed a role and got its tokens: none may reach the app's commands. */
export const JOB_SECRETS: Record<string, string> = {
  AWS_ACCESS_KEY_ID: 'ASIAFAKEFAKEFAKE',
  AWS_SECRET_ACCESS_KEY: 'fake-secret-access-key',
  AWS_SESSION_TOKEN: 'fake-session-token',
  AWS_WEB_IDENTITY_TOKEN_FILE: '/tmp/fake-web-identity',
  AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/fake',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'fake-oidc-request-token',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://fake.example/oidc',
  ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token',
  ACTIONS_RUNTIME_URL: 'https://fake.example/runtime',
  ACTIONS_CACHE_URL: 'https://fake.example/cache',
  ACTIONS_RESULTS_URL: 'https://fake.example/results',
  GITHUB_TOKEN: 'ghs_fake',
  GH_TOKEN: 'ghs_fake',
  INPUT_TOKEN: 'ghs_fake',
  INPUT_GITHUB_TOKEN: 'ghs_fake',
  NODE_AUTH_TOKEN: 'fake-npm-token',
};

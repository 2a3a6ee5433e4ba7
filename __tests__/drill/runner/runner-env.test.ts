/** The variables a step's process starts with, from the run's github context, the job's folders and the step's files and env. */
import { stepProcessEnv, type StepEnvironment } from '../../../src/drill/runner/runner-env.js';

const files = {
  GITHUB_OUTPUT: '/t/output-0',
  GITHUB_ENV: '/t/env-0',
  GITHUB_PATH: '/t/path-0',
  GITHUB_STEP_SUMMARY: '/t/summary-0',
  GITHUB_STATE: '/t/state-0',
};
const given = (more: Partial<StepEnvironment> = {}): StepEnvironment => ({
  baseEnv: { PATH: '/usr/bin', HOME: '/home/u' },
  github: {
    repository: 'acme/events',
    sha: 'abc',
    ref: 'refs/heads/main',
    actor: 'ana',
    run_id: '7',
    server_url: 'https://github.com',
    api_url: 'http://127.0.0.1:1',
  },
  job: 'rollback',
  workspace: '/r/work/events/events',
  runnerTemp: '/r/work/_temp',
  eventName: 'push',
  eventFile: '/w/event.json',
  files,
  stepEnv: { STAGE: 'prod' },
  extraPath: [],
  ...more,
});

describe('stepProcessEnv', () => {
  it('sets the GITHUB_* and RUNNER_* variables from the run, the job and the step files', () => {
    expect(stepProcessEnv(given())).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/u',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: '/r/work/events/events',
      GITHUB_JOB: 'rollback',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: '/w/event.json',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_TRIGGERING_ACTOR: 'ana',
      GITHUB_REPOSITORY: 'acme/events',
      GITHUB_SHA: 'abc',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_ACTOR: 'ana',
      GITHUB_RUN_ID: '7',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'http://127.0.0.1:1',
      RUNNER_TEMP: '/r/work/_temp',
      RUNNER_OS: 'Linux',
      ...files,
      STAGE: 'prod',
    });
  });

  it('takes the triggering actor and the run numbers when given', () => {
    const env = stepProcessEnv(given({ github: { actor: 'ana', triggering_actor: 'bo', run_attempt: '2', run_number: '9' } }));
    expect(env).toMatchObject({
      GITHUB_TRIGGERING_ACTOR: 'bo',
      GITHUB_ACTOR: 'ana',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_RUN_NUMBER: '9',
      GITHUB_REPOSITORY: '',
      GITHUB_SHA: '',
    });
  });

  it("puts GITHUB_PATH's folders before PATH, the latest first", () => {
    expect(stepProcessEnv(given({ extraPath: ['/later', '/first'] })).PATH).toBe(['/later', '/first', '/usr/bin'].join(':'));
    expect(stepProcessEnv(given({ extraPath: ['/only'], baseEnv: {} })).PATH).toBe('/only:');
  });

  it("lets the step's env override the base environment", () => {
    expect(stepProcessEnv(given({ stepEnv: { HOME: '/elsewhere' } })).HOME).toBe('/elsewhere');
  });
});

/**
 * The app's commands run without the job's secrets: a real bash child,
 * started from an environment that holds fake AWS credentials, the OIDC
 * request token, the runtime token and the GitHub token, prints the names
 * it sees. None of them arrive; a name the config passes on does.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { childEnv } from '../../src/clients/child-env.js';
import { execute } from '../../src/commands/execute.js';
import { InputError } from '../../src/core/errors.js';
import { JOB_SECRETS } from '../harness/job-secrets.js';
import { recorder } from '../verify/recorder.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-scrubbed-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function app(extra: string): Promise<void> {
  await mkdir(path.join(dir, '.github'), { recursive: true });
  // The child lists the names it was given, one a line.
  await writeFile(
    path.join(dir, '.github', 'dynamodb-rollback.yml'),
    `commands:\n  maintenanceOn: "env | cut -d= -f1 > seen.txt"\n${extra}`,
  );
}

const seen = async () => (await readFile(path.join(dir, 'seen.txt'), 'utf8')).trim().split('\n');
const basics = () => ({ PATH: process.env.PATH, HOME: dir, GITHUB_WORKSPACE: dir, RUNNER_TEMP: os.tmpdir(), CI: 'true' });

describe('the app commands environment', () => {
  it('gives an app command none of the job secrets, only the basics', async () => {
    await app('');
    const { presentation } = await execute('app-command', { name: 'maintenanceOn' }, recorder(), dir, {
      ...basics(),
      ...JOB_SECRETS,
      UNRELATED_SETTING: 'x',
    });
    expect(presentation.outputs.result).toBe('ran');
    const names = await seen();
    for (const secret of Object.keys(JOB_SECRETS)) expect(names).not.toContain(secret);
    expect(names).not.toContain('UNRELATED_SETTING');
    expect(names).toEqual(expect.arrayContaining(['PATH', 'HOME', 'GITHUB_WORKSPACE', 'RUNNER_TEMP', 'CI']));
  });

  it('passes on a variable the config names in commands.passEnv, and only that one', async () => {
    await app('  passEnv: [APP_STATE_DIR, GH_TOKEN]\n');
    await execute('app-command', { name: 'maintenanceOn' }, recorder(), dir, { ...basics(), ...JOB_SECRETS, APP_STATE_DIR: '/srv/flags' });
    const names = await seen();
    expect(names).toEqual(expect.arrayContaining(['APP_STATE_DIR', 'GH_TOKEN']));
    expect(names).not.toContain('GITHUB_TOKEN');
    expect(names).not.toContain('AWS_SECRET_ACCESS_KEY');
  });

  it('refuses a passEnv entry that is not a variable name, naming the field', async () => {
    await app('  passEnv: ["AWS_*"]\n');
    const err = await execute('app-command', { name: 'maintenanceOn' }, recorder(), dir, basics()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/commands\.passEnv/);
  });

  it('childEnv keeps allowed names and locale variables, drops everything else', () => {
    expect(childEnv({ PATH: '/bin', LC_ALL: 'C.UTF-8', AWS_PROFILE: 'prod', INPUT_COMMAND: 'x' }, [])).toEqual({
      PATH: '/bin',
      LC_ALL: 'C.UTF-8',
    });
  });
});

/**
 * app-command: the app's own commands from the config, run with bash in a
 * scratch app checkout; each skip says why, a failing command fails.
 */
import type { AppCommandName } from '../../src/app-command/run.js';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import { InputError } from '../../src/core/errors.js';
import { recorder } from '../verify/recorder.js';

let dir: string;

async function app(commands: Record<string, string>, scripts: Record<string, string> | null = {}): Promise<void> {
  await mkdir(path.join(dir, '.github'), { recursive: true });
  const lines = Object.entries(commands).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`);
  await writeFile(path.join(dir, '.github', 'dynamodb-rollback.yml'), lines.length ? `commands:\n${lines.join('\n')}\n` : 'commands: {}\n');
  if (scripts) await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'events-app', scripts }));
}

const run = (name: AppCommandName, rec = recorder()) => execute('app-command', { name }, rec, dir, { PATH: process.env.PATH, HOME: dir });

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-app-command-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('app-command', () => {
  it('runs the configured command in the checkout, passes its output on, and says it ran', async () => {
    await app({ maintenanceOn: 'echo "maintenance for $HOME" && touch maintenance.flag' });
    const rec = recorder();
    const { presentation } = await run('maintenanceOn', rec);
    expect(presentation.ok).toBe(true);
    expect(presentation.outputs).toEqual({ result: 'ran', reason: '' });
    expect(presentation.summary.headline).toMatch(/^maintenanceOn: ran echo .* \(exit 0, [\d.]+s\)$/);
    expect(rec.lines).toContain(`info: maintenance for ${dir}`);
    await expect(readFile(path.join(dir, 'maintenance.flag'), 'utf8')).resolves.toBe('');
  });

  it('runs an npm script that exists', async () => {
    await app({ healthCheck: 'npm run health:check --silent' }, { 'health:check': 'node -e "process.stdout.write(\'healthy\')"' });
    const rec = recorder();
    const { presentation } = await run('healthCheck', rec);
    expect(presentation.outputs.result).toBe('ran');
    expect(rec.lines.join('\n')).toContain('healthy');
  });

  it('skips, and says so, a command configured as ""', async () => {
    await app({ jobsStop: '' });
    const { presentation } = await run('jobsStop');
    expect(presentation.ok).toBe(true);
    expect(presentation.outputs).toEqual({ result: 'skipped', reason: 'not configured (commands.jobsStop is empty)' });
  });

  it('skips the default npm script when the app does not have it, naming the script and the file', async () => {
    await app({}, { test: 'jest' });
    const { presentation } = await run('maintenanceOn');
    expect(presentation.outputs.result).toBe('skipped');
    expect(presentation.outputs.reason).toBe(
      `npm script maintenance:enable is not in ${path.join(dir, 'package.json')}; set commands.maintenanceOn to the app's command, or to "" to say it has none`,
    );
    expect(presentation.summary.headline).toMatch(/^maintenanceOn: skipped: npm script maintenance:enable/);
  });

  it('skips an npm script where there is no package.json', async () => {
    await app({}, null);
    const { presentation } = await run('integrationTests');
    expect(presentation.outputs.reason).toMatch(/^no package.json in .*, so no npm script test:integration/);
  });

  it('fails when the command fails, with its exit code; a failing part of a pipeline fails it too', async () => {
    await app({ maintenanceOff: 'false | cat', jobsStart: 'exit 3' });
    const off = await run('maintenanceOff');
    expect(off.presentation.ok).toBe(false);
    expect(off.presentation.outputs).toEqual({ result: 'failed', reason: 'exited with 1' });
    const start = await run('jobsStart');
    expect(start.presentation.summary.headline).toMatch(/^jobsStart: FAILED: exit 3 exited with 3 after/);
  });

  it('refuses a missing --name, exit 2', async () => {
    await app({});
    await expect(execute('app-command', {}, recorder(), dir)).rejects.toThrow(InputError);
    await expect(execute('app-command', {}, recorder(), dir)).rejects.toThrow(/needs --name/);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { node24Path, runDistAction } from '../harness/run-dist.js';

function repo(yaml?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-action-'));
  if (yaml) {
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github', 'dynamodb-rollback.yml'), yaml);
  }
  return dir;
}

const runtimes: [string, () => string][] = [
  ['this Node', () => process.execPath],
  ['Node 24', node24Path],
];

describe.each(runtimes)('dist/index.js under %s', (_label, node) => {
  it('runs a command, sets its outputs and writes the job summary', async () => {
    const run = await runDistAction(
      { command: 'config', stage: 'staging', config: '.github/dynamodb-rollback.yml' },
      repo('region: eu-west-1\n'),
      node(),
    );
    expect(run.status).toBe(0);
    expect(run.outputs.ok).toBe('true');
    expect(run.outputs.stage).toBe('staging');
    expect(run.outputs.region).toBe('eu-west-1');
    expect(JSON.parse(run.outputs.tables!)).toMatchObject({ events: 'lightningtalk-circle-staging-events' });
    expect(run.summary).toContain('<h2>dynamodb-rollback config</h2>');
    expect(run.summary).toContain('<td>lightningtalk-circle-staging-users</td>');
  });

  it('fails the step once, with one clear message, on a bad config', async () => {
    const run = await runDistAction({ command: 'config' }, repo('retentionDays: soon\n'), node());
    expect(run.status).toBe(2);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual(['::error::config .github/dynamodb-rollback.yml: retentionDays: expected a number, found text']);
    expect(run.outputs).toEqual({});
  });

  it('rejects an unknown command listing the valid ones', async () => {
    const run = await runDistAction({ command: 'rolback' }, repo(), node());
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/::error::unknown command "rolback"; valid commands: .*config/);
  });

  it('rejects a bad input value naming the input', async () => {
    const run = await runDistAction({ command: 'config', stage: 'no spaces' }, repo(), node());
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/::error::stage "no spaces": letters, digits, - and _ only/);
  });
});

describe('Node 24 runtime', () => {
  it('is really Node 24', () => {
    expect(execFileSync(node24Path(), ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });
});
